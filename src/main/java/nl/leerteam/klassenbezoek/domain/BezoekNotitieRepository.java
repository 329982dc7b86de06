package nl.leerteam.klassenbezoek.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface BezoekNotitieRepository extends JpaRepository<BezoekNotitie, UUID> {

    List<BezoekNotitie> findByBezoekIdOrderByTijdstip(UUID bezoekId);

    long countByBezoekId(UUID bezoekId);
}
