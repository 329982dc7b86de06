package nl.leerteam.organisatie.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface UitnodigingRepository extends JpaRepository<Uitnodiging, UUID> {

    Optional<Uitnodiging> findByCodeHash(String codeHash);

    List<Uitnodiging> findByGebruikerIdInOrderByAangemaaktDesc(Collection<UUID> gebruikerIds);
}
