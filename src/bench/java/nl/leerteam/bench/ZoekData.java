package nl.leerteam.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The searchable history of the benchmark's board: {@link #DOCUMENTEN} documents of every kind search finds, spread
 * over its schools and leerteams and over three years — cases, meetings with their agenda items and decisions,
 * classroom visits, trend discussions with observations and interventions, practice cards, platform questions and
 * answers, library files with their extracted text. Texts are sentences of school Dutch drawn from a seeded random, so
 * a common word ("instructie") is in many documents and a method's name in few, as in a school's real history.
 */
final class ZoekData {

    static final int CASUSSEN = 32_000;
    static final int BIJEENKOMSTEN = 5_000;
    static final int AGENDAPUNTEN_PER_BIJEENKOMST = 4;
    static final int BESLUITEN_PER_BIJEENKOMST = 2;
    static final int BEZOEKEN = 10_000;
    static final int TRENDGESPREKKEN = 2_000;
    static final int WAARNEMINGEN_PER_GESPREK = 3;
    static final int INTERVENTIES_PER_GESPREK = 1;
    static final int KAARTEN = 3_000;
    static final int VRAGEN = 3_000;
    static final int ANTWOORDEN_PER_VRAAG = 2;
    static final int BESTANDEN = 1_000;
    static final int DOCUMENTEN = CASUSSEN + BIJEENKOMSTEN * (1 + AGENDAPUNTEN_PER_BIJEENKOMST + BESLUITEN_PER_BIJEENKOMST)
            + BEZOEKEN + TRENDGESPREKKEN * (1 + WAARNEMINGEN_PER_GESPREK + INTERVENTIES_PER_GESPREK) + KAARTEN
            + VRAGEN * (1 + ANTWOORDEN_PER_VRAAG) + BESTANDEN;

    /** Subjects and themes a school writes about; the queries are made of these words too. */
    static final String[] VAKKEN = {"rekenen", "begrijpend lezen", "technisch lezen", "spelling", "woordenschat",
            "wereldoriëntatie", "schrijven", "verkeer", "gym", "muziek"};
    static final String[] THEMAS = {"instructie", "verlengde instructie", "zelfstandig werken", "werkhouding",
            "concentratie", "motivatie", "executieve functies", "feedback", "differentiatie", "groepsplan",
            "leerlingvolgsysteem", "taakaanpak", "automatiseren", "tafels", "breuken", "klokkijken", "leesmotivatie",
            "faalangst", "samenwerken", "sociaal-emotionele ontwikkeling", "ouderbetrokkenheid", "coöperatief leren",
            "klassenmanagement", "het fietsexamen", "hoogbegaafdheid", "dyslexie", "kwaliteitscoördinator",
            "directe instructie", "modelen", "doelen zichtbaar maken"};
    /** Names of methods and materials: each in few documents. */
    static final String[] METHODES = {"Pluspunt", "Estafette", "Staal", "Kwink", "Blink", "Nieuwsbegrip", "Snappet",
            "Taal actief", "Veilig leren lezen", "Getal en Ruimte", "Wereld in getallen", "Leskracht", "Nieuws uit de natuur",
            "Flits", "Bouw!", "Rekensprint"};
    private static final String[] ZINNEN = {
            "Bij %s in groep %d zie ik dat %s nog veel aandacht vraagt.",
            "Na de %s blijven de kinderen wachten tot ik langskom.",
            "We hebben %s geprobeerd met %s, en dat werkte de eerste weken goed.",
            "De leerling haakt af bij %s zodra de opdracht langer duurt.",
            "In de groep gaat %s beter sinds we %s vaker herhalen.",
            "Ouders geven aan dat thuis %s ook lastig is.",
            "Tijdens %s lukt het om met een maatje %s te oefenen.",
            "De resultaten van %s in groep %d dalen sinds twee metingen.",
            "Met %s en korte doelen op het bord groeit de %s zichtbaar.",
            "Afgesproken is dat we %s evalueren na de volgende toetsperiode.",
            "Het team wil %s bij %s schoolbreed op dezelfde manier aanpakken.",
            "Een stappenkaart helpt bij %s, vooral bij %s.",
            "De kwaliteitscoördinator denkt mee over %s in groep-%d.",
            "We zien verschillen tussen de groepen bij %s en willen weten waar dat aan ligt.",
            "Fietsen naar de gymzaal en %s vragen om duidelijke afspraken.",
            "De kinderen vinden %s leuk als ze zelf mogen kiezen hoe ze %s oefenen.",
    };

    private final Connection db;
    private final Random kans = new Random(20_261_130);
    private final Instant nu = Instant.now();
    private final LocalDate vandaag = LocalDate.now();
    private UUID bestuur;
    private final List<Team> teams = new ArrayList<>();
    private final Map<UUID, List<UUID>> leerkrachtenPerSchool = new HashMap<>();
    private final Map<UUID, UUID> kcPerSchool = new HashMap<>();
    private final List<UUID> scholen = new ArrayList<>();

    private record Team(UUID id, UUID school, List<UUID> leden) {
    }

    private ZoekData(Connection db) {
        this.db = db;
    }

    /** Writes the documents into the board the benchmark's data set made, in one transaction; how many it wrote. */
    static int genereren(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            ZoekData data = new ZoekData(db);
            data.lezen();
            data.schrijven();
            db.commit();
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("analyze");
            }
            return DOCUMENTEN;
        }
    }

    private void lezen() throws SQLException {
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("select id from bestuur where naam = 'Stichting Benchmark'")) {
                r.next();
                bestuur = r.getObject(1, UUID.class);
            }
            try (ResultSet r = s.executeQuery("select t.id, t.school_id, array_agg(l.gebruiker_id order by l.gebruiker_id) from leerteam t"
                    + " join leerteam_lid l on l.leerteam_id = t.id group by t.id, t.school_id order by t.id")) {
                while (r.next()) {
                    teams.add(new Team(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                            List.of((UUID[]) r.getArray(3).getArray())));
                }
            }
            try (ResultSet r = s.executeQuery("select school_id, gebruiker_id, rol from school_rol order by school_id, gebruiker_id")) {
                while (r.next()) {
                    UUID school = r.getObject(1, UUID.class);
                    if (!scholen.contains(school)) {
                        scholen.add(school);
                    }
                    if (r.getString(3).equals("KC")) {
                        kcPerSchool.put(school, r.getObject(2, UUID.class));
                    } else {
                        leerkrachtenPerSchool.computeIfAbsent(school, k -> new ArrayList<>()).add(r.getObject(2, UUID.class));
                    }
                }
            }
        }
    }

    private void schrijven() throws SQLException {
        casussen();
        bijeenkomsten();
        bezoeken();
        trendgesprekken();
        kaarten();
        vragen();
        bestanden();
    }

    private void casussen() throws SQLException {
        try (PreparedStatement p = db.prepareStatement("insert into casus (id, bestuur_id, school_id, leerteam_id, eigenaar_id,"
                + " pseudoniem, groep, hulpvraag, wat_zie_ik, al_geprobeerd, wat_gaat_goed, status, aangemaakt, gewijzigd, gesloten_op)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < CASUSSEN; n++) {
                Team team = teams.get(n % teams.size());
                Timestamp moment = eerder();
                boolean open = n % 5 == 0;
                zetten(p, UUID.randomUUID(), bestuur, team.school(), team.id(), team.leden().get(n % team.leden().size()),
                        "Zoekleerling " + n, 1 + n % 8, "Hoe help ik deze leerling bij " + thema() + "?", tekst(3), tekst(2), tekst(1),
                        open ? "OPEN" : "GESLOTEN", moment, moment, open ? null : Timestamp.from(nu));
                batch(p, n);
            }
            p.executeBatch();
        }
    }

    private void bijeenkomsten() throws SQLException {
        try (PreparedStatement b = db.prepareStatement("insert into bijeenkomst (id, bestuur_id, school_id, leerteam_id, titel, datum,"
                + " begintijd, eindtijd, plaats, voorzitter_id, notulist_id, status, aangemaakt) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement a = db.prepareStatement("insert into agendapunt (id, bijeenkomst_id, volgorde, soort, titel, notities)"
                     + " values (?, ?, ?, 'ONDERWERP', ?, ?)");
             PreparedStatement s = db.prepareStatement("insert into besluit (id, agendapunt_id, tekst, aangemaakt) values (?, ?, ?, ?)")) {
            for (int n = 0; n < BIJEENKOMSTEN; n++) {
                Team team = teams.get(n % teams.size());
                UUID id = UUID.randomUUID();
                Timestamp moment = eerder();
                zetten(b, id, bestuur, team.school(), team.id(), "Leerteam over " + thema(),
                        Date.valueOf(moment.toLocalDateTime().toLocalDate()), Time.valueOf(LocalTime.of(15, 0)),
                        Time.valueOf(LocalTime.of(16, 30)), "Teamkamer", team.leden().getFirst(), team.leden().getLast(), "AFGEROND", moment);
                b.addBatch();
                List<UUID> punten = new ArrayList<>();
                for (int i = 0; i < AGENDAPUNTEN_PER_BIJEENKOMST; i++) {
                    UUID punt = UUID.randomUUID();
                    punten.add(punt);
                    zetten(a, punt, id, i, capitaal(thema()) + " bij " + vak(), tekst(4));
                    a.addBatch();
                }
                for (int i = 0; i < BESLUITEN_PER_BIJEENKOMST; i++) {
                    zetten(s, UUID.randomUUID(), punten.get(i), tekst(1), moment);
                    s.addBatch();
                }
                if (n % 200 == 199) {
                    b.executeBatch();
                    a.executeBatch();
                    s.executeBatch();
                }
            }
            b.executeBatch();
            a.executeBatch();
            s.executeBatch();
        }
    }

    private void bezoeken() throws SQLException {
        try (PreparedStatement p = db.prepareStatement("insert into klassenbezoek (id, bestuur_id, school_id, leerkracht_id, observator_id,"
                + " soort, aangevraagd_door_id, status, datum, leervraag, les, groep, wat_ging_goed, feedforward, reflectie, ontwikkeldoel,"
                + " aangemaakt, gewijzigd, afgerond_op) values (?, ?, ?, ?, ?, ?, ?, 'AFGEROND', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < BEZOEKEN; n++) {
                UUID school = scholen.get(n % scholen.size());
                List<UUID> leerkrachten = leerkrachtenPerSchool.get(school);
                UUID leerkracht = leerkrachten.get((n / scholen.size()) % leerkrachten.size());
                // every school has visits by its KC and by colleagues
                boolean kc = (n / scholen.size()) % 2 == 0;
                UUID observator = kc ? kcPerSchool.get(school) : leerkrachten.get((n / scholen.size() + 1) % leerkrachten.size());
                Timestamp moment = eerder();
                zetten(p, UUID.randomUUID(), bestuur, school, leerkracht, observator, kc ? "KC" : "COLLEGIAAL", leerkracht,
                        Date.valueOf(moment.toLocalDateTime().toLocalDate()), "Hoe zorg ik dat " + thema() + " bij " + vak() + " beter loopt?",
                        capitaal(vak()) + " met " + methode(), 1 + n % 8, tekst(2), tekst(2), tekst(1), "Werken aan " + thema(),
                        moment, moment, Timestamp.from(nu));
                batch(p, n);
            }
            p.executeBatch();
        }
    }

    private void trendgesprekken() throws SQLException {
        try (PreparedStatement g = db.prepareStatement("insert into trendgesprek (id, bestuur_id, school_id, titel, aanleiding, conclusie,"
                + " gestart_door, gestart) values (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement w = db.prepareStatement("insert into trend_waarneming (id, gesprek_id, soort, tekst, vak, schooljaar,"
                     + " auteur_id, aangemaakt) values (?, ?, 'WAARNEMING', ?, 'rekenen-wiskunde', ?, ?, ?)");
             PreparedStatement i = db.prepareStatement("insert into trend_interventie (id, gesprek_id, wat, wie, vanaf, evaluatie_op,"
                     + " auteur_id, aangemaakt) values (?, ?, ?, 'Team onderbouw', ?, ?, ?, ?)")) {
            for (int n = 0; n < TRENDGESPREKKEN; n++) {
                UUID school = scholen.get(n % scholen.size());
                UUID kc = kcPerSchool.get(school);
                UUID id = UUID.randomUUID();
                Timestamp moment = eerder();
                zetten(g, id, bestuur, school, capitaal(vak()) + " en " + thema(), tekst(2), tekst(2), kc, moment);
                g.addBatch();
                for (int k = 0; k < WAARNEMINGEN_PER_GESPREK; k++) {
                    zetten(w, UUID.randomUUID(), id, tekst(2), (short) (2023 + k % 3), kc, moment);
                    w.addBatch();
                }
                LocalDate vanaf = moment.toLocalDateTime().toLocalDate();
                for (int k = 0; k < INTERVENTIES_PER_GESPREK; k++) {
                    zetten(i, UUID.randomUUID(), id, tekst(2), Date.valueOf(vanaf), Date.valueOf(vanaf.plusMonths(4)), kc, moment);
                    i.addBatch();
                }
                if (n % 200 == 199) {
                    g.executeBatch();
                    w.executeBatch();
                    i.executeBatch();
                }
            }
            g.executeBatch();
            w.executeBatch();
            i.executeBatch();
        }
    }

    private void kaarten() throws SQLException {
        String[] domeinen = {"LEERCOORDINATOR", "TRENDANALIST", "ZORGREGISSEUR"};
        try (PreparedStatement k = db.prepareStatement("insert into praktijkkaart (id, bestuur_id, school_id, eigenaar_id,"
                + " gepubliceerde_versie, aangemaakt) values (?, ?, ?, ?, 1, ?)");
             PreparedStatement v = db.prepareStatement("insert into praktijkkaart_versie (kaart_id, nummer, status, titel, domein,"
                     + " aanleiding, wat, waarom, hoe, resultaten, herzien_voor) values (?, 1, 'GOEDGEKEURD', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < KAARTEN; n++) {
                UUID school = scholen.get(n % scholen.size());
                UUID id = UUID.randomUUID();
                zetten(k, id, bestuur, school, kcPerSchool.get(school), eerder());
                k.addBatch();
                zetten(v, id, capitaal(thema()) + " met " + methode(), domeinen[n % 3], tekst(2), tekst(3), tekst(2), tekst(4), tekst(2),
                        Date.valueOf(vandaag.plusYears(1)));
                v.addBatch();
                if (n % 500 == 499) {
                    k.executeBatch();
                    v.executeBatch();
                }
            }
            k.executeBatch();
            v.executeBatch();
        }
    }

    private void vragen() throws SQLException {
        String[] domeinen = {"LEERCOORDINATOR", "TRENDANALIST", "ZORGREGISSEUR"};
        try (PreparedStatement q = db.prepareStatement("insert into platform_vraag (id, bestuur_id, vrager_id, titel, tekst, domein,"
                + " aangemaakt) values (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement a = db.prepareStatement("insert into platform_antwoord (id, vraag_id, auteur_id, tekst, aangemaakt)"
                     + " values (?, ?, ?, ?, ?)")) {
            for (int n = 0; n < VRAGEN; n++) {
                UUID id = UUID.randomUUID();
                Timestamp moment = eerder();
                zetten(q, id, bestuur, kcPerSchool.get(scholen.get(n % scholen.size())), "Wie heeft ervaring met " + thema() + "?",
                        tekst(2), domeinen[n % 3], moment);
                q.addBatch();
                for (int i = 0; i < ANTWOORDEN_PER_VRAAG; i++) {
                    zetten(a, UUID.randomUUID(), id, kcPerSchool.get(scholen.get((n + i + 1) % scholen.size())), tekst(3), moment);
                    a.addBatch();
                }
                if (n % 500 == 499) {
                    q.executeBatch();
                    a.executeBatch();
                }
            }
            q.executeBatch();
            a.executeBatch();
        }
    }

    private void bestanden() throws SQLException {
        try (PreparedStatement b = db.prepareStatement("insert into studiedag_bestand (id, bestuur_id, school_id, titel, beschrijving,"
                + " studiedag, aangemaakt_door, aangemaakt) values (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement v = db.prepareStatement("insert into studiedag_bestand_versie (bestand_id, nummer, bestandsnaam, soort,"
                     + " grootte, sha256, origineel, gedeeld, tekst, geupload_door, geupload, goedgekeurd_door, goedgekeurd)"
                     + " values (?, 1, ?, 'PDF', ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < BESTANDEN; n++) {
                UUID school = scholen.get(n % scholen.size());
                UUID kc = kcPerSchool.get(school);
                UUID id = UUID.randomUUID();
                Timestamp moment = eerder();
                zetten(b, id, bestuur, school, "Studiedag " + thema(), tekst(2), "Studiedag " + vak(), kc, moment);
                b.addBatch();
                // the extracted text of a presentation of some pages
                String tekst = tekst(60);
                boolean goedgekeurd = n % 2 == 0;
                zetten(v, id, "studiedag-" + n + ".pdf", (long) tekst.length() * 8, "%064x".formatted(n), "bench/" + n,
                        "bench/" + n + "-gedeeld", tekst, kc, moment, goedgekeurd ? kc : null, goedgekeurd ? moment : null);
                v.addBatch();
                if (n % 200 == 199) {
                    b.executeBatch();
                    v.executeBatch();
                }
            }
            b.executeBatch();
            v.executeBatch();
        }
    }

    /** Sentences of school Dutch, about a subject, a theme, a method and a group. */
    String tekst(int zinnen) {
        StringBuilder tekst = new StringBuilder();
        for (int i = 0; i < zinnen; i++) {
            String zin = ZINNEN[kans.nextInt(ZINNEN.length)];
            Object[] delen = new Object[3];
            int plek = 0;
            for (int c = zin.indexOf('%'); c >= 0; c = zin.indexOf('%', c + 1)) {
                // a group number, else the first word a subject, the others a theme or now and then a method
                Object deel;
                if (zin.charAt(c + 1) == 'd') {
                    deel = 1 + kans.nextInt(8);
                } else if (plek == 0) {
                    deel = vak();
                } else {
                    deel = kans.nextInt(5) == 0 ? methode() : thema();
                }
                delen[plek++] = deel;
            }
            tekst.append(i == 0 ? "" : " ").append(String.format(zin, delen));
        }
        return tekst.toString();
    }

    private String vak() {
        return VAKKEN[kans.nextInt(VAKKEN.length)];
    }

    private String thema() {
        return THEMAS[kans.nextInt(THEMAS.length)];
    }

    private String methode() {
        return METHODES[kans.nextInt(METHODES.length)];
    }

    private static String capitaal(String tekst) {
        return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
    }

    /** A moment in the last three years. */
    private Timestamp eerder() {
        return Timestamp.from(nu.minus(Duration.ofMinutes(kans.nextLong(3L * 365 * 24 * 60))));
    }

    private static void zetten(PreparedStatement statement, Object... waarden) throws SQLException {
        for (int i = 0; i < waarden.length; i++) {
            statement.setObject(i + 1, waarden[i]);
        }
    }

    private static void batch(PreparedStatement statement, int n) throws SQLException {
        statement.addBatch();
        if (n % 500 == 499) {
            statement.executeBatch();
        }
    }
}
