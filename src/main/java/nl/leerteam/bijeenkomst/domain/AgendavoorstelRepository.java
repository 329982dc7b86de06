package nl.leerteam.bijeenkomst.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface AgendavoorstelRepository extends JpaRepository<Agendavoorstel, UUID> {

    List<Agendavoorstel> findByLeerteamIdAndVerwerktFalseOrderByAangemaakt(UUID leerteamId);

    long countByLeerteamIdAndVerwerktFalse(UUID leerteamId);
}
