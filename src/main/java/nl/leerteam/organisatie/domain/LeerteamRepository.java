package nl.leerteam.organisatie.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface LeerteamRepository extends JpaRepository<Leerteam, UUID> {

    // A fetch join rather than @EntityGraph: see GebruikerRepository.
    @Query("select distinct l from Leerteam l left join fetch l.leden where l.schoolId in :schoolIds order by l.naam")
    List<Leerteam> findBySchoolIdInOrderByNaam(Collection<UUID> schoolIds);

    @Query("select distinct l from Leerteam l left join fetch l.leden where l.id in"
            + " (select k.id from Leerteam k join k.leden m where m.gebruikerId = :gebruikerId) order by l.naam")
    List<Leerteam> findByLid(UUID gebruikerId);

    java.util.Optional<Leerteam> findByBestuurIdAndKcPlatformTrue(UUID bestuurId);

    boolean existsBySchoolIdAndNaamIgnoreCase(UUID schoolId, String naam);
}
