package nl.leerteam.leerlingbespreking.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface BijdrageRepository extends JpaRepository<Bijdrage, UUID> {

    List<Bijdrage> findByBesprekingIdOrderByAangemaakt(UUID besprekingId);

    long countByBesprekingId(UUID besprekingId);
}
