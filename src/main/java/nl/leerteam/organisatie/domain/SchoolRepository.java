package nl.leerteam.organisatie.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface SchoolRepository extends JpaRepository<School, UUID> {

    List<School> findByBestuurIdOrderByNaam(UUID bestuurId);

    List<School> findByIdInOrderByNaam(Collection<UUID> ids);

    Optional<School> findByIdAndBestuurId(UUID id, UUID bestuurId);

    boolean existsByBrin(String brin);

    @Query("select x.bestuurId, count(x) from School x where x.bestuurId is not null group by x.bestuurId")
    List<Object[]> countPerBestuur();
}
