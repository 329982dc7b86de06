package nl.leerteam.bijeenkomst.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface AgendapuntRepository extends JpaRepository<Agendapunt, UUID> {

    List<Agendapunt> findByBijeenkomstIdOrderByVolgorde(UUID bijeenkomstId);
}
