package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.MijnBijeenkomsten;
import nl.leerteam.bijeenkomst.VerslagService;
import nl.leerteam.leerlingbespreking.BerichtSoort;
import nl.leerteam.leerlingbespreking.BesprekingPagina;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.leerlingbespreking.EscalatieService;
import nl.leerteam.leerlingbespreking.EvaluatieResultaat;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.leerlingbespreking.domain.Casuswerk;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page says what waits for the person now, per role, and offers only links they may follow.
 * Priya and Thomas (bovenbouw of De Wegwijzer) are used by no other test, so what they see is what this test made.
 */
class StartpaginaTest extends KaribuTest {

    private <T> T bean(Class<T> soort) {
        return context.getBean(soort);
    }

    private UUID id(String wie) {
        Inloggen.als(inlog, wie);
        return CurrentUser.require().gebruikerId();
    }

    @Test
    void a_teacher_sees_todays_meeting_with_her_role_and_her_overdue_action_item_and_nobody_else_does() {
        TweedeBestuur.zorgDatHetBestaat(context);
        UUID thomas = id("thomas");
        UUID priya = id("priya");
        UUID team = bean(OrganisatieService.class).mijnKringen().keySet().iterator().next();
        LocalDate vandaag = LocalDate.now(Tijdzone.SCHOOL);
        BijeenkomstService bijeenkomsten = bean(BijeenkomstService.class);
        UUID gisteren = bijeenkomsten.plannen(team, new BijeenkomstFormulier("Vorige keer", vandaag.minusDays(1), LocalTime.of(15, 0),
                LocalTime.of(16, 0), "Teamkamer", null, priya, thomas, null), false);
        bean(AgendaService.class).agendapuntToevoegen(gisteren, AgendapuntSoort.ONDERWERP, null, "Rekenen", false);
        UUID punt = bijeenkomsten.bijeenkomst(gisteren).agenda().getFirst().id();
        bean(VerslagService.class).actiepuntToevoegen(punt, "Toetskalender bijwerken", priya, vandaag.minusDays(1), false);
        UUID vandaagId = bijeenkomsten.plannen(team, new BijeenkomstFormulier("Overleg over de toetsen", vandaag, LocalTime.of(0, 0),
                LocalTime.of(0, 15), "Teamkamer", null, priya, thomas, null), false);

        MijnBijeenkomsten mijn = bijeenkomsten.mijnBijeenkomsten();
        assertThat(mijn.komend()).extracting(MijnBijeenkomsten.Komend::id).as("an earlier meeting is no longer coming")
                .contains(vandaagId).doesNotContain(gisteren);
        assertThat(mijn.komend()).filteredOn(k -> k.id().equals(vandaagId)).singleElement().satisfies(k -> {
            assertThat(k.voorzitter()).isTrue();
            assertThat(k.notulist()).isFalse();
            assertThat(k.kringNaam()).isEqualTo("Bovenbouw");
        });
        assertThat(mijn.actiepunten()).filteredOn(a -> a.tekst().equals("Toetskalender bijwerken")).singleElement()
                .satisfies(a -> assertThat(a.verlopen(vandaag)).isTrue());

        login("priya");
        UI.getCurrent().navigate(DashboardView.class);
        Section meetings = _get(Section.class, spec -> spec.withId("mijn-bijeenkomsten"));
        assertThat(_find(meetings, RouterLink.class)).extracting(RouterLink::getText).contains("Overleg over de toetsen");
        assertThat(_find(meetings, Span.class)).extracting(Span::getText).contains("Voorzitter").doesNotContain("Notulist");
        Section acties = _get(Section.class, spec -> spec.withId("mijn-actiepunten"));
        assertThat(_find(acties, Span.class)).extracting(Span::getText).contains("Over de datum");
        assertThat(_find(acties, Span.class)).filteredOn(s -> s.getText().equals("Over de datum")).singleElement()
                .satisfies(s -> assertThat(s.getClassNames()).contains("lt-dringend"));
        _assertNone(Div.class, spec -> spec.withId("niets-wacht"));

        Inloggen.als(inlog, "thomas");
        MijnBijeenkomsten zijn = bijeenkomsten.mijnBijeenkomsten();
        assertThat(zijn.komend()).filteredOn(k -> k.id().equals(vandaagId)).singleElement()
                .satisfies(k -> assertThat(k.notulist()).isTrue());
        assertThat(zijn.actiepunten()).as("Priya's action item is hers").isEmpty();

        for (String ander : List.of("kees", "b-leerkracht", "fatima")) {
            Inloggen.als(inlog, ander);
            assertThat(bijeenkomsten.mijnBijeenkomsten().komend()).as(ander).extracting(MijnBijeenkomsten.Komend::id)
                    .doesNotContain(vandaagId);
        }
    }

    @Test
    void a_teacher_sees_an_agreement_due_and_the_kcs_advice_until_she_answers_and_her_colleague_sees_neither() {
        id("priya");
        UUID team = bean(OrganisatieService.class).mijnKringen().keySet().iterator().next();
        CasusService casussen = bean(CasusService.class);
        BesprekingService besprekingen = bean(BesprekingService.class);
        EscalatieService escalaties = bean(EscalatieService.class);
        UUID casusId = casussen.inbrengen(team, new CasusFormulier(null, 7, "Hoe houd ik hem bij de les?", "Kijkt veel naar buiten.",
                "Een plek vooraan.", "Goed in rekenen.", "Veel geluid op de gang.", true, LocalDate.now().minusDays(2),
                "Thuis ook een planbord.", null, Set.of("concentratie"), null), false).id();
        BesprekingPagina.RondeBalk balk = besprekingen.starten(casusId).balk();
        besprekingen.naarRonde(balk.besprekingId(), Ronde.AFSPRAKEN, balk.version());
        besprekingen.afspraakMaken(balk.besprekingId(), null, "Elke ochtend een planbord", LocalDate.now(Tijdzone.SCHOOL), false);

        assertThat(casussen.mijnCasuswerk().teEvalueren()).filteredOn(a -> a.casusId().equals(casusId))
                .extracting(Casuswerk.TeEvalueren::afspraak).containsExactly("Elke ochtend een planbord");
        assertThat(casussen.mijnCasuswerk().kcReacties()).filteredOn(r -> r.casusId().equals(casusId)).isEmpty();

        BesprekingPagina.AfspraakRegel afspraak = besprekingen.afspraken(casusId).getFirst();
        besprekingen.evalueren(afspraak.id(), EvaluatieResultaat.NIET_GENOEG, "Helpt alleen op maandag.", afspraak.version(), false);
        assertThat(casussen.mijnCasuswerk().teEvalueren()).filteredOn(a -> a.casusId().equals(casusId)).as("evaluated").isEmpty();
        escalaties.escaleren(casusId, "Wat kan ik nog proberen?", false);
        assertThat(casussen.mijnCasuswerk().kcReacties()).filteredOn(r -> r.casusId().equals(casusId))
                .as("her own question is not an answer").isEmpty();

        Inloggen.als(inlog, "fatima");
        UUID escalatieId = escalaties.escalaties(casusId).escalaties().getFirst().id();
        escalaties.bericht(escalatieId, BerichtSoort.ADVIES, "Probeer een koptelefoon tijdens het zelfstandig werken.", false);

        Inloggen.als(inlog, "thomas");
        assertThat(casussen.mijnCasuswerk().leeg()).as("his colleague's case is hers").isTrue();

        login("priya");
        assertThat(casussen.mijnCasuswerk().kcReacties()).filteredOn(r -> r.casusId().equals(casusId)).singleElement()
                .satisfies(r -> assertThat(r.soort()).isEqualTo("ADVIES"));
        UI.getCurrent().navigate(DashboardView.class);
        Section mijnCasussen = _get(Section.class, spec -> spec.withId("mijn-casussen"));
        assertThat(_find(mijnCasussen, Span.class)).extracting(Span::getText).contains("Advies van de KC");

        escalaties.bericht(escalatieId, BerichtSoort.ANTWOORD, "Dank je, ik probeer het deze week.", false);
        assertThat(casussen.mijnCasuswerk().kcReacties()).filteredOn(r -> r.casusId().equals(casusId)).as("answered").isEmpty();
    }

    @Test
    void a_director_gets_no_links_she_cannot_follow_and_each_role_gets_its_own_empty_text() {
        login("marieke");
        UI.getCurrent().navigate(DashboardView.class);
        Div andere = _get(Div.class, spec -> spec.withId("andere-leerteams"));
        assertThat(_find(andere, RouterLink.class)).as("no cases or meetings of leerteams she is not in").isEmpty();

        login("fatima");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(_get(Div.class, spec -> spec.withId("andere-leerteams")), RouterLink.class))
                .extracting(RouterLink::getText).contains("Casussen", "Bijeenkomsten");

        assertThat(DashboardView.geenLeerteamsTekst(Set.of(nl.leerteam.shared.security.Rol.DIRECTEUR)))
                .isEqualTo("dashboard.geen-leerteams.directeur");
        login("annelies");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .noneMatch(t -> t.contains("directeur deelt je in"))
                .anyMatch(t -> t.contains("bestuursmedewerker"));
    }
}
