package nl.leerteam.leerlingbespreking.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface EscalatieRepository extends JpaRepository<Escalatie, UUID> {

    List<Escalatie> findByCasusIdOrderByGeescaleerdOp(UUID casusId);

    List<Escalatie> findBySchoolIdInAndVervolgstapIsNullOrderByGeescaleerdOp(Collection<UUID> schoolIds);
}
