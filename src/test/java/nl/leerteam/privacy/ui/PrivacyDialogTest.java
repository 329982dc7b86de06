package nl.leerteam.privacy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PrivacyDialogTest extends KaribuTest {

    @Autowired
    PrivacyControle controle;

    @Test
    void a_warning_marks_what_was_found_and_saving_anyway_is_a_deliberate_click() {
        login("sanne");
        String tekst = "<b>Mohammed</b> woont Kerkstraat 12 en <script>x</script> huilt vaak.";
        PrivacyBezwaar bezwaar = bezwaar(Map.of("wat-zie-ik", tekst));
        AtomicBoolean opgeslagen = new AtomicBoolean();

        PrivacyDialog dialoog = new PrivacyDialog(bezwaar, Map.of("wat-zie-ik", "Wat zie ik?"), () -> opgeslagen.set(true));
        dialoog.open();

        Div blok = _get(Div.class, spec -> spec.withClasses("lt-privacy-text"));
        assertThat(_find(blok, Span.class)).extracting(Span::getText).containsExactly("Mohammed", "Kerkstraat 12");
        assertThat(_find(blok, Span.class)).extracting(s -> s.getElement().getAttribute("title"))
                .containsExactly("Voornaam", "Adres of postcode");
        assertThat(blok.getElement().getTextRecursively()).isEqualTo(tekst);
        assertThat(blok.getElement().getChildren()).as("only text and marks, no markup from the text")
                .allMatch(e -> e.isTextNode() || e.getTag().equals("span"));
        assertThat(opgeslagen).isFalse();

        _click(dialoog.tochOpslaan);
        assertThat(opgeslagen).isTrue();
        assertThat(dialoog.isOpened()).isFalse();
    }

    @Test
    void a_blocking_finding_can_only_be_taken_out() {
        login("sanne");
        PrivacyDialog dialoog = new PrivacyDialog(bezwaar(Map.of("notitie", "BSN 111222333")), Map.of("notitie", "Notitie"), () -> { });
        dialoog.open();
        assertThat(dialoog.tochOpslaan.isVisible()).isFalse();
        assertThat(dialoog.getHeaderTitle()).isEqualTo("Dit kan niet worden opgeslagen");
        _click(dialoog.aanpassen);
        assertThat(dialoog.isOpened()).isFalse();
    }

    private PrivacyBezwaar bezwaar(Map<String, String> velden) {
        return catchThrowableOfType(PrivacyBezwaar.class, () -> controle.controleer("CASUS", UUID.randomUUID(), velden, false));
    }
}
