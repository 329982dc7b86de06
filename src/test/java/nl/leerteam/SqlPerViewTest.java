package nl.leerteam;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.organisatie.ui.GeenToegangView;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.klassenbezoek.BezoekPlanningService;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import nl.leerteam.support.SqlTeller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a view, or a page of one of its grids, runs a small constant number of SQL statements:
 * the same with 10 rows behind every list as with 1,000 (datasource-proxy counts them). One board of
 * its own holds the rows, so that other tests' data does not change the counts.
 */
class SqlPerViewTest extends KaribuTest {

    /** The most statements one view may run to open; a view that needs more is doing too much. */
    private static final int HOOGSTENS_PER_VIEW = 40;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KijkwijzerService kijkwijzers;
    @Autowired
    KlassenbezoekService bezoeken;
    @Autowired
    BezoekPlanningService planning;

    private final UUID bestuur = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();
    private final UUID leerteam = UUID.randomUUID();
    private final String achtervoegsel = bestuur.toString().substring(0, 8);
    private UUID leerkracht;
    private UUID collega;
    private UUID kc;
    private UUID casus;
    private UUID bespreking;
    private UUID bijeenkomst;
    private UUID bezoek;
    private UUID kijkwijzer;
    private final UUID trendimport = UUID.randomUUID();
    private int rijen;

    @Test
    void every_main_view_and_grid_page_runs_the_same_few_statements_for_10_and_for_1000_rows() {
        basis();
        groeiTot(10);
        Map<String, Integer> bijTien = tellen();
        groeiTot(1000);
        Map<String, Integer> bijDuizend = tellen();
        bijTien.forEach((naam, aantal) -> System.out.printf("SQL per view: %-40s %3d with 10 rows, %3d with 1,000%n",
                naam, aantal, bijDuizend.get(naam)));

        assertThat(bijDuizend).as("statements per view with 1,000 rows, against 10 rows").isEqualTo(bijTien);
        bijTien.forEach((naam, aantal) -> {
            if (!naam.endsWith("grid page")) {
                assertThat(aantal).as(naam).isBetween(1, HOOGSTENS_PER_VIEW);
            }
        });
        bijTien.forEach((naam, aantal) -> {
            if (naam.endsWith("grid page")) {
                assertThat(aantal).as(naam + ": its rows are already in memory").isZero();
            }
        });
    }

    private Map<String, Integer> tellen() {
        Map<String, Integer> tellingen = new LinkedHashMap<>();
        String teacher = "tel-leerkracht-" + achtervoegsel;
        String kcSubject = "tel-kc-" + achtervoegsel;
        String bestuurder = "tel-bestuur-" + achtervoegsel;
        openen(tellingen, teacher, "dashboard (teacher)", "");
        openen(tellingen, teacher, "my leerteams", "leerteams");
        openen(tellingen, teacher, "cases", "leerteams/" + leerteam + "/casussen");
        openen(tellingen, teacher, "case", "casussen/" + casus);
        openen(tellingen, teacher, "discussion", "casussen/" + casus + "/bespreking");
        openen(tellingen, teacher, "meetings", "leerteams/" + leerteam + "/bijeenkomsten");
        openen(tellingen, teacher, "meeting", "bijeenkomsten/" + bijeenkomst);
        openen(tellingen, teacher, "visits", "klassenbezoeken");
        openen(tellingen, teacher, "visit", "klassenbezoeken/" + bezoek);
        openen(tellingen, kcSubject, "dashboard (KC)", "");
        openen(tellingen, kcSubject, "kijkwijzers", "kijkwijzers");
        openen(tellingen, kcSubject, "kijkwijzer", "kijkwijzers/" + kijkwijzer);
        openen(tellingen, kcSubject, "school picture", "klassenbezoeken/schoolbeeld");
        openen(tellingen, teacher, "trends", "trends");
        openen(tellingen, bestuurder, "administration", "beheer");
        openen(tellingen, bestuurder, "school administration", "beheer/school/" + school);
        return tellingen;
    }

    /** Opens the route in a fresh UI as the person, counts its statements and those of a page of each of its grids. */
    private void openen(Map<String, Integer> tellingen, String subject, String naam, String route) {
        tearDownVaadin();
        setUpVaadin();
        login(subject);
        // One HTTP request, as in the browser: what is read once per request is read once here too.
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(
                (HttpServletRequest) VaadinServletRequest.getCurrent().getRequest()));
        try {
            if (naam.equals(System.getProperty("sql.toon"))) {
                // -Dsql.toon=meeting prints the statements of that view, to see which ones to save
                SqlTeller.opnemen(() -> UI.getCurrent().navigate(route)).forEach(q -> System.out.println("SQL> " + q));
                UI.getCurrent().navigate(GeenToegangView.class);
            }
            tellingen.put(naam, SqlTeller.tellen(() -> UI.getCurrent().navigate(route)));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        List<Grid> grids = _find(Grid.class);
        for (int i = 0; i < grids.size(); i++) {
            Grid<?> grid = grids.get(i);
            tellingen.put(naam + " " + (i + 1) + " grid page", SqlTeller.tellen(() -> GridKt._fetch(grid, rijen / 2, 50)));
        }
    }

    /** One board with a school, a leerteam of two teachers, a KC and a board administrator; one of everything a view shows. */
    private void basis() {
        jdbc.update("insert into bestuur (id, naam) values (?, ?)", bestuur, "Stichting Telling " + achtervoegsel);
        jdbc.update("insert into school (id, bestuur_id, naam, brin, plaats) values (?, ?, ?, ?, ?)", school, bestuur,
                "Telschool", vrijeBrin(), "Hoorn");
        jdbc.update("insert into leerteam (id, bestuur_id, school_id, naam) values (?, ?, ?, ?)", leerteam, bestuur, school, "Telteam");
        leerkracht = persoon("tel-leerkracht-" + achtervoegsel, "LEERKRACHT", true);
        collega = persoon("tel-collega-" + achtervoegsel, "LEERKRACHT", true);
        kc = persoon("tel-kc-" + achtervoegsel, "KC", false);
        UUID beheer = persoon("tel-bestuur-" + achtervoegsel, null, false);
        jdbc.update("update gebruiker set bestuurder = true where id = ?", beheer);

        casus = UUID.randomUUID();
        jdbc.update("insert into casus (id, bestuur_id, school_id, leerteam_id, eigenaar_id, pseudoniem, groep, hulpvraag)"
                + " values (?, ?, ?, ?, ?, 'Leerling A', 5, 'Hoe kan de leerling zelfstandig starten?')", casus, bestuur, school, leerteam, leerkracht);
        bespreking = UUID.randomUUID();
        jdbc.update("insert into bespreking (id, casus_id, voorzitter_id, ronde, ronde_gestart, ronde_minuten, gestart)"
                + " values (?, ?, ?, 'VRAGEN', now(), 10, now())", bespreking, casus, collega);
        bijeenkomst = UUID.randomUUID();
        jdbc.update("insert into bijeenkomst (id, bestuur_id, school_id, leerteam_id, titel, datum, begintijd, eindtijd, plaats,"
                + " voorzitter_id, notulist_id, status, aangemaakt) values (?, ?, ?, ?, 'Telbijeenkomst', current_date, '15:00', '16:00',"
                + " 'Teamkamer', ?, ?, 'BEZIG', now())", bijeenkomst, bestuur, school, leerteam, collega, leerkracht);
        UUID punt = UUID.randomUUID();
        jdbc.update("insert into agendapunt (id, bijeenkomst_id, volgorde, soort, casus_id, titel) values (?, ?, 0, 'CASUS', ?, 'Leerling A')",
                punt, bijeenkomst, casus);
        jdbc.update("update bijeenkomst set huidig_agendapunt_id = ? where id = ?", punt, bijeenkomst);

        jdbc.update("insert into trendimport (id, bestuur_id, school_id, door_id, moment, bestandsnaam, inhoud_hash, nieuw, vervangen,"
                + " ongewijzigd) values (?, ?, ?, ?, now(), 'tel.csv', 'tel', 0, 0, 0)", trendimport, bestuur, school, kc);

        Inloggen.als(inlog, "tel-kc-" + achtervoegsel);
        kijkwijzer = kijkwijzers.aanmaken(school, kijkwijzers.voorbeeld());
        Inloggen.uit();
        Inloggen.als(inlog, "tel-leerkracht-" + achtervoegsel);
        bezoek = planning.plannen(school, kc, true, LocalDate.now().plusDays(7));
        Inloggen.uit();
    }

    /** Grows every list a view shows to {@code totaal} rows. */
    private void groeiTot(int totaal) {
        int van = rijen + 1;
        rijen = totaal;
        jdbc.update("insert into casus (id, bestuur_id, school_id, leerteam_id, eigenaar_id, pseudoniem, groep, hulpvraag, status)"
                + " select gen_random_uuid(), ?, ?, ?, ?, 'Leerling T' || g, 1 + g % 8, 'Hoe help ik deze leerling?',"
                + " case when g % 2 = 0 then 'OPEN' else 'GESLOTEN' end from generate_series(?, ?) g",
                bestuur, school, leerteam, leerkracht, van, totaal);
        jdbc.update("insert into casus_tag (casus_id, tag) select id, t from casus, unnest(array['rekenen', 'gedrag']) t"
                + " where leerteam_id = ? and pseudoniem like 'Leerling T%' and not exists (select 1 from casus_tag where casus_id = casus.id)", leerteam);
        jdbc.update("insert into bijdrage (id, bespreking_id, soort, tekst, auteur_id, aangemaakt)"
                + " select gen_random_uuid(), ?, 'VRAAG', 'Wat zie je bij vraag ' || g || '?', ?, now() from generate_series(?, ?) g",
                bespreking, collega, van, totaal);
        jdbc.update("insert into bijeenkomst (id, bestuur_id, school_id, leerteam_id, titel, datum, begintijd, eindtijd, plaats,"
                + " voorzitter_id, notulist_id, status, aangemaakt) select gen_random_uuid(), ?, ?, ?, 'Eerdere bijeenkomst ' || g,"
                + " current_date - g, '15:00', '16:00', 'Teamkamer', ?, ?, 'AFGEROND', now() from generate_series(?, ?) g",
                bestuur, school, leerteam, collega, leerkracht, van, totaal);
        jdbc.update("insert into actiepunt (id, bestuur_id, leerteam_id, bijeenkomst_id, tekst, eigenaar_id, deadline, aangemaakt)"
                + " select gen_random_uuid(), ?, ?, b.id, 'Materiaal klaarzetten', ?, current_date + 14, now() from bijeenkomst b"
                + " where b.leerteam_id = ? and b.status = 'AFGEROND' and not exists (select 1 from actiepunt a where a.bijeenkomst_id = b.id)",
                bestuur, leerteam, leerkracht, leerteam);
        jdbc.update("insert into klassenbezoek (id, bestuur_id, school_id, leerkracht_id, observator_id, soort, aangevraagd_door_id,"
                + " status, datum, aangemaakt, gewijzigd) select gen_random_uuid(), bestuur_id, school_id, leerkracht_id, observator_id,"
                + " soort, aangevraagd_door_id, status, datum + g, now(), now() from klassenbezoek, generate_series(?, ?) g where id = ?",
                Math.max(2, van), totaal, bezoek);
        jdbc.update("insert into toetsresultaat (id, bestuur_id, school_id, schooljaar, meetmoment, jaargroep, vak, aanbieder, toets,"
                + " schaal, aantal, niveaus, import_id) select gen_random_uuid(), ?, ?, 2024, 'M', 1 + g % 8,"
                + " (array['REKENEN_WISKUNDE', 'BEGRIJPEND_LEZEN', 'TECHNISCH_LEZEN', 'SPELLING'])[1 + g % 4], 'CITO', 'Toets ' || g,"
                + " 'IV', 25, '{5,5,5,5,5}', ? from generate_series(?, ?) g", bestuur, school, trendimport, van, totaal);
        jdbc.update("insert into kijkwijzer (id, bestuur_id, school_id, naam, aangemaakt, gewijzigd)"
                + " select gen_random_uuid(), ?, ?, 'Kijkwijzer ' || g, now(), now() from generate_series(?, ?) g",
                bestuur, school, Math.max(2, van), totaal);
        jdbc.update("insert into kijkwijzer_versie (id, kijkwijzer_id, nummer, inhoud, aangemaakt)"
                + " select gen_random_uuid(), k.id, 1, v.inhoud, now() from kijkwijzer k, kijkwijzer_versie v"
                + " where k.school_id = ? and v.kijkwijzer_id = ? and not exists (select 1 from kijkwijzer_versie w where w.kijkwijzer_id = k.id)",
                school, kijkwijzer);
        for (int i = Math.max(van, 5); i <= totaal; i++) {
            persoon("tel-mens-" + i + "-" + achtervoegsel, "LEERKRACHT", false);
        }
    }

    private UUID persoon(String subject, String rol, boolean lid) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into gebruiker (id, bestuur_id, naam, email, oidc_issuer, oidc_subject) values (?, ?, ?, ?, 'urn:leerteam:dev', ?)",
                id, bestuur, "Telpersoon " + subject.hashCode(), subject + "@tel.example", subject);
        if (rol != null) {
            jdbc.update("insert into school_rol (gebruiker_id, school_id, bestuur_id, rol) values (?, ?, ?, ?)", id, school, bestuur, rol);
        }
        if (lid) {
            jdbc.update("insert into leerteam_lid (leerteam_id, gebruiker_id, bestuur_id) values (?, ?, ?)", leerteam, id, bestuur);
        }
        return id;
    }

    private String vrijeBrin() {
        for (int i = 10; i < 100; i++) {
            for (char c = 'A'; c <= 'Z'; c++) {
                String brin = i + "T" + c;
                Integer bestaat = jdbc.queryForObject("select count(*) from school where brin = ?", Integer.class, brin);
                if (bestaat == 0) {
                    return brin;
                }
            }
        }
        throw new IllegalStateException("No free BRIN code");
    }
}
