package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import nl.leerteam.klassenbezoek.BezoekPlanningService;
import nl.leerteam.klassenbezoek.BezoekSamenvatting;
import nl.leerteam.leerlingbespreking.BerichtSoort;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.leerlingbespreking.EscalatieService;
import nl.leerteam.leerlingbespreking.Vervolgen;
import nl.leerteam.leerlingbespreking.Vervolgstap;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The KC's next step "klassenbezoek" plans the visit, and case and visit lead to each other for the two people in it. */
class BezoekUitCasusTest extends KaribuTest {

    @Test
    void the_kcs_next_step_plans_a_visit_linked_both_ways_and_the_conversation_goes_on_after_it() throws Exception {
        UUID casusId = nl.leerteam.meldingen.Escaleren.casusVanPriya(context, inlog, "Hoe krijg ik haar aan het schrijven?");
        CasusService casussen = context.getBean(CasusService.class);
        EscalatieService escalaties = context.getBean(EscalatieService.class);

        Inloggen.als(inlog, "fatima");
        var escalatie = escalaties.escalaties(casusId).escalaties().getFirst();
        LocalDate datum = LocalDate.now().plusDays(8);
        escalaties.vervolgstap(escalatie.id(), Vervolgstap.KLASSENBEZOEK, datum, null, escalatie.version());

        BezoekSamenvatting bezoek = context.getBean(BezoekPlanningService.class).mijnBezoeken().stream()
                .filter(b -> b.leerkrachtNaam().equals("Priya Ramdin") && b.datum().equals(datum)).findFirst().orElseThrow();
        assertThat(escalaties.escalaties(casusId).vervolgen()).extracting(Vervolgen.Vervolg::pad)
                .containsExactly("klassenbezoeken/" + bezoek.id());

        Inloggen.als(inlog, "thomas");
        assertThat(escalaties.escalaties(casusId).vervolgen()).as("a colleague reads the case, not the visit").isEmpty();

        login("priya");
        assertThat(escalaties.escalaties(casusId).vervolgen()).hasSize(1);
        UI.getCurrent().navigate(KlassenbezoekView.class, KlassenbezoekView.parameters(bezoek.id()));
        KlassenbezoekView view = _get(KlassenbezoekView.class);
        assertThat(view.uitCasus.isVisible()).isTrue();
        assertThat(view.uitCasus.getHref()).isEqualTo("casussen/" + casusId);
        assertThat(view.voorgesprek().groep.getValue()).as("the case's groep").isEqualTo(6);

        UI.getCurrent().navigate("casussen/" + casusId);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("lt-vervolg"))).singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo("klassenbezoeken/" + bezoek.id()));
        assertThat(_find(TextArea.class, spec -> spec.withId("escalatie-bericht"))).as("she can answer after the step").hasSize(1);
        escalaties.bericht(escalatie.id(), BerichtSoort.ANTWOORD, "Graag, op dinsdag na de pauze.", false);
        byte[] pdf = nl.leerteam.leerlingbespreking.CasusPdf.van(casussen.pagina(casusId), java.util.Locale.of("nl"),
                (key, a) -> UI.getCurrent().getTranslation(key, a));
        String pdfTekst = new org.openpdf.text.pdf.parser.PdfTextExtractor(new org.openpdf.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertThat(pdfTekst).contains("Hoe krijg ik haar aan het schrijven?", "Schrijfkaart bij elke opdracht", "Niet genoeg",
                "Wil je een keer komen kijken?", "Vervolgstap: Klassenbezoek", "Graag, op dinsdag na de pauze.");
        assertThat(_find(Anchor.class, spec -> spec.withId("casus-pdf"))).hasSize(1);
        assertThat(escalaties.escalaties(casusId).escalaties().getFirst().berichten()).extracting(b -> b.tekst())
                .contains("Graag, op dinsdag na de pauze.");
    }
}
