package nl.leerteam.bijeenkomst.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public interface AanwezigheidRepository extends JpaRepository<Aanwezigheid, UUID> {

    List<Aanwezigheid> findByBijeenkomstIdAndSindsAfter(UUID bijeenkomstId, Instant na);

    @Modifying
    @org.springframework.transaction.annotation.Transactional
    @Query("delete from Aanwezigheid a where a.sinds < :voor")
    int verwijderOuderDan(Instant voor);
}
