package nl.leerteam.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The generated data set the benchmarks run on: one board with {@link #SCHOLEN} schools of
 * {@link #TEAMS_PER_SCHOOL} leerteams of {@link #LEDEN_PER_TEAM} teachers, each leerteam in a meeting
 * whose current agenda item is a case being discussed in the questions round, plus a history of
 * closed cases and past meetings; and one large leerteam of {@link #FANOUT_LEDEN} for the live
 * fan-out. Written with plain SQL after Flyway, before the application starts; every person logs in
 * through the development login with their subject.
 */
final class BenchData {

    static final int SCHOLEN = 10;
    static final int TEAMS_PER_SCHOOL = 5;
    static final int LEDEN_PER_TEAM = 4;
    /** The case owner, the writer and thirty viewers. */
    static final int FANOUT_LEDEN = 32;
    static final int GESLOTEN_CASUSSEN_PER_TEAM = 20;
    static final int OUDE_BIJEENKOMSTEN_PER_TEAM = 10;
    private static final String DEV_ISSUER = "urn:leerteam:dev";

    /** A teacher of the load test and what they open. */
    record Leerkracht(String subject, UUID bijeenkomstId, UUID casusId) {
    }

    /** Who the benchmarks log in as. */
    record Dataset(List<Leerkracht> leerkrachten, List<Leerkracht> fanout) {
    }

    private final Connection db;
    private final UUID bestuur = UUID.randomUUID();
    private final Instant nu = Instant.now();
    private final LocalDate vandaag = LocalDate.now();
    private int volgnummer;

    private BenchData(Connection db) {
        this.db = db;
    }

    static Dataset genereren(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            Dataset dataset = new BenchData(db).alles();
            db.commit();
            return dataset;
        }
    }

    private Dataset alles() throws SQLException {
        update("insert into bestuur (id, naam) values (?, ?)", bestuur, "Stichting Benchmark");
        List<Leerkracht> leerkrachten = new ArrayList<>();
        List<Leerkracht> fanout = new ArrayList<>();
        for (int s = 0; s < SCHOLEN; s++) {
            UUID school = UUID.randomUUID();
            update("insert into school (id, bestuur_id, naam, brin, plaats) values (?, ?, ?, ?, ?)",
                    school, bestuur, "Benchmarkschool " + (s + 1), String.format("9%d%s", s, "BB"), "Zaandam");
            persoon("bench-kc-" + s, "KC " + (s + 1), school, "KC", null);
            for (int t = 0; t < TEAMS_PER_SCHOOL; t++) {
                leerkrachten.addAll(leerteam(school, "Team " + (t + 1), "b" + s + t, LEDEN_PER_TEAM));
            }
            if (s == 0) {
                fanout.addAll(leerteam(school, "Groot leerteam", "fan", FANOUT_LEDEN));
            }
        }
        return new Dataset(leerkrachten, fanout);
    }

    /** A leerteam with its members, a running meeting on an open case, and its history. */
    private List<Leerkracht> leerteam(UUID school, String naam, String prefix, int leden) throws SQLException {
        UUID team = UUID.randomUUID();
        update("insert into leerteam (id, bestuur_id, school_id, naam, omschrijving) values (?, ?, ?, ?, ?)",
                team, bestuur, school, naam, "Gegenereerd voor de benchmark");
        List<UUID> ids = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < leden; i++) {
            String subject = prefix + "-" + i;
            ids.add(persoon(subject, "Leerkracht " + prefix.toUpperCase() + " " + (i + 1), school, "LEERKRACHT", team));
            subjects.add(subject);
        }
        for (int c = 0; c < GESLOTEN_CASUSSEN_PER_TEAM; c++) {
            UUID casus = casus(team, school, ids.get(c % leden), "Leerling " + (c + 2), "GESLOTEN");
            update("update casus set gesloten_op = ? where id = ?", Timestamp.from(nu), casus);
        }
        for (int b = 0; b < OUDE_BIJEENKOMSTEN_PER_TEAM; b++) {
            UUID oud = bijeenkomst(team, school, ids, vandaag.minusWeeks(b + 1), "AFGEROND");
            agendapunt(oud, 0, null, "Terugblik studiedag");
        }
        UUID casus = casus(team, school, ids.get(0), "Leerling A", "OPEN");
        UUID bijeenkomst = bijeenkomst(team, school, ids, vandaag, "BEZIG");
        UUID punt = agendapunt(bijeenkomst, 0, casus, "Leerling A");
        agendapunt(bijeenkomst, 1, null, "Rondvraag");
        update("update bijeenkomst set huidig_agendapunt_id = ? where id = ?", punt, bijeenkomst);
        update("insert into bespreking (id, casus_id, voorzitter_id, ronde, ronde_gestart, ronde_minuten, gestart)"
                        + " values (?, ?, ?, 'VRAGEN', ?, 180, ?)",
                UUID.randomUUID(), casus, ids.get(0), Timestamp.from(nu), Timestamp.from(nu));
        return subjects.stream().map(s -> new Leerkracht(s, bijeenkomst, casus)).toList();
    }

    private UUID persoon(String subject, String naam, UUID school, String rol, UUID team) throws SQLException {
        UUID id = UUID.randomUUID();
        update("insert into gebruiker (id, bestuur_id, naam, email, oidc_issuer, oidc_subject) values (?, ?, ?, ?, ?, ?)",
                id, bestuur, naam, subject + "@benchmark.example", DEV_ISSUER, subject);
        update("insert into school_rol (gebruiker_id, school_id, bestuur_id, rol) values (?, ?, ?, ?)",
                id, school, bestuur, rol);
        if (team != null) {
            update("insert into leerteam_lid (leerteam_id, gebruiker_id, bestuur_id) values (?, ?, ?)", team, id, bestuur);
        }
        return id;
    }

    private UUID casus(UUID team, UUID school, UUID eigenaar, String pseudoniem, String status) throws SQLException {
        UUID id = UUID.randomUUID();
        update("insert into casus (id, bestuur_id, school_id, leerteam_id, eigenaar_id, pseudoniem, groep, hulpvraag,"
                        + " wat_zie_ik, al_geprobeerd, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, bestuur, school, team, eigenaar, pseudoniem, 1 + (volgnummer++ % 8),
                "Hoe help ik deze leerling om na de instructie zelfstandig aan het werk te gaan?",
                "Na de uitleg blijft de leerling wachten tot ik langskom; bij rekenen vaker dan bij taal.",
                "Een stappenkaart op tafel en een vaste plek dicht bij de instructietafel.", status);
        return id;
    }

    private UUID bijeenkomst(UUID team, UUID school, List<UUID> leden, LocalDate datum, String status) throws SQLException {
        UUID id = UUID.randomUUID();
        update("insert into bijeenkomst (id, bestuur_id, school_id, leerteam_id, titel, datum, begintijd, eindtijd,"
                        + " plaats, voorzitter_id, notulist_id, status, aangemaakt) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, bestuur, school, team, "Leerteambijeenkomst", Date.valueOf(datum), Time.valueOf(LocalTime.of(15, 0)),
                Time.valueOf(LocalTime.of(16, 30)), "Teamkamer", leden.get(0), leden.get(1 % leden.size()), status,
                Timestamp.from(nu));
        return id;
    }

    private UUID agendapunt(UUID bijeenkomst, int volgorde, UUID casus, String titel) throws SQLException {
        UUID id = UUID.randomUUID();
        update("insert into agendapunt (id, bijeenkomst_id, volgorde, soort, casus_id, titel) values (?, ?, ?, ?, ?, ?)",
                id, bijeenkomst, volgorde, casus == null ? "ONDERWERP" : "CASUS", casus, titel);
        return id;
    }

    private void update(String sql, Object... waarden) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < waarden.length; i++) {
                statement.setObject(i + 1, waarden[i]);
            }
            statement.executeUpdate();
        }
    }
}
