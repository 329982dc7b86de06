package nl.leerteam.klassenbezoek.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface KlassenbezoekRepository extends JpaRepository<Klassenbezoek, UUID> {

    @Query("select k from Klassenbezoek k where k.leerkrachtId = :ik or k.observatorId = :ik order by k.datum desc")
    List<Klassenbezoek> vanMij(UUID ik);

    List<Klassenbezoek> findByCasusIdOrderByDatum(UUID casusId);

    List<Klassenbezoek> findByLeerkrachtId(UUID leerkrachtId);

    List<Klassenbezoek> findByBestuurIdAndStatusAndAfgerondOpBefore(UUID bestuurId, nl.leerteam.klassenbezoek.BezoekStatus status,
                                                                     java.time.Instant grens);

    /**
     * Per focus criterion, over the school's observed visits in a period: in how many visits it was
     * observed and how often seen / partly / not seen / not applicable. Nothing is grouped per teacher;
     * what of it may be shown is the service's rule.
     */
    @Query(value = """
            select f.criterium_id as criteriumId, count(*) as bezoeken,
                   count(*) filter (where f.waarneming = 'GEZIEN') as gezien,
                   count(*) filter (where f.waarneming = 'DEELS') as deels,
                   count(*) filter (where f.waarneming = 'NIET_GEZIEN') as nietGezien,
                   count(*) filter (where f.waarneming = 'NVT') as nvt
            from bezoek_focus f join klassenbezoek k on k.id = f.bezoek_id
            where k.school_id = :schoolId and k.status in ('NAGESPREK', 'AFGEROND') and k.datum between :van and :tot
              and f.waarneming is not null
            group by f.criterium_id""", nativeQuery = true)
    List<Telling> tellingen(UUID schoolId, java.time.LocalDate van, java.time.LocalDate tot);

    @Query(value = """
            select count(*) from klassenbezoek k
            where k.school_id = :schoolId and k.status in ('NAGESPREK', 'AFGEROND') and k.datum between :van and :tot""",
            nativeQuery = true)
    long aantalBezoeken(UUID schoolId, java.time.LocalDate van, java.time.LocalDate tot);

    interface Telling {
        UUID getCriteriumId();
        long getBezoeken();
        long getGezien();
        long getDeels();
        long getNietGezien();
        long getNvt();
    }
}
