package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.leerteam.organisatie.Privacyverklaring;
import nl.leerteam.organisatie.PrivacyverklaringService;
import nl.leerteam.shared.ui.Paginatitel;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The privacy statement a school links to from its website, for parents and teachers, in plain Dutch or English: which
 * data, why, how long and who sees it, written from the board's actual settings. Readable without a login.
 */
@Route(value = "privacyverklaring/:school", autoLayout = false)
@AnonymousAllowed
public class PrivacyverklaringView extends Div implements BeforeEnterObserver, Paginatitel {

    private static final Locale ENGELS = Locale.ENGLISH;
    private static final Locale NEDERLANDS = Locale.of("nl");

    private final PrivacyverklaringService service;
    private Locale taal = NEDERLANDS;
    private String schoolNaam = "";

    public PrivacyverklaringView(PrivacyverklaringService service) {
        this.service = service;
        addClassName("lt-page");
        addClassName("lt-verklaring");
    }

    public static RouteParameters parameters(UUID schoolId) {
        return new RouteParameters("school", schoolId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Privacyverklaring> verklaring = event.getRouteParameters().get("school").flatMap(PrivacyverklaringView::uuid)
                .flatMap(service::verklaring);
        if (verklaring.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        taal = event.getLocation().getQueryParameters().getSingleParameter("taal").map(t -> t.equals("en") ? ENGELS : NEDERLANDS)
                .orElse("en".equals(getLocale().getLanguage()) ? ENGELS : NEDERLANDS);
        toon(verklaring.get(), event.getLocation().getPath());
    }

    private void toon(Privacyverklaring v, String pad) {
        removeAll();
        schoolNaam = v.schoolNaam();
        getElement().setAttribute("lang", taal.getLanguage());
        boolean engels = taal.equals(ENGELS);
        Anchor andereTaal = new Anchor("/" + pad + "?taal=" + (engels ? "nl" : "en"), t("privacyverklaring.andere-taal"));
        andereTaal.getElement().setAttribute("hreflang", engels ? "nl" : "en");
        andereTaal.setId("andere-taal");
        add(andereTaal, new H1(t("privacyverklaring.titel", v.schoolNaam())),
                new Paragraph(t("privacyverklaring.intro", v.schoolNaam(), v.bestuurNaam())));

        sectie("privacyverklaring.gegevens", lijst("privacyverklaring.gegevens.leerkrachten",
                "privacyverklaring.gegevens.leerlingen", "privacyverklaring.gegevens.toetsen", "privacyverklaring.gegevens.niet"));
        sectie("privacyverklaring.waarom", new Paragraph(t("privacyverklaring.waarom.tekst")));
        UnorderedList termijnen = new UnorderedList(
                new ListItem(t("privacyverklaring.termijn.casussen", v.termijnen().casusMaanden())),
                new ListItem(t("privacyverklaring.termijn.bezoeken", v.termijnen().bezoekMaanden())),
                new ListItem(t("privacyverklaring.termijn.uitnodigingen", v.termijnen().uitnodigingDagen())),
                new ListItem(t("privacyverklaring.termijn.samen")),
                new ListItem(t("privacyverklaring.termijn.audit")));
        termijnen.setId("termijnen");
        sectie("privacyverklaring.hoelang", termijnen);
        sectie("privacyverklaring.wie", new UnorderedList(
                new ListItem(t("privacyverklaring.wie.casus")),
                new ListItem(t("privacyverklaring.wie.bezoek")),
                new ListItem(t("privacyverklaring.wie.schoolbeeld", v.minimumAantal())),
                new ListItem(t("privacyverklaring.wie.trends", v.minimumAantal())),
                new ListItem(t("privacyverklaring.wie.bestuur", v.bestuurNaam()))));
        sectie("privacyverklaring.rechten", lijst("privacyverklaring.rechten.inzage", "privacyverklaring.rechten.lezers",
                "privacyverklaring.rechten.wissen", "privacyverklaring.rechten.ouders"));
        sectie("privacyverklaring.contact", new Paragraph(t("privacyverklaring.contact.tekst", v.schoolNaam(), v.bestuurNaam())));
    }

    private void sectie(String sleutel, com.vaadin.flow.component.Component inhoud) {
        H2 kop = new H2(t(sleutel));
        kop.addClassName("lt-section");
        add(kop, inhoud);
    }

    private UnorderedList lijst(String... sleutels) {
        UnorderedList lijst = new UnorderedList();
        for (String sleutel : sleutels) {
            lijst.add(new ListItem(t(sleutel)));
        }
        return lijst;
    }

    private String t(String sleutel, Object... parameters) {
        return getTranslation(taal, sleutel, parameters);
    }

    private static Optional<UUID> uuid(String tekst) {
        try {
            return Optional.of(UUID.fromString(tekst));
        } catch (IllegalArgumentException geenId) {
            return Optional.empty();
        }
    }

    @Override
    public String titel() {
        return t("privacyverklaring.titel", schoolNaam);
    }
}
