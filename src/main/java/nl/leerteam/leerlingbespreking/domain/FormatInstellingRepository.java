package nl.leerteam.leerlingbespreking.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface FormatInstellingRepository extends JpaRepository<FormatInstelling, UUID> {
}
