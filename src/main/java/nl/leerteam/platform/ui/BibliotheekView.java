package nl.leerteam.platform.ui;

import com.vaadin.flow.component.UI;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.platform.Bibliotheek;
import nl.leerteam.platform.BibliotheekService;
import nl.leerteam.platform.ThemaService;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.shared.ui.LiveRefresh;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The studiedag library: what the person's schools made (also what is not shared yet) and what the board's
 * other schools shared, filtered by a word and a theme; everybody of a school adds files for it.
 */
@Route("platform/bibliotheek")
@RolesAllowed({"LEERKRACHT", "KC", "DIRECTEUR", "BESTUURDER"})
public class BibliotheekView extends Div implements Paginatitel {

    private final BibliotheekService service;
    final Button toevoegen = new Button();
    final TextField zoek = new TextField();
    final Select<String> thema = new Select<>();
    final UnorderedList lijst = new UnorderedList();
    final Div leeg = new Div();
    private List<Bibliotheek.Samenvatting> bestanden = List.of();

    public BibliotheekView(BibliotheekService service, ThemaService themaService, LiveUpdates live) {
        this.service = service;
        addClassName("lt-page");
        add(new RouterLink(getTranslation("platform.terug"), PlatformView.class), new H2(getTranslation("bibliotheek.titel")),
                new Paragraph(getTranslation("bibliotheek.uitleg")));
        Map<UUID, String> scholen = service.uploadScholen();
        toevoegen.setText(getTranslation("bibliotheek.toevoegen"));
        toevoegen.setIcon(VaadinIcon.UPLOAD.create());
        toevoegen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toevoegen.setId("bibliotheek-toevoegen");
        toevoegen.setVisible(!scholen.isEmpty());
        toevoegen.addClickListener(e -> new BestandDialog(service, themaService.themas(), scholen, null,
                id -> UI.getCurrent().navigate(BestandView.class, BestandView.parameters(id))).open());
        zoek.setLabel(getTranslation("bibliotheek.zoek"));
        zoek.setClearButtonVisible(true);
        zoek.setValueChangeMode(ValueChangeMode.LAZY);
        zoek.setId("bibliotheek-zoek");
        zoek.addValueChangeListener(e -> toon());
        thema.setLabel(getTranslation("platform.kaart.themas"));
        List<String> themas = new ArrayList<>();
        themas.add("");
        themaService.themas().forEach(t -> themas.add(t.naam()));
        thema.setItems(themas);
        thema.setItemLabelGenerator(t -> t.isEmpty() ? getTranslation("bibliotheek.alle-themas") : t);
        thema.setValue("");
        thema.addValueChangeListener(e -> toon());
        Div invoer = new Div(toevoegen, zoek, thema);
        invoer.addClassName("lt-invoer");
        lijst.setId("bibliotheek-lijst");
        lijst.addClassName("lt-bijdragen");
        add(invoer, leeg, lijst);
        vernieuw();
        LiveRefresh.bind(this, live, BibliotheekService.LIVE_TOPIC, () -> CurrentUser.require().bestuurId(), this::vernieuw);
    }

    void vernieuw() {
        bestanden = service.bestanden();
        toon();
    }

    private void toon() {
        lijst.removeAll();
        leeg.removeAll();
        String woord = zoek.getValue() == null ? "" : zoek.getValue().strip().toLowerCase(Locale.ROOT);
        String gekozen = thema.getValue() == null ? "" : thema.getValue();
        List<Bibliotheek.Samenvatting> getoond = bestanden.stream()
                .filter(b -> woord.isEmpty() || (b.titel() + " " + (b.studiedag() == null ? "" : b.studiedag())).toLowerCase(Locale.ROOT)
                        .contains(woord))
                .filter(b -> gekozen.isEmpty() || b.themas().contains(gekozen)).toList();
        if (bestanden.isEmpty()) {
            leeg.add(new LeegTekst(getTranslation("bibliotheek.geen.titel"), getTranslation("bibliotheek.geen.tekst")));
        } else if (getoond.isEmpty()) {
            leeg.add(new Paragraph(getTranslation("bibliotheek.niets-gevonden")));
        }
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        getoond.forEach(b -> {
            List<String> over = new ArrayList<>();
            over.add(b.soort());
            over.add(b.schoolNaam());
            if (b.studiedag() != null) {
                over.add(b.studiedag() + (b.studiedagDatum() == null ? "" : " (" + datum.format(b.studiedagDatum()) + ")"));
            }
            if (!b.themas().isEmpty()) {
                over.add(String.join(", ", b.themas()));
            }
            Span regel = new Span(" " + String.join(" · ", over));
            regel.addClassName("lt-muted");
            Span stand = new Span(getTranslation("bibliotheek.zichtbaar." + b.zichtbaar().name().toLowerCase(Locale.ROOT)));
            stand.getElement().getThemeList().add(b.zichtbaar() == Bibliotheek.Zichtbaar.BESTUUR ? "badge success" : "badge contrast");
            ListItem item = new ListItem(new RouterLink(b.titel(), BestandView.class, BestandView.parameters(b.id())), regel,
                    new Span(" "), stand);
            if (b.bevindingen()) {
                Span bevinding = new Span(getTranslation("bibliotheek.bevinding.kort"));
                bevinding.getElement().getThemeList().add("badge error");
                item.add(new Span(" "), bevinding);
            }
            item.addClassName("lt-bijdrage");
            lijst.add(item);
        });
    }

    @Override
    public String titel() {
        return getTranslation("bibliotheek.titel");
    }
}
