package nl.leerteam.bijeenkomst.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface BesluitRepository extends JpaRepository<Besluit, UUID> {

    List<Besluit> findByAgendapuntIdInOrderByAangemaakt(Collection<UUID> agendapuntIds);

    long countByAgendapuntId(UUID agendapuntId);
}
