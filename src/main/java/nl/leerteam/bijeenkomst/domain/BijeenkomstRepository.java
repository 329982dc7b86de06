package nl.leerteam.bijeenkomst.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface BijeenkomstRepository extends JpaRepository<Bijeenkomst, UUID> {

    List<Bijeenkomst> findByLeerteamIdOrderByDatumDescBegintijdDesc(UUID leerteamId);

    /** The meetings of these circles that are running, or planned for today or later, soonest first. */
    @Query("""
            select b from Bijeenkomst b where b.leerteamId in :kringen
              and (b.status = nl.leerteam.bijeenkomst.BijeenkomstStatus.BEZIG
                   or (b.status = nl.leerteam.bijeenkomst.BijeenkomstStatus.GEPLAND and b.datum >= :vandaag))
            order by b.datum, b.begintijd""")
    List<Bijeenkomst> komendVan(java.util.Collection<UUID> kringen, java.time.LocalDate vandaag, org.springframework.data.domain.Limit limit);

    /** The ids of a leerteam's meetings that have not ended. */
    @Query("select b.id from Bijeenkomst b where b.leerteamId = :leerteamId and b.status <> nl.leerteam.bijeenkomst.BijeenkomstStatus.AFGEROND")
    List<UUID> nietAfgerondVan(UUID leerteamId);

    @Modifying
    @Query(value = "insert into bijeenkomst_deelnemer (bijeenkomst_id, gebruiker_id) values (:bijeenkomstId, :gebruikerId) "
            + "on conflict do nothing", nativeQuery = true)
    void voegDeelnemerToe(UUID bijeenkomstId, UUID gebruikerId);

    @Query(value = "select gebruiker_id from bijeenkomst_deelnemer where bijeenkomst_id = :bijeenkomstId", nativeQuery = true)
    List<UUID> deelnemers(UUID bijeenkomstId);
}
