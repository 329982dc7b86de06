package nl.leerteam.organisatie.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface SchoolwoordRepository extends JpaRepository<Schoolwoord, UUID> {

    List<Schoolwoord> findBySchoolIdOrderByWoord(UUID schoolId);

    @Query("select w.woord from Schoolwoord w where w.schoolId in :schoolIds")
    List<String> woordenVan(Collection<UUID> schoolIds);

    @Query("select count(w) > 0 from Schoolwoord w where w.schoolId = :schoolId and lower(w.woord) = lower(:woord)")
    boolean bestaat(UUID schoolId, String woord);

    long countBySchoolId(UUID schoolId);
}
