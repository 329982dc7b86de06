package nl.leerteam.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import nl.leerteam.platform.BibliotheekService;
import nl.leerteam.platform.Bewijs;
import nl.leerteam.platform.Context;
import nl.leerteam.platform.Domein;
import nl.leerteam.platform.KaartInvoer;
import nl.leerteam.platform.PraktijkkaartService;
import nl.leerteam.platform.bestand.Testbestanden;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class BibliotheekViewTest extends KaribuTest {

    private Path tijdelijk(byte[] inhoud) throws IOException {
        BibliotheekService service = context.getBean(BibliotheekService.class);
        return Files.write(Files.createTempFile(service.tijdelijkeMap(), "karibu-", ".tmp"), inhoud);
    }

    private String pad() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void a_teacher_adds_a_file_her_kc_shares_it_after_confirming_the_finding_and_another_school_reads_it_without_the_finding()
            throws IOException {
        login("emma");
        UI.getCurrent().navigate(BibliotheekView.class);
        BibliotheekView lijst = _get(BibliotheekView.class);
        assertThat(lijst.toevoegen.isVisible()).isTrue();
        _click(lijst.toevoegen);
        BestandDialog dialoog = _get(BestandDialog.class);
        assertThat(dialoog.opslaan.isEnabled()).as("nothing to save before a file").isFalse();
        dialoog.ontvangen("Feedback_in_rondes.docx",
                tijdelijk(Testbestanden.docx("Feedback in drie rondes", "Noah Bakker deed niet mee", "Emma Kok")));
        assertThat(dialoog.gelezen.getText()).startsWith("Gelezen: Feedback_in_rondes.docx (DOCX,");
        assertThat(dialoog.titel.getValue()).as("the title starts from the file name").isEqualTo("Feedback in rondes");
        assertThat(dialoog.bevindingen.getElement().getTextRecursively()).contains("In de opmerkingen: Voornaam");
        dialoog.studiedag.setValue("Studiedag feedback");
        _click(dialoog.opslaan);

        BestandView bestand = _get(BestandView.class);
        assertThat(bestand.zichtbaar.getText()).isEqualTo("Alleen de eigen school");
        assertThat(bestand.bevindingen.getElement().getTextRecursively()).contains("In de opmerkingen");
        assertThat(bestand.goedkeuren.isVisible()).as("a teacher does not share with the board").isFalse();
        assertThat(bestand.nieuweVersie.isVisible()).isTrue();
        assertThat(_get(bestand.download, Anchor.class).getText()).contains("Feedback_in_rondes.docx downloaden");
        assertThat(bestand.voorbeeld.getElement().getTextRecursively()).as("an Office file shows the start of its text")
                .contains("Feedback in drie rondes");
        String pad = pad();

        login("sanne");
        UI.getCurrent().navigate(BibliotheekView.class);
        assertThat(_get(BibliotheekView.class).lijst.getElement().getTextRecursively()).doesNotContain("Feedback in rondes");

        login("bram");
        UI.getCurrent().navigate(pad);
        BestandView kc = _get(BestandView.class);
        assertThat(kc.goedkeuren.isVisible()).isTrue();
        assertThat(kc.bevestigen.isVisible()).isTrue();
        _click(kc.goedkeuren);
        expectNotifications("Bekijk de bevindingen van de privacycontrole en bevestig dat het bestand geen leerling aanwijst.");
        assertThat(kc.zichtbaar.getText()).isEqualTo("Alleen de eigen school");
        kc.bevestigen.setValue(true);
        _click(kc.goedkeuren);
        assertThat(kc.zichtbaar.getText()).isEqualTo("Gedeeld met het bestuur");
        assertThat(kc.bevindingen.getElement().getTextRecursively()).contains("heeft bevestigd");

        login("sanne");
        UI.getCurrent().navigate(BibliotheekView.class);
        assertThat(_get(BibliotheekView.class).lijst.getElement().getTextRecursively()).contains("Feedback in rondes")
                .contains("Kindcentrum Het Kompas").contains("Studiedag feedback");
        UI.getCurrent().navigate(pad);
        BestandView lezer = _get(BestandView.class);
        assertThat(lezer.bevindingen.getChildren()).as("findings are the school's").isEmpty();
        assertThat(lezer.nieuweVersie.isVisible()).isFalse();
        assertThat(lezer.versies.isVisible()).isFalse();

        nl.leerteam.organisatie.TweedeBestuur.zorgDatHetBestaat(context);
        login("b-leerkracht");
        UI.getCurrent().navigate(pad);
        assertThat(_find(nl.leerteam.shared.ui.GeenToegangFout.class)).as("another board's file by its address").hasSize(1);
        assertThat(_find(BestandView.class)).isEmpty();
    }

    @Test
    void following_themes_and_domains_is_chosen_in_a_dialog_and_kept() {
        login("ruben");
        UI.getCurrent().navigate(PlatformView.class);
        _click(_get(PlatformView.class).volgen);
        VolgenDialog dialoog = _get(VolgenDialog.class);
        var thema = dialoog.themas.getListDataView().getItems().findFirst().orElseThrow();
        dialoog.themas.setValue(java.util.Set.of(thema));
        dialoog.domeinen.setValue(java.util.Set.of(nl.leerteam.platform.Domein.LEERCOORDINATOR));
        _click(dialoog.opslaan);
        expectNotifications("Opgeslagen: dit volg je nu.");
        _click(_get(PlatformView.class).volgen);
        VolgenDialog weer = _get(VolgenDialog.class);
        assertThat(weer.themas.getValue()).extracting(t -> t.id()).containsExactly(thema.id());
        assertThat(weer.domeinen.getValue()).containsExactly(nl.leerteam.platform.Domein.LEERCOORDINATOR);
    }

    @Test
    void a_hostile_file_is_refused_in_the_dialog_with_a_sentence_and_is_not_kept() throws IOException {
        login("emma");
        UI.getCurrent().navigate(BibliotheekView.class);
        _click(_get(BibliotheekView.class).toevoegen);
        BestandDialog dialoog = _get(BestandDialog.class);
        Path html = tijdelijk(Testbestanden.html());
        dialoog.ontvangen("poster.png", html);
        assertThat(dialoog.gelezen.getText()).isEqualTo("Dit soort bestand neemt de bibliotheek niet aan. Kies een PDF, Word-document (.docx), "
                + "PowerPoint (.pptx), PNG of JPEG.");
        assertThat(dialoog.opslaan.isEnabled()).isFalse();
        assertThat(html).doesNotExist();
        Path goed = tijdelijk(Testbestanden.png(200, 100));
        dialoog.ontvangen("poster.png", goed);
        assertThat(dialoog.opslaan.isEnabled()).isTrue();
        dialoog.close();
        assertThat(goed).as("a file that was not saved goes when the dialog closes").doesNotExist();
    }

    @Test
    void an_image_shows_its_preview_and_a_card_carries_a_library_file_that_its_reviewer_can_download() throws IOException {
        login("bram");
        UI.getCurrent().navigate(BibliotheekView.class);
        _click(_get(BibliotheekView.class).toevoegen);
        BestandDialog dialoog = _get(BestandDialog.class);
        dialoog.ontvangen("stoplicht.png", tijdelijk(Testbestanden.png(800, 600)));
        dialoog.titel.setValue("Stoplichtkaart " + System.nanoTime());
        String titel = dialoog.titel.getValue();
        _click(dialoog.opslaan);
        BestandView bestand = _get(BestandView.class);
        assertThat(_find(bestand.voorbeeld, Image.class)).hasSize(1);
        assertThat(bestand.bevestigen.isVisible()).as("an image has no text to check: the KC says they looked at it").isTrue();
        bestand.bevestigen.setValue(true);
        _click(bestand.goedkeuren);
        assertThat(bestand.zichtbaar.getText()).isEqualTo("Gedeeld met het bestuur");

        PraktijkkaartService kaarten = context.getBean(PraktijkkaartService.class);
        UUID school = kaarten.schrijfScholen().keySet().iterator().next();
        UUID kaart = kaarten.nieuw(school, new KaartInvoer("Stoplicht op tafel", Domein.LEERCOORDINATOR, List.of(), List.of(4),
                Context.Schoolgrootte.MIDDEL, Context.Populatie.GEMIDDELD, null, "Een stoplicht op elke tafel.", null, null, null,
                Bewijs.ANEKDOTE, 2, null), false);
        UI.getCurrent().navigate(KaartView.class, KaartView.parameters(kaart));
        KaartView view = _get(KaartView.class);
        assertThat(view.bijlagen.kiezen.isVisible()).isTrue();
        _click(view.bijlagen.kiezen);
        var keuze = _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withId("kaart-bijlagen-keuze"));
        @SuppressWarnings("unchecked")
        var items = ((com.vaadin.flow.component.combobox.MultiSelectComboBox<nl.leerteam.platform.Bibliotheek.Samenvatting>) keuze)
                .getListDataView().getItems().filter(s -> s.titel().equals(titel)).toList();
        ((com.vaadin.flow.component.combobox.MultiSelectComboBox<nl.leerteam.platform.Bibliotheek.Samenvatting>) keuze)
                .setValue(java.util.Set.copyOf(items));
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("kaart-bijlagen-opslaan")));
        assertThat(view.bijlagen.lijst.getElement().getTextRecursively()).contains(titel).contains("stoplicht.png");
        _click(view.indienen);

        login("fatima");
        UI.getCurrent().navigate(KaartView.class, KaartView.parameters(kaart));
        KaartView review = _get(KaartView.class);
        assertThat(review.bijlagen.lijst.getElement().getTextRecursively()).as("the reviewer sees what the card carries").contains(titel);
        assertThat(review.bijlagen.kiezen.isVisible()).isFalse();
        assertThat(context.getBean(PraktijkkaartService.class).bijlage(kaart, items.getFirst().id()).naam()).isEqualTo("stoplicht.png");
    }
}
