package nl.leerteam.organisatie.domain;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface GebruikerRepository extends JpaRepository<Gebruiker, UUID> {

    @EntityGraph(attributePaths = "schoolRollen")
    Optional<Gebruiker> findByOidcIssuerAndOidcSubject(String issuer, String subject);

    @EntityGraph(attributePaths = "schoolRollen")
    Optional<Gebruiker> findWithRollenById(UUID id);

    @EntityGraph(attributePaths = "schoolRollen")
    @Query("select distinct g from Gebruiker g join g.schoolRollen r where r.schoolId in :schoolIds order by g.naam")
    List<Gebruiker> findBySchoolIn(Collection<UUID> schoolIds);

    @EntityGraph(attributePaths = "schoolRollen")
    List<Gebruiker> findByIdIn(Collection<UUID> ids);

    @EntityGraph(attributePaths = "schoolRollen")
    List<Gebruiker> findByOidcIssuerOrderByNaam(String issuer);

    @Query("select count(g) > 0 from Gebruiker g where g.bestuurId = :bestuurId and lower(g.email) = lower(:email)")
    boolean existsByBestuurIdAndEmail(UUID bestuurId, String email);

    boolean existsByBeheerderTrue();

    @EntityGraph(attributePaths = "schoolRollen")
    List<Gebruiker> findByBestuurIdAndBestuurderTrueOrderByNaam(UUID bestuurId);

    Optional<Gebruiker> findByBestuurIdAndEmailIgnoreCase(UUID bestuurId, String email);

    @Query("select x.bestuurId, count(x) from Gebruiker x where x.bestuurId is not null group by x.bestuurId")
    List<Object[]> countPerBestuur();
}
