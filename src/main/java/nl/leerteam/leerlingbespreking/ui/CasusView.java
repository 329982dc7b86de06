package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.leerlingbespreking.CasusDetails;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.leerlingbespreking.CasusStatus;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.RouteIds;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** One case, as its leerteam and the school's KCs read it; its owner changes it from here. */
@Route("casussen/:casusId")
@RolesAllowed({"LEERKRACHT", "KC"})
public class CasusView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CasusService casussen;
    private CasusDetails casus;

    final H2 titel = new H2();
    final Paragraph onderkop = new Paragraph();
    final Button wijzigen = new Button();
    final Button afsluiten = new Button();
    final Div inhoud = new Div();
    private final RouterLink terug = new RouterLink();

    public CasusView(CasusService casussen, OrganisatieService organisatie) {
        this.casussen = casussen;
        addClassName("lt-page");
        onderkop.addClassName("lt-muted");
        wijzigen.setText(getTranslation("casus.wijzigen"));
        wijzigen.setIcon(VaadinIcon.EDIT.create());
        wijzigen.setId("casus-wijzigen");
        wijzigen.addClickListener(e -> new CasusDialoog(casus.inhoud().pseudoniem(), casus.inhoud(),
                (formulier, bevestigd) -> casussen.wijzigen(casus.id(), formulier, bevestigd),
                gewijzigd -> {
                    Meldingen.succes(this, "casus.opgeslagen", gewijzigd.inhoud().pseudoniem());
                    toon(gewijzigd);
                }).open());
        afsluiten.setText(getTranslation("casus.afsluiten"));
        afsluiten.setIcon(VaadinIcon.CHECK.create());
        afsluiten.setId("casus-afsluiten");
        afsluiten.addClickListener(e -> {
            ConfirmDialog vraag = new ConfirmDialog(getTranslation("casus.afsluiten.vraag"),
                    getTranslation("casus.afsluiten.uitleg", organisatie.bewaartermijnMaanden()),
                    getTranslation("casus.afsluiten"), bevestigd -> Meldingen.opslaan(this, Map.of(), () -> {
                        toon(casussen.afsluiten(casus.id(), casus.inhoud().version()));
                        Meldingen.succes(this, "casus.afgesloten", casus.inhoud().pseudoniem());
                    }));
            vraag.setCancelable(true);
            vraag.setCancelText(getTranslation("actie.annuleren"));
            vraag.open();
        });
        inhoud.addClassName("lt-casus");
        add(terug, titel, onderkop, new HorizontalLayout(wijzigen, afsluiten), inhoud);
    }

    public static RouteParameters parameters(UUID casusId) {
        return new RouteParameters("casusId", casusId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        toon(casussen.casus(RouteIds.uit(event, "casusId")));
    }

    private void toon(CasusDetails details) {
        casus = details;
        CasusFormulier i = details.inhoud();
        terug.setText(getTranslation("casus.terug", details.leerteamNaam()));
        terug.setRoute(CasussenView.class, CasussenView.parameters(details.leerteamId()));
        titel.setText(getTranslation("casus.titel", i.pseudoniem(), i.groep()));
        onderkop.setText(getTranslation("casus.onderkop", details.eigenaarNaam(), details.leerteamNaam(),
                getTranslation("casus.status." + details.status().name().toLowerCase(Locale.ROOT))));
        boolean open = details.status() != CasusStatus.GESLOTEN;
        wijzigen.setVisible(details.eigenaar() && open);
        afsluiten.setVisible(details.eigenaar() && open);
        inhoud.removeAll();
        blok("casus.hulpvraag", i.hulpvraag());
        blok("casus.wat-zie-ik", i.watZieIk());
        blok("casus.al-geprobeerd", i.alGeprobeerd());
        blok("casus.wat-gaat-goed", i.watGaatGoed());
        blok("casus.wat-belemmert", i.watBelemmert());
        if (i.oudersBetrokken()) {
            blok("casus.ouders", getTranslation("casus.ouders.betrokken",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(i.oudersDatum()),
                    i.oudersAfspraken()));
        } else {
            blok("casus.ouders", i.oudersWaaromNiet() == null ? getTranslation("casus.ouders.nog-niet")
                    : getTranslation("casus.ouders.nog-niet-omdat", i.oudersWaaromNiet()));
        }
        if (!i.tags().isEmpty()) {
            blok("casus.tags", String.join(", ", i.tags()));
        }
    }

    private void blok(String labelKey, String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return;
        }
        Paragraph alinea = new Paragraph(tekst);
        alinea.addClassName("lt-casus-tekst");
        inhoud.add(new H3(getTranslation(labelKey)), alinea);
    }

    @Override
    public String getPageTitle() {
        return casus == null ? getTranslation("casus.casussen") : casus.inhoud().pseudoniem();
    }
}
