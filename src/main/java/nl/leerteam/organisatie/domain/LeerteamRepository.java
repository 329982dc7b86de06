package nl.leerteam.organisatie.domain;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface LeerteamRepository extends JpaRepository<Leerteam, UUID> {

    @EntityGraph(attributePaths = "leden")
    List<Leerteam> findBySchoolIdInOrderByNaam(Collection<UUID> schoolIds);

    @EntityGraph(attributePaths = "leden")
    @Query("select distinct l from Leerteam l join l.leden m where m.gebruikerId = :gebruikerId order by l.naam")
    List<Leerteam> findByLid(UUID gebruikerId);

    boolean existsBySchoolIdAndNaamIgnoreCase(UUID schoolId, String naam);
}
