package nl.leerteam.organisatie.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface BestuurRepository extends JpaRepository<Bestuur, UUID> {

    List<Bestuur> findAllByOrderByNaam();
}
