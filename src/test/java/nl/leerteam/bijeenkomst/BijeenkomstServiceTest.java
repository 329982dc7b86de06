package nl.leerteam.bijeenkomst;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.domain.Samenvoegconflict;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class BijeenkomstServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    BijeenkomstService bijeenkomsten;
    @Autowired
    VerslagService verslagService;
    @Autowired
    AgendaService agendaService;
    @Autowired
    AanwezigheidService aanwezigheidService;
    @Autowired
    CasusService casussen;
    @Autowired
    OrganisatieService organisatie;

    private UUID onderbouw;
    private UUID sanne;
    private UUID joris;

    @BeforeEach
    void leerteam() {
        TweedeBestuur.zorgDatHetBestaat(context);
        Inloggen.als(inlog, "joris");
        joris = CurrentUser.require().gebruikerId();
        Inloggen.als(inlog, "sanne");
        sanne = CurrentUser.require().gebruikerId();
        onderbouw = organisatie.mijnOverzicht().mijnLeerteams().stream().map(LeerteamSamenvatting::id).findFirst().orElseThrow();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    private BijeenkomstFormulier formulier(LocalDate datum, Long version) {
        return new BijeenkomstFormulier("Leerteambijeenkomst", datum, LocalTime.of(15, 15), LocalTime.of(16, 30),
                "Teamkamer", "https://meet.example.org/onderbouw", sanne, joris, version);
    }

    private static String tekst(String key, Object[] params) {
        return key + (params.length == 0 ? "" : " " + String.join(" | ", java.util.Arrays.stream(params).map(String::valueOf).toList()));
    }

    @Test
    void a_meeting_is_planned_run_and_minuted_and_open_action_items_return_on_the_next_agenda() throws Exception {
        LocalDate eerste = LocalDate.now().plusDays(1 + new java.util.Random().nextInt(300));
        UUID id = bijeenkomsten.plannen(onderbouw, formulier(eerste, null), false);
        UUID casusId = casussen.inbrengen(onderbouw, new CasusFormulier(null, 6, "Hoe krijg ik rust in de kring?",
                null, null, null, null, false, null, null, null, Set.of(), null), false).id();
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.ONDERWERP, null, "Studiedag rekenen", false);
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.CASUS, casusId, null, false);
        assertThatThrownBy(() -> agendaService.agendapuntToevoegen(id, AgendapuntSoort.CASUS, casusId, null, false))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("berichtKey", "fout.casus-al-op-agenda");

        BijeenkomstDetails gepland = bijeenkomsten.bijeenkomst(id);
        assertThat(gepland.agenda()).extracting(BijeenkomstDetails.Agendapunt::soort)
                .containsExactly(AgendapuntSoort.ONDERWERP, AgendapuntSoort.CASUS);
        assertThat(gepland.agenda().get(1).titel()).matches("Leerling [A-Z]+");
        UUID rekenen = gepland.agenda().getFirst().id();
        agendaService.agendapuntVerplaatsen(rekenen, false);
        assertThat(bijeenkomsten.bijeenkomst(id).agenda().getLast().id()).isEqualTo(rekenen);

        bijeenkomsten.starten(id, gepland.version());
        UUID verbinding = UUID.randomUUID();
        aanwezigheidService.binnenkomen(id, verbinding);
        Inloggen.als(inlog, "joris");
        UUID verbindingJoris = UUID.randomUUID();
        aanwezigheidService.binnenkomen(id, verbindingJoris);
        BijeenkomstDetails bezig = bijeenkomsten.bijeenkomst(id);
        assertThat(bezig.status()).isEqualTo(BijeenkomstStatus.BEZIG);
        assertThat(bezig.huidigAgendapuntId()).isEqualTo(bezig.agenda().getFirst().id());
        assertThat(bezig.aanwezig()).extracting(Persoon::naam).containsExactly("Joris Bakker", "Sanne de Vries");
        assertThat(aanwezigheidService.aanwezig(id)).as("who is in, without the rest of the meeting").isEqualTo(bezig.aanwezig());
        assertThat(bezig.ikNotuleer()).isTrue();

        BijeenkomstDetails.Agendapunt punt = bezig.agenda().getLast();
        verslagService.notitiesOpslaan(punt.id(), "We kiezen twee rekendoelen.\n# geen kop", punt.version(), false);
        assertThatThrownBy(() -> verslagService.notitiesOpslaan(punt.id(), "Andere notities", punt.version(), false))
                .as("notes saved from a stale read").isInstanceOf(GelijktijdigGewijzigd.class);
        verslagService.besluitToevoegen(punt.id(), "Rekenen krijgt de studiedag in maart.", false);
        verslagService.actiepuntToevoegen(punt.id(), "Programma studiedag maken", sanne, eerste.plusWeeks(2), false);
        assertThatThrownBy(() -> verslagService.actiepuntToevoegen(punt.id(), "Iemand van buiten", UUID.randomUUID(),
                eerste.plusWeeks(2), false)).isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "eigenaar");

        Inloggen.als(inlog, "sanne");
        assertThatThrownBy(() -> aanwezigheidService.vertrekken(verbindingJoris)).as("nobody closes another's window")
                .isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "joris");
        aanwezigheidService.vertrekken(verbindingJoris);
        Inloggen.als(inlog, "sanne");
        BijeenkomstDetails na = bijeenkomsten.bijeenkomst(id);
        assertThat(na.aanwezig()).extracting(Persoon::naam).containsExactly("Sanne de Vries");
        assertThat(na.deelnemers()).extracting(Persoon::naam).containsExactly("Joris Bakker", "Sanne de Vries");
        bijeenkomsten.afronden(id, na.version());

        BijeenkomstDetails afgerond = bijeenkomsten.bijeenkomst(id);
        String md = VerslagMarkdown.van(afgerond, Locale.of("nl"), BijeenkomstServiceTest::tekst);
        assertThat(md).contains("# Leerteambijeenkomst", "Joris Bakker, Sanne de Vries", "We kiezen twee rekendoelen.",
                "\\# geen kop", "- Rekenen krijgt de studiedag in maart.", "- [ ] Programma studiedag maken", "15:15–16:30");
        assertThat(md).doesNotContain("\n# geen kop").as("only what Markdown needs is escaped").doesNotContain("\\.", "\\:", "\\-");
        byte[] pdf = VerslagPdf.van(afgerond, Locale.of("nl"), BijeenkomstServiceTest::tekst);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String pdfTekst = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(pdfTekst).contains("Studiedag rekenen", "Rekenen krijgt de studiedag in maart.", "Programma studiedag maken");

        UUID volgende = bijeenkomsten.plannen(onderbouw, formulier(eerste.plusWeeks(4), null), false);
        BijeenkomstDetails.Actiepunt open = bijeenkomsten.bijeenkomst(volgende).openActiepunten().stream()
                .filter(a -> a.tekst().equals("Programma studiedag maken")).findFirst().orElseThrow();
        assertThat(open.afgerond()).isFalse();
        verslagService.actiepuntAfvinken(open.id(), true, volgende, open.version());
        assertThat(bijeenkomsten.bijeenkomst(volgende).openActiepunten()).filteredOn(a -> a.id().equals(open.id()))
                .singleElement().satisfies(a -> assertThat(a.afgerond()).as("shown done in the meeting that ticked it off").isTrue());
        UUID daarna = bijeenkomsten.plannen(onderbouw, formulier(eerste.plusWeeks(8), null), false);
        assertThat(bijeenkomsten.bijeenkomst(daarna).openActiepunten()).extracting(BijeenkomstDetails.Actiepunt::id)
                .as("done, so not on later agendas").doesNotContain(open.id());
    }

    @Test
    void the_minutes_carry_what_a_case_discussion_agreed_that_day_with_its_chosen_idea_evaluation_date_and_owner() throws Exception {
        nl.leerteam.leerlingbespreking.BesprekingService besprekingen = context.getBean(nl.leerteam.leerlingbespreking.BesprekingService.class);
        LocalDate vandaag = LocalDate.now(nl.leerteam.shared.domain.Tijdzone.SCHOOL);
        UUID id = bijeenkomsten.plannen(onderbouw, formulier(vandaag, null), false);
        UUID casusId = casussen.inbrengen(onderbouw, new CasusFormulier(null, 3, "Hoe help ik hem bij het lezen?",
                null, null, null, null, false, null, null, null, Set.of(), null), false).id();
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.ONDERWERP, null, "Mededelingen", false);
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.CASUS, casusId, null, false);

        nl.leerteam.leerlingbespreking.BesprekingPagina.RondeBalk balk = besprekingen.starten(casusId).balk();
        besprekingen.naarRonde(balk.besprekingId(), nl.leerteam.leerlingbespreking.Ronde.IDEEEN, balk.version());
        Inloggen.als(inlog, "joris");
        besprekingen.ideeToevoegen(balk.besprekingId(), "Duolezen met een maatje", false);
        Inloggen.als(inlog, "sanne");
        UUID idee = besprekingen.pagina(casusId).ideeen().ideeen().getFirst().id();
        balk = besprekingen.pagina(casusId).balk();
        besprekingen.naarRonde(balk.besprekingId(), nl.leerteam.leerlingbespreking.Ronde.AFSPRAKEN, balk.version());
        besprekingen.afspraakMaken(balk.besprekingId(), idee, "Drie keer per week tien minuten duolezen", vandaag.plusWeeks(4), false);

        VerslagService.Verslag verslag = verslagService.verslag(id);
        UUID casusPunt = verslag.bijeenkomst().agenda().get(1).id();
        assertThat(verslag.afspraken()).containsOnlyKeys(casusPunt);
        assertThat(verslag.afspraken().get(casusPunt)).singleElement().satisfies(a -> {
            assertThat(a.idee()).isEqualTo("Duolezen met een maatje");
            assertThat(a.evaluatiedatum()).isEqualTo(vandaag.plusWeeks(4));
            assertThat(a.eigenaarNaam()).isEqualTo("Sanne de Vries");
        });
        String md = VerslagMarkdown.van(verslag.bijeenkomst(), verslag.afspraken(), Locale.of("nl"), BijeenkomstServiceTest::tekst);
        assertThat(md).contains("**verslag.afspraken**", "- Drie keer per week tien minuten duolezen — verslag.afspraak",
                "Sanne de Vries", "verslag.afspraak.idee Duolezen met een maatje");
        byte[] pdf = VerslagPdf.van(verslag.bijeenkomst(), verslag.afspraken(), Locale.of("nl"), BijeenkomstServiceTest::tekst);
        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains("Drie keer per week tien minuten duolezen");

        Inloggen.als(inlog, "b-leerkracht");
        assertThatThrownBy(() -> verslagService.verslag(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_ics_invitation_is_a_valid_calendar_event_in_dutch_time() throws Exception {
        LocalDate datum = LocalDate.of(LocalDate.now().getYear() + 1, 3, 10);
        UUID id = bijeenkomsten.plannen(onderbouw, formulier(datum, null), false);
        String ics = BijeenkomstIcs.van(bijeenkomsten.bijeenkomst(id), "Agenda:\n- Rekenen");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo(id + "@leerteam");
        assertThat(event.getLocation().getValue()).isEqualTo("Teamkamer");
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate()))
                .isEqualTo(datum.atTime(15, 15).atZone(nl.leerteam.shared.domain.Tijdzone.SCHOOL).toInstant());
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Rekenen");
    }

    @Test
    void only_the_facilitator_leads_only_facilitator_and_note_taker_write_and_changes_need_the_latest_version() {
        UUID id = bijeenkomsten.plannen(onderbouw, formulier(LocalDate.now().plusDays(3), null), false);
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.ONDERWERP, null, "Oudergesprekken", false);
        BijeenkomstDetails b = bijeenkomsten.bijeenkomst(id);
        Inloggen.als(inlog, "joris");
        assertThatThrownBy(() -> bijeenkomsten.starten(id, b.version())).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "fatima");
        assertThat(bijeenkomsten.bijeenkomst(id).ikBenLid()).isFalse();
        assertThatThrownBy(() -> verslagService.besluitToevoegen(b.agenda().getFirst().id(), "KC besluit", false))
                .isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "sanne");
        bijeenkomsten.wijzigen(id, formulier(LocalDate.now().plusDays(4), b.version()), false);
        assertThatThrownBy(() -> bijeenkomsten.wijzigen(id, formulier(LocalDate.now().plusDays(5), b.version()), false))
                .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(bijeenkomsten.bijeenkomst(id).plan().datum()).isEqualTo(LocalDate.now().plusDays(4));
    }

    @Test
    void bad_input_gets_a_clear_refusal() {
        LocalDate datum = LocalDate.now().plusDays(2);
        assertThatThrownBy(() -> bijeenkomsten.plannen(onderbouw, new BijeenkomstFormulier("x", datum, LocalTime.of(16, 0),
                LocalTime.of(15, 0), "Teamkamer", null, sanne, joris, null), false))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "eindtijd");
        for (String link : new String[]{"javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://x.nl", "geen link"}) {
            assertThatThrownBy(() -> bijeenkomsten.plannen(onderbouw, new BijeenkomstFormulier("x", datum, LocalTime.of(15, 0),
                    LocalTime.of(16, 0), null, link, sanne, joris, null), false))
                    .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "onlineLink");
        }
        assertThatThrownBy(() -> bijeenkomsten.plannen(onderbouw, new BijeenkomstFormulier("x", datum, LocalTime.of(15, 0),
                LocalTime.of(16, 0), null, null, sanne, joris, null), false))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "plaats");
        for (String slecht : new String[]{"x".repeat(1_000_001), "nul\u0000teken", "on\u200Bzichtbaar", "om\u202Egekeerd"}) {
            assertThatThrownBy(() -> bijeenkomsten.plannen(onderbouw, new BijeenkomstFormulier(slecht, datum, LocalTime.of(15, 0),
                    LocalTime.of(16, 0), "Teamkamer", null, sanne, joris, null), false))
                    .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "titel");
            assertThatThrownBy(() -> bijeenkomsten.plannen(onderbouw, new BijeenkomstFormulier("Overleg", datum, LocalTime.of(15, 0),
                    LocalTime.of(16, 0), slecht, null, sanne, joris, null), false))
                    .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "plaats");
        }
        UUID id = bijeenkomsten.plannen(onderbouw, new BijeenkomstFormulier("<script>alert(1)</script>", datum, LocalTime.of(15, 0),
                LocalTime.of(16, 0), "<img src=x onerror=alert(1)>", null, sanne, joris, null), false);
        assertThat(bijeenkomsten.bijeenkomst(id).plan().plaats()).isEqualTo("<img src=x onerror=alert(1)>");
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.ONDERWERP, null, "<img src=x onerror=alert(1)>", false);
        UUID punt = bijeenkomsten.bijeenkomst(id).agenda().getFirst().id();
        long version = bijeenkomsten.bijeenkomst(id).agenda().getFirst().version();
        for (String slecht : new String[]{"x".repeat(1_000_001), "nul\u0000teken", "on\u200Bzichtbaar", "om\u202Egekeerd"}) {
            assertThatThrownBy(() -> verslagService.notitiesOpslaan(punt, slecht, version, false)).isInstanceOf(InvoerFout.class);
            assertThatThrownBy(() -> verslagService.besluitToevoegen(punt, slecht, false)).isInstanceOf(InvoerFout.class);
            assertThatThrownBy(() -> verslagService.actiepuntToevoegen(punt, slecht, sanne, datum, false)).isInstanceOf(InvoerFout.class);
            assertThatThrownBy(() -> agendaService.agendapuntToevoegen(id, AgendapuntSoort.ONDERWERP, null, slecht, false))
                    .isInstanceOf(InvoerFout.class);
        }
        assertThatThrownBy(() -> verslagService.notitiesOpslaan(punt, "BSN 111222333 van de leerling", version, false))
                .isInstanceOf(PrivacyBezwaar.class);
        verslagService.notitiesOpslaan(punt, "<script>alert(1)</script>", version, false);
        assertThat(bijeenkomsten.bijeenkomst(id).agenda().getFirst().notities()).isEqualTo("<script>alert(1)</script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lotte", "noor", "b-leerkracht", "b-directeur", "marieke", "annelies", "bram"})
    void nobody_outside_the_leerteam_and_its_kcs_sees_its_meetings(String persoon) {
        UUID id = bijeenkomsten.plannen(onderbouw, formulier(LocalDate.now().plusDays(6), null), false);
        Inloggen.als(inlog, persoon);
        assertThatThrownBy(() -> bijeenkomsten.bijeenkomst(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bijeenkomsten.bijeenkomstenVan(onderbouw)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> aanwezigheidService.binnenkomen(id, UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> aanwezigheidService.aanwezig(id)).isInstanceOf(AccessDeniedException.class);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void only_facilitator_and_note_taker_take_an_item_off_and_it_comes_back_with_its_notes_and_decisions_and_both_are_audited() {
        UUID id = bijeenkomsten.plannen(onderbouw, new BijeenkomstFormulier("Overleg", LocalDate.now().plusDays(4), LocalTime.of(15, 0),
                LocalTime.of(16, 0), "Teamkamer", null, sanne, sanne, null), false);
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.ONDERWERP, null, "Rapportgesprekken", false);
        BijeenkomstDetails.Agendapunt punt = bijeenkomsten.bijeenkomst(id).agenda().getFirst();
        verslagService.notitiesOpslaan(punt.id(), "Planning in week 12", punt.version(), false);
        verslagService.besluitToevoegen(punt.id(), "Tien minuten per gesprek", false);
        long versie = bijeenkomsten.bijeenkomst(id).agenda().getFirst().version();

        Inloggen.als(inlog, "joris");
        assertThatThrownBy(() -> agendaService.agendapuntVerwijderen(punt.id(), versie)).as("a member who does not write the minutes")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        Inloggen.als(inlog, "sanne");
        agendaService.agendapuntVerwijderen(punt.id(), versie);
        assertThat(bijeenkomsten.bijeenkomst(id).agenda()).isEmpty();
        assertThat(agendaService.verwijderdePunten(id)).singleElement().satisfies(v -> assertThat(v.titel()).isEqualTo("Rapportgesprekken"));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where onderwerp = 'AGENDAPUNT' and onderwerp_id = ? and actie = 'VERWIJDERD'",
                Long.class, punt.id())).isEqualTo(1);

        agendaService.agendapuntHerstellen(id, punt.id());
        assertThat(bijeenkomsten.bijeenkomst(id).agenda()).singleElement().satisfies(p -> {
            assertThat(p.notities()).isEqualTo("Planning in week 12");
            assertThat(p.besluiten()).extracting(BijeenkomstDetails.Besluit::tekst).containsExactly("Tien minuten per gesprek");
        });
        assertThat(agendaService.verwijderdePunten(id)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where onderwerp = 'AGENDAPUNT' and onderwerp_id = ? "
                + "and toelichting = 'HERSTELD'", Long.class, punt.id())).isEqualTo(1);
        assertThatThrownBy(() -> agendaService.agendapuntHerstellen(id, punt.id())).as("only what was taken off")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void two_writers_of_the_notes_are_merged_line_by_line_and_where_they_touch_the_same_lines_both_texts_come_back() {
        UUID id = bijeenkomsten.plannen(onderbouw, new BijeenkomstFormulier("Twee schrijvers", LocalDate.now().plusDays(3),
                LocalTime.of(15, 0), LocalTime.of(16, 0), "Teamkamer", null, sanne, joris, null), false);
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.ONDERWERP, null, "Rekenen", false);
        BijeenkomstDetails.Agendapunt punt = bijeenkomsten.bijeenkomst(id).agenda().getFirst();
        String basis = "Opening\nRekenen: twee doelen\nRondvraag";
        verslagService.notitiesOpslaan(punt.id(), basis, null, punt.version(), false);
        long gelezen = bijeenkomsten.bijeenkomst(id).agenda().getFirst().version();

        // the chair (sanne) and the note taker (joris) both started from the same text
        verslagService.notitiesOpslaan(punt.id(), "Opening\nRekenen: twee doelen, getallenlijn\nRondvraag", basis, gelezen, false);
        Inloggen.als(inlog, "joris");
        String samen = verslagService.notitiesOpslaan(punt.id(), "Opening\nRekenen: twee doelen\nRondvraag: studiedag", basis, gelezen,
                false);
        assertThat(samen).isEqualTo("Opening\nRekenen: twee doelen, getallenlijn\nRondvraag: studiedag");
        assertThat(bijeenkomsten.bijeenkomst(id).agenda().getFirst().notities()).isEqualTo(samen);

        // a second save from the merged text goes through
        long nu = bijeenkomsten.bijeenkomst(id).agenda().getFirst().version();
        verslagService.notitiesOpslaan(punt.id(), samen + "\nSluiting", samen, nu, false);

        // both change the same line: nothing is saved, both texts come back
        long weer = bijeenkomsten.bijeenkomst(id).agenda().getFirst().version();
        String stand = samen + "\nSluiting";
        Inloggen.als(inlog, "sanne");
        verslagService.notitiesOpslaan(punt.id(), stand.replace("getallenlijn", "getallenlijn en sprongen"), stand, weer, false);
        Inloggen.als(inlog, "joris");
        String mijn = stand.replace("getallenlijn", "getallenlijn tot 100");
        Samenvoegconflict conflict = org.assertj.core.api.Assertions.catchThrowableOfType(Samenvoegconflict.class,
                () -> verslagService.notitiesOpslaan(punt.id(), mijn, stand, weer, false));
        assertThat(conflict.mijn()).isEqualTo(mijn);
        assertThat(conflict.hun()).contains("getallenlijn en sprongen");
        assertThat(bijeenkomsten.bijeenkomst(id).agenda().getFirst().notities()).as("nothing saved unseen").contains("en sprongen");
        verslagService.notitiesOpslaan(punt.id(), mijn, conflict.hun(), conflict.version(), false);
        assertThat(bijeenkomsten.bijeenkomst(id).agenda().getFirst().notities()).as("the chosen text").isEqualTo(mijn);
    }
}
