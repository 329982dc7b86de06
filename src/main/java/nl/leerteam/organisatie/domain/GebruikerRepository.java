package nl.leerteam.organisatie.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface GebruikerRepository extends JpaRepository<Gebruiker, UUID> {

    /*
     * The roles come along with a fetch join in the query itself, not with @EntityGraph: Spring Data looks
     * an @EntityGraph up by name first, and that lookup throws and catches an exception on every call, while
     * Hibernate cannot cache the SQL of a query with a graph hint. Access checks run these on every request.
     */
    String MET_ROLLEN = "select distinct g from Gebruiker g left join fetch g.schoolRollen ";

    @Query(MET_ROLLEN + "where g.oidcIssuer = :issuer and g.oidcSubject = :subject")
    Optional<Gebruiker> findByOidcIssuerAndOidcSubject(String issuer, String subject);

    @Query(MET_ROLLEN + "where g.id = :id")
    Optional<Gebruiker> findWithRollenById(UUID id);

    @Query(MET_ROLLEN + "where g.id in (select h.id from Gebruiker h join h.schoolRollen r where r.schoolId in :schoolIds)"
            + " order by g.naam")
    List<Gebruiker> findBySchoolIn(Collection<UUID> schoolIds);

    @Query(MET_ROLLEN + "where g.id in :ids")
    List<Gebruiker> findByIdIn(Collection<UUID> ids);

    /** Id and name of those of {@code ids} in the board. */
    @Query("select g.id, g.naam from Gebruiker g where g.id in :ids and g.bestuurId = :bestuurId")
    List<Object[]> namenIn(Collection<UUID> ids, UUID bestuurId);

    @Query(MET_ROLLEN + "where g.oidcIssuer = :issuer order by g.naam")
    List<Gebruiker> findByOidcIssuerOrderByNaam(String issuer);

    @Query("select count(g) > 0 from Gebruiker g where g.bestuurId = :bestuurId and lower(g.email) = lower(:email)")
    boolean existsByBestuurIdAndEmail(UUID bestuurId, String email);

    boolean existsByBeheerderTrue();

    @Query(MET_ROLLEN + "where g.bestuurId = :bestuurId and g.bestuurder = true order by g.naam")
    List<Gebruiker> findByBestuurIdAndBestuurderTrueOrderByNaam(UUID bestuurId);

    Optional<Gebruiker> findByBestuurIdAndEmailIgnoreCase(UUID bestuurId, String email);

    @Query("select x.bestuurId, count(x) from Gebruiker x where x.bestuurId is not null group by x.bestuurId")
    List<Object[]> countPerBestuur();
}
