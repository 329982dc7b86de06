package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import nl.leerteam.shared.security.CurrentUser;

/**
 * A draft of what someone types, kept in the browser tab itself (sessionStorage) until it is saved: when the session
 * ends while they type (an idle timeout, a restart) and they log in again, the field gets its text back and they
 * are told. The tab's storage goes when the tab closes, so a shared school computer keeps nothing; the key holds the
 * person, so a colleague in the same tab never gets another's draft.
 */
public final class Concept {

    private static final String PREFIX = "leerteam.concept.";

    private Concept() {
    }

    /**
     * Follows the field under {@code sleutel} (what it is: "notities.{item}"): every keystroke is kept; a draft left
     * under the key that differs from what the field shows now replaces it, as if typed, and the person hears so.
     */
    public static void volg(Component veld, String sleutel) {
        java.util.Optional<java.util.UUID> wie = CurrentUser.find().map(p -> p.gebruikerId());
        if (wie.isEmpty()) {
            return;
        }
        String volledig = PREFIX + wie.get() + "." + sleutel;
        veld.getElement().setAttribute("data-concept", volledig);
        if (ComponentUtil.getData(veld, Concept.class) == null) {
            veld.getElement().addEventListener("lt-concept-terug", e -> Meldingen.info(veld, "concept.terug"));
            ComponentUtil.setData(veld, Concept.class, new Concept());
        }
        veld.getElement().executeJs("""
                const veld = this, sleutel = $0;
                if (!veld.__ltConcept) {
                    veld.__ltConcept = true;
                    veld.addEventListener('input', () => {
                        const k = veld.getAttribute('data-concept');
                        if (k) { sessionStorage.setItem(k, veld.value); }
                    });
                }
                const concept = sessionStorage.getItem(sleutel);
                if (concept !== null && concept !== veld.value) {
                    veld.value = concept;
                    veld.dispatchEvent(new Event('change', {bubbles: true}));
                    veld.dispatchEvent(new CustomEvent('lt-concept-terug'));
                } else if (concept !== null) {
                    sessionStorage.removeItem(sleutel);
                }""", volledig);
    }

    /** What the field holds was saved (or deliberately let go): its draft goes. */
    public static void wis(Component veld) {
        if (veld.getElement().hasAttribute("data-concept") && UI.getCurrent() != null) {
            veld.getElement().executeJs("const k = this.getAttribute('data-concept'); if (k) { sessionStorage.removeItem(k); }");
        }
    }
}
