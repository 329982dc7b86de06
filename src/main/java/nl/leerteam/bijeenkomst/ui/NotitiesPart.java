package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.bijeenkomst.VerslagService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.domain.Samenvoegconflict;
import nl.leerteam.shared.ui.SamenvoegDialog;
import nl.leerteam.shared.ui.Concept;
import nl.leerteam.shared.ui.Meldingen;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The notes of an agenda item: text for everybody, a field for facilitator and note taker when they
 * start writing. What they type stays while others save; the part says when someone else saved meanwhile.
 */
final class NotitiesPart extends Div {

    /** The notes of one item as stored, and whether the reader writes them. */
    record Notities(UUID puntId, String tekst, long version, boolean schrijf) {
    }

    final Paragraph tekst = new Paragraph();
    /** Opens the field; made for facilitator and note taker only, and only they see it. */
    Button schrijven;
    // The writer's fields, made when they first write: everyone else never needs them, and the
    // writers not before they start (a page holds many parts that are only read).
    TextArea notities;
    Button opslaan;
    Span elders;
    /** The item, text and version the writer's field started from. */
    private UUID voor;
    private String basis;
    private long version;

    private final Signal<Notities> signaal;

    NotitiesPart(Signal<Notities> signaal, VerslagService service, Runnable vernieuw) {
        this.signaal = signaal;
        tekst.addClassName("lt-casus-tekst");
        tekst.setId("notities-tekst");
        add(new H4(getTranslation("agendapunt.notities")), tekst);
        Parts.bind(this, signaal, nu -> toon(nu, service, vernieuw));
    }

    private void toon(Notities nu, VerslagService service, Runnable vernieuw) {
        boolean schrijft = nu.schrijf() && notities != null;
        tekst.setVisible(!schrijft);
        if (!schrijft) {
            tekst.setText(nu.tekst() == null ? getTranslation("agendapunt.geen-notities") : nu.tekst());
            if (notities != null) {
                notities.setVisible(false);
                elders.setVisible(false);
                opslaan.setVisible(false);
            }
            if (nu.schrijf() && schrijven == null) {
                schrijven = Acties.openen(this, VaadinIcon.EDIT, "notities-schrijven", "agendapunt.notities-schrijven", () -> {
                    List<Component> velden = schrijfvelden(service, vernieuw);
                    toon(signaal.peek(), service, vernieuw);
                    notities.focus();
                    return velden;
                });
            }
            if (schrijven != null) {
                schrijven.setVisible(nu.schrijf());
            }
            return;
        }
        String opServer = nu.tekst() == null ? "" : nu.tekst();
        boolean eigenWijziging = nu.puntId().equals(voor) && !Objects.equals(notities.getValue(), basis);
        elders.setVisible(eigenWijziging && !Objects.equals(opServer, basis));
        if (!eigenWijziging) {
            boolean ander = !nu.puntId().equals(voor);
            notities.setValue(opServer);
            basis = opServer;
            version = nu.version();
            voor = nu.puntId();
            if (ander) {
                Concept.volg(notities, "notities." + voor);
            }
        }
        notities.setVisible(true);
        opslaan.setVisible(true);
    }

    /**
     * Saves from {@code vanaf} at {@code vanVersie}. When the other writer saved meanwhile, the server merges; when both
     * changed the same lines, the two texts are shown side by side and nothing is saved until the writer chooses.
     */
    void opslaan(VerslagService service, Runnable vernieuw, String tekst, String vanaf, long vanVersie) {
        boolean[] conflict = {false};
        String[] opgeslagen = {tekst};
        PrivacyOpslaan.opslaan(this, Map.of("notities", notities), Map.of("notities", notities.getLabel()), bevestigd -> {
            try {
                opgeslagen[0] = service.notitiesOpslaan(voor, tekst, vanaf, vanVersie, bevestigd);
            } catch (Samenvoegconflict c) {
                conflict[0] = true;
                new SamenvoegDialog(c, notities.getLabel(), VerslagService.MAX_NOTITIES, (gekozen, versie) -> {
                    notities.setValue(gekozen);
                    opslaan(service, vernieuw, gekozen, c.hun(), versie);
                }).open();
            }
        }, () -> {
            if (conflict[0]) {
                return;
            }
            // What was saved (merged with the other's save, perhaps) is now the starting point; the next read brings its version.
            boolean samengevoegd = !opgeslagen[0].equals(tekst == null ? "" : tekst.strip());
            notities.setValue(opgeslagen[0]);
            basis = opgeslagen[0];
            Concept.wis(notities);
            Meldingen.succes(this, samengevoegd ? "agendapunt.notities-samengevoegd" : "agendapunt.notities-opgeslagen");
            vernieuw.run();
        });
    }

    /** Whether the writer's field holds text that is not saved: ending the meeting asks first then. */
    boolean onbewaard() {
        return notities != null && notities.isVisible() && !Objects.equals(notities.getValue(), basis);
    }

    private List<Component> schrijfvelden(VerslagService service, Runnable vernieuw) {
        notities = new TextArea(getTranslation("agendapunt.notities"));
        notities.setMaxLength(VerslagService.MAX_NOTITIES);
        notities.setWidthFull();
        notities.setMinRows(4);
        notities.setId("notities");
        // The server must know what is being typed, or a save in another window would overwrite it.
        notities.setValueChangeMode(ValueChangeMode.LAZY);
        elders = new Span(getTranslation("agendapunt.notities-elders"));
        elders.addClassName("lt-te-evalueren");
        opslaan = new Button(getTranslation("agendapunt.notities-opslaan"), VaadinIcon.CHECK.create());
        opslaan.setId("notities-opslaan");
        opslaan.addClickListener(e -> opslaan(service, vernieuw, notities.getValue(), basis, version));
        return List.of(notities, elders, opslaan);
    }
}
