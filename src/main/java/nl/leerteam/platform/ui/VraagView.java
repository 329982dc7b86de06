package nl.leerteam.platform.ui;

import com.vaadin.flow.component.button.Button;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.platform.VraagService;
import nl.leerteam.platform.Vragen;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.ui.LiveRefresh;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.RouteIds;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** One question with its answers, live; the asker marks the answer that helped, others answer or follow it. */
@Route("platform/vragen/:vraagId")
@RolesAllowed({"KC", "BESTUURDER"})
public class VraagView extends Div implements BeforeEnterObserver, Paginatitel {

    private final VraagService service;
    final H2 titel = new H2();
    final Paragraph tekst = new Paragraph();
    final UnorderedList antwoorden = new UnorderedList();
    final TextArea antwoord = new TextArea();
    final Button beantwoorden = new Button();
    final Checkbox volgen = new Checkbox();
    private UUID vraagId;
    private Vragen.Details vraag;

    public VraagView(VraagService service, LiveUpdates live) {
        this.service = service;
        addClassName("lt-page");
        antwoorden.setId("antwoorden");
        antwoorden.addClassName("lt-bijdragen");
        antwoord.setLabel(getTranslation("platform.vraag.antwoord"));
        antwoord.setMaxLength(VraagService.MAX_TEKST);
        antwoord.setWidthFull();
        antwoord.setId("antwoord");
        beantwoorden.setText(getTranslation("platform.vraag.beantwoorden"));
        beantwoorden.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        beantwoorden.setId("beantwoorden");
        beantwoorden.addClickListener(e -> PrivacyOpslaan.opslaan(this, Map.of("antwoord", antwoord), Map.of("antwoord", antwoord.getLabel()),
                bevestigd -> service.beantwoorden(vraagId, antwoord.getValue(), bevestigd), () -> {
                    antwoord.clear();
                    vernieuw();
                }));
        volgen.setLabel(getTranslation("platform.vraag.volgen"));
        volgen.setId("vraag-volgen");
        volgen.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Meldingen.opslaan(this, Map.of(), () -> service.volgen(vraagId, e.getValue()));
            }
        });
        tekst.setWhiteSpace(com.vaadin.flow.component.HasText.WhiteSpace.PRE_LINE);
        add(new RouterLink(getTranslation("platform.vragen.terug"), VragenView.class), titel, tekst, volgen, antwoorden, antwoord, beantwoorden);
        LiveRefresh.bind(this, live, VraagService.LIVE_TOPIC, () -> vraagId, this::vernieuw);
    }

    public static RouteParameters parameters(UUID vraagId) {
        return new RouteParameters("vraagId", vraagId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        vraagId = RouteIds.uit(event, "vraagId");
        vernieuw();
    }

    void vernieuw() {
        vraag = service.vraag(vraagId);
        titel.setText(vraag.titel());
        tekst.setText((vraag.tekst() == null ? "" : vraag.tekst() + "\n") + getTranslation("platform.vraag.door", vraag.vragerNaam(),
                getTranslation("platform.domein." + vraag.domein().name().toLowerCase(Locale.ROOT))));
        volgen.setValue(vraag.volgIk());
        antwoord.setVisible(vraag.magBeantwoorden());
        beantwoorden.setVisible(vraag.magBeantwoorden());
        antwoorden.removeAll();
        vraag.antwoorden().forEach(a -> {
            Span door = new Span(a.auteurNaam());
            door.addClassName("lt-bijdrage-auteur");
            ListItem item = new ListItem(new com.vaadin.flow.component.Text(a.tekst()), door);
            item.addClassName("lt-bijdrage");
            if (a.geholpen()) {
                Span hielp = new Span(getTranslation("platform.vraag.hielp"));
                hielp.getElement().getThemeList().add("badge success");
                item.addComponentAsFirst(hielp);
            } else if (vraag.magKiezen()) {
                Button kies = new Button(getTranslation("platform.vraag.dit-hielp"), e -> Meldingen.opslaan(this, Map.of(), () -> {
                    service.geholpen(vraagId, a.id(), vraag.version());
                    vernieuw();
                }));
                kies.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                kies.addClassName("antwoord-hielp");
                item.add(kies);
            }
            if (a.vanMij()) {
                RouterLink kaart = new RouterLink(getTranslation("platform.vraag.als-kaart"), KaartVanSchoolView.class,
                        new com.vaadin.flow.router.RouteParameters(Map.of("bron", "antwoord", "bronId", a.id().toString())));
                kaart.addClassName("antwoord-als-kaart");
                item.add(new Span(" "), kaart);
            }
            antwoorden.add(item);
        });
    }

    @Override
    public String titel() {
        return titel.getText().isEmpty() ? getTranslation("platform.vragen.titel") : titel.getText();
    }
}
