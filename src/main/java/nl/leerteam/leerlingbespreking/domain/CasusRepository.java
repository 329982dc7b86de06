package nl.leerteam.leerlingbespreking.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import nl.leerteam.leerlingbespreking.CasusStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public interface CasusRepository extends JpaRepository<Casus, UUID> {

    List<Casus> findByLeerteamIdOrderByAangemaaktDesc(UUID leerteamId);

    @Query("select new nl.leerteam.leerlingbespreking.OpenCasus(c.id, c.pseudoniem, c.groep) from Casus c"
            + " where c.leerteamId = :leerteamId and c.status <> nl.leerteam.leerlingbespreking.CasusStatus.GESLOTEN"
            + " order by c.aangemaakt desc")
    List<nl.leerteam.leerlingbespreking.OpenCasus> openVan(UUID leerteamId);

    @Query("select c.pseudoniem from Casus c where c.leerteamId = :leerteamId")
    List<String> pseudoniemenIn(UUID leerteamId);

    boolean existsByLeerteamIdAndPseudoniemIgnoreCase(UUID leerteamId, String pseudoniem);

    List<Casus> findByEigenaarIdAndStatusNot(UUID eigenaarId, nl.leerteam.leerlingbespreking.CasusStatus status);

    List<Casus> findByBestuurIdAndStatusAndGeslotenOpBefore(UUID bestuurId, CasusStatus status, Instant moment);
}
