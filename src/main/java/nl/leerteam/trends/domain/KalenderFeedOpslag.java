package nl.leerteam.trends.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The secret calendar feeds, by the hash of their code; one per person. */
@Repository
public class KalenderFeedOpslag {

    private final JdbcTemplate jdbc;

    KalenderFeedOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the person's feed (if any) by one with this code; the old link stops working. */
    public UUID vervang(UUID bestuurId, UUID gebruikerId, String codeHash, Instant moment) {
        jdbc.update("delete from kalender_feed where gebruiker_id = ?", gebruikerId);
        UUID id = UUID.randomUUID();
        jdbc.update("insert into kalender_feed (id, bestuur_id, gebruiker_id, code_hash, aangemaakt) values (?, ?, ?, ?, ?)",
                id, bestuurId, gebruikerId, codeHash, Timestamp.from(moment));
        return id;
    }

    public Optional<UUID> verwijder(UUID gebruikerId) {
        Optional<UUID> id = jdbc.queryForList("select id from kalender_feed where gebruiker_id = ?", UUID.class, gebruikerId).stream()
                .findFirst();
        jdbc.update("delete from kalender_feed where gebruiker_id = ?", gebruikerId);
        return id;
    }

    public Optional<Instant> sinds(UUID gebruikerId) {
        return jdbc.queryForList("select aangemaakt from kalender_feed where gebruiker_id = ?", Timestamp.class, gebruikerId).stream()
                .findFirst().map(Timestamp::toInstant);
    }

    /** The person whose feed has this code hash. */
    public Optional<UUID> eigenaar(String codeHash) {
        return jdbc.queryForList("select gebruiker_id from kalender_feed where code_hash = ?", UUID.class, codeHash).stream().findFirst();
    }
}
