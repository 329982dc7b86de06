package nl.leerteam.klassenbezoek.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface BezoekFocusRepository extends JpaRepository<BezoekFocus, BezoekFocus.Sleutel> {

    List<BezoekFocus> findByBezoekIdOrderByVolgorde(UUID bezoekId);

    void deleteByBezoekId(UUID bezoekId);
}
