package nl.leerteam.leerlingbespreking.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface AfspraakRepository extends JpaRepository<Afspraak, UUID> {

    List<Afspraak> findByCasusIdOrderByAangemaakt(UUID casusId);

    long countByCasusId(UUID casusId);
}
