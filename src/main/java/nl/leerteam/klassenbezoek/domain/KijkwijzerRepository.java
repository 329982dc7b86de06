package nl.leerteam.klassenbezoek.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface KijkwijzerRepository extends JpaRepository<Kijkwijzer, UUID> {

    List<Kijkwijzer> findByBestuurIdOrderByNaam(UUID bestuurId);
}
