package nl.leerteam.platform.ui;

import com.vaadin.flow.component.UI;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.platform.KaartSamenvatting;
import nl.leerteam.platform.KaartStand;
import nl.leerteam.platform.PraktijkkaartService;
import nl.leerteam.platform.ThemaService;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.LeegTekst;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The board's practice cards: published ones for everybody of the board, the school's concepts for its
 * people, and for KCs the cards of other schools that wait for their review.
 */
@Route("platform")
@RolesAllowed({"LEERKRACHT", "KC", "DIRECTEUR", "BESTUURDER"})
public class PlatformView extends Div implements Paginatitel {

    private final PraktijkkaartService service;
    final Button nieuw = new Button();
    final Button themas = new Button();
    final Div lijsten = new Div();

    final Button volgen = new Button();

    public PlatformView(PraktijkkaartService service, ThemaService themaService, nl.leerteam.organisatie.OrganisatieService organisatie,
                        nl.leerteam.platform.VolgService volgService) {
        this.service = service;
        addClassName("lt-page");
        add(new H2(getTranslation("platform.titel")), new Paragraph(getTranslation("platform.uitleg")));
        Map<UUID, String> scholen = service.schrijfScholen();
        nieuw.setText(getTranslation("platform.kaart.nieuw"));
        nieuw.setIcon(VaadinIcon.PLUS.create());
        nieuw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nieuw.setId("kaart-nieuw");
        nieuw.setVisible(!scholen.isEmpty());
        nieuw.addClickListener(e -> new KaartFormulier(service, themaService.themas(), scholen, null,
                id -> UI.getCurrent().navigate(KaartView.class, KaartView.parameters(id))).open());
        themas.setText(getTranslation("platform.themas"));
        themas.setIcon(VaadinIcon.TAGS.create());
        themas.setId("platform-themas");
        themas.setVisible(CurrentUser.require().heeft(Rol.BESTUURDER));
        themas.addClickListener(e -> new ThemasDialog(themaService).open());
        RouterLink vragen = new RouterLink(getTranslation("platform.vragen.titel"), VragenView.class);
        vragen.setId("platform-vragen");
        vragen.setVisible(CurrentUser.require().heeft(Rol.KC) || CurrentUser.require().heeft(Rol.BESTUURDER));
        RouterLink bibliotheek = new RouterLink(getTranslation("platform.bibliotheek"), BibliotheekView.class);
        bibliotheek.setId("platform-bibliotheek");
        volgen.setText(getTranslation("platform.volgen"));
        volgen.setIcon(VaadinIcon.BELL_O.create());
        volgen.setId("platform-volgen");
        volgen.addClickListener(e -> new VolgenDialog(volgService, themaService).open());
        Div knoppen = new Div(nieuw, themas, volgen, vragen, bibliotheek);
        if (CurrentUser.require().heeft(Rol.KC) || CurrentUser.require().heeft(Rol.BESTUURDER)) {
            // the meetings are the bijeenkomst module's pages, reached by path: the platform does not depend on its screens
            com.vaadin.flow.component.html.Anchor bijeenkomsten = new com.vaadin.flow.component.html.Anchor(
                    "leerteams/" + organisatie.kcPlatform() + "/bijeenkomsten", getTranslation("platform.bijeenkomsten"));
            bijeenkomsten.getElement().setAttribute("router-link", true);
            bijeenkomsten.setId("platform-bijeenkomsten");
            knoppen.add(bijeenkomsten);
        }
        knoppen.addClassName("lt-invoer");
        lijsten.setId("kaarten");
        add(knoppen, lijsten);
        toon(service.kaarten());
    }

    private void toon(List<KaartSamenvatting> kaarten) {
        lijsten.removeAll();
        if (kaarten.isEmpty()) {
            lijsten.add(new LeegTekst(getTranslation("platform.geen.titel"), getTranslation("platform.geen.tekst")));
            return;
        }
        for (KaartStand stand : List.of(KaartStand.TER_REVIEW, KaartStand.CONCEPT, KaartStand.GEPUBLICEERD, KaartStand.VEROUDERD)) {
            List<KaartSamenvatting> deze = kaarten.stream().filter(k -> k.stand() == stand).toList();
            if (deze.isEmpty()) {
                continue;
            }
            UnorderedList lijst = new UnorderedList();
            lijst.addClassName("lt-bijdragen");
            lijst.setId("kaarten-" + stand.name().toLowerCase(Locale.ROOT));
            deze.forEach(k -> lijst.add(item(k)));
            lijsten.add(new H3(getTranslation("platform.stand.kop." + stand.name().toLowerCase(Locale.ROOT))), lijst);
        }
    }

    private ListItem item(KaartSamenvatting k) {
        RouterLink link = new RouterLink(k.titel(), KaartView.class, KaartView.parameters(k.id()));
        Span over = new Span(" " + String.join(" · ", java.util.stream.Stream.concat(
                java.util.stream.Stream.of(getTranslation("platform.domein." + k.domein().name().toLowerCase(Locale.ROOT)), k.schoolNaam()),
                k.themas().stream()).filter(t -> !t.isBlank()).toList()));
        over.addClassName("lt-muted");
        ListItem item = new ListItem(link, over);
        item.addClassName("lt-bijdrage");
        return item;
    }

    @Override
    public String titel() {
        return getTranslation("platform.titel");
    }
}
