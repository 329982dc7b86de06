package nl.leerteam.leerlingbespreking.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface BesprekingRepository extends JpaRepository<Bespreking, UUID> {

    Optional<Bespreking> findByCasusIdAndAfgerondIsNull(UUID casusId);

    List<Bespreking> findByCasusIdOrderByGestartDesc(UUID casusId);
}
