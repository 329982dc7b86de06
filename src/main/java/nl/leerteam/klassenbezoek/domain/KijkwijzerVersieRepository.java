package nl.leerteam.klassenbezoek.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface KijkwijzerVersieRepository extends JpaRepository<KijkwijzerVersie, UUID> {

    List<KijkwijzerVersie> findByKijkwijzerIdOrderByNummerDesc(UUID kijkwijzerId);

    Optional<KijkwijzerVersie> findFirstByKijkwijzerIdOrderByNummerDesc(UUID kijkwijzerId);

    List<KijkwijzerVersie> findByKijkwijzerIdIn(Collection<UUID> kijkwijzerIds);
}
