package nl.leerteam.leerlingbespreking.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface EscalatieBerichtRepository extends JpaRepository<EscalatieBericht, UUID> {

    List<EscalatieBericht> findByEscalatieIdInOrderByAangemaakt(Collection<UUID> escalatieIds);

    long countByEscalatieId(UUID escalatieId);
}
