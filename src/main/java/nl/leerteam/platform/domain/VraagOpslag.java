package nl.leerteam.platform.domain;

import nl.leerteam.platform.Domein;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Questions to peers, their answers, and what people follow. */
@Repository
public class VraagOpslag {

    public record Vraag(UUID id, UUID bestuurId, UUID vragerId, String titel, String tekst, Domein domein, List<UUID> themas,
                        UUID besteAntwoord, Instant aangemaakt, long version) {
    }

    public record Antwoord(UUID id, UUID vraagId, UUID auteurId, String tekst, Instant aangemaakt) {
    }

    private static final String VRAAG = "select id, bestuur_id, vrager_id, titel, tekst, domein, themas, beste_antwoord, aangemaakt, version "
            + "from platform_vraag ";

    private final JdbcTemplate jdbc;

    VraagOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public UUID stellen(UUID bestuurId, UUID vragerId, String titel, String tekst, Domein domein, List<UUID> themas, Instant moment) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into platform_vraag (id, bestuur_id, vrager_id, titel, tekst, domein, themas, aangemaakt) values (?, ?, ?, ?, ?, ?, ?, ?)",
                id, bestuurId, vragerId, titel, tekst, domein.name(), themas.toArray(UUID[]::new), Timestamp.from(moment));
        return id;
    }

    public List<Vraag> vanBestuur(UUID bestuurId) {
        return jdbc.query(VRAAG + "where bestuur_id = ? order by aangemaakt desc", VraagOpslag::vraag, bestuurId);
    }

    /** How many answers each question of the board has, in one read. */
    public java.util.Map<UUID, Integer> aantalAntwoorden(UUID bestuurId) {
        java.util.Map<UUID, Integer> aantallen = new java.util.HashMap<>();
        jdbc.query("select a.vraag_id, count(*) as n from platform_antwoord a join platform_vraag v on v.id = a.vraag_id "
                + "where v.bestuur_id = ? group by a.vraag_id", (ResultSet rij) -> {
                    aantallen.put(rij.getObject("vraag_id", UUID.class), rij.getInt("n"));
                }, bestuurId);
        return aantallen;
    }

    public Optional<Vraag> vraag(UUID id) {
        return jdbc.query(VRAAG + "where id = ?", VraagOpslag::vraag, id).stream().findFirst();
    }

    public List<Antwoord> antwoorden(UUID vraagId) {
        return jdbc.query("select id, vraag_id, auteur_id, tekst, aangemaakt from platform_antwoord where vraag_id = ? order by aangemaakt, id",
                (rij, i) -> new Antwoord(rij.getObject("id", UUID.class), rij.getObject("vraag_id", UUID.class),
                        rij.getObject("auteur_id", UUID.class), rij.getString("tekst"), rij.getTimestamp("aangemaakt").toInstant()), vraagId);
    }

    public Optional<Antwoord> antwoord(UUID antwoordId) {
        return jdbc.query("select id, vraag_id, auteur_id, tekst, aangemaakt from platform_antwoord where id = ?",
                (rij, i) -> new Antwoord(rij.getObject("id", UUID.class), rij.getObject("vraag_id", UUID.class),
                        rij.getObject("auteur_id", UUID.class), rij.getString("tekst"), rij.getTimestamp("aangemaakt").toInstant()), antwoordId)
                .stream().findFirst();
    }

    public UUID beantwoorden(UUID vraagId, UUID auteurId, String tekst, Instant moment) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into platform_antwoord (id, vraag_id, auteur_id, tekst, aangemaakt) values (?, ?, ?, ?, ?)",
                id, vraagId, auteurId, tekst, Timestamp.from(moment));
        return id;
    }

    public void besteAntwoord(UUID vraagId, UUID antwoordId, long version) {
        if (jdbc.update("update platform_vraag set beste_antwoord = ?, version = version + 1 where id = ? and version = ?",
                antwoordId, vraagId, version) == 0) {
            throw new GelijktijdigGewijzigd("platform_vraag");
        }
    }

    public boolean volgt(UUID gebruikerId, String soort, String doel) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from platform_volgen where gebruiker_id = ? and soort = ? "
                + "and doel = ?)", Boolean.class, gebruikerId, soort, doel));
    }

    /** What a person follows of one kind (THEMA, DOMEIN, VRAAG). */
    /** Who follows any of these (questions, themes or domains): of every board, the caller keeps those of its own. */
    public java.util.Set<UUID> volgers(String soort, java.util.Collection<String> doelen) {
        if (doelen.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.queryForList("select distinct gebruiker_id from platform_volgen where soort = ? and doel = any (?)",
                UUID.class, soort, doelen.toArray(String[]::new)));
    }

    public java.util.Set<String> gevolgd(UUID gebruikerId, String soort) {
        return new java.util.HashSet<>(jdbc.queryForList("select doel from platform_volgen where gebruiker_id = ? and soort = ?",
                String.class, gebruikerId, soort));
    }

    /** Everything a person follows, gone at once: for an erased person. */
    public void nietsMeerVolgen(UUID gebruikerId) {
        jdbc.update("delete from platform_volgen where gebruiker_id = ?", gebruikerId);
    }

    public void volgen(UUID gebruikerId, String soort, String doel, boolean aan, Instant moment) {
        if (aan) {
            jdbc.update("insert into platform_volgen (gebruiker_id, soort, doel, sinds) values (?, ?, ?, ?) on conflict do nothing",
                    gebruikerId, soort, doel, Timestamp.from(moment));
        } else {
            jdbc.update("delete from platform_volgen where gebruiker_id = ? and soort = ? and doel = ?", gebruikerId, soort, doel);
        }
    }

    private static Vraag vraag(ResultSet rij, int i) throws SQLException {
        return new Vraag(rij.getObject("id", UUID.class), rij.getObject("bestuur_id", UUID.class), rij.getObject("vrager_id", UUID.class),
                rij.getString("titel"), rij.getString("tekst"), Domein.valueOf(rij.getString("domein")),
                Arrays.asList((UUID[]) rij.getArray("themas").getArray()), rij.getObject("beste_antwoord", UUID.class),
                rij.getTimestamp("aangemaakt").toInstant(), rij.getLong("version"));
    }
}
