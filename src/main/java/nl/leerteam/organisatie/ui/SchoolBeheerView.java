package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.organisatie.SchoolBeheer;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Paginatitel;
import nl.leerteam.shared.ui.RouteIds;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One school's administration: its leerteams, its people and their roles, and open invitations. */
@Route("beheer/school/:schoolId")
@RolesAllowed({"BESTUURDER", "DIRECTEUR"})
public class SchoolBeheerView extends Div implements BeforeEnterObserver, Paginatitel {

    private final BeheerService beheer;
    private UUID schoolId;
    private SchoolBeheer gegevens;

    final H2 titel = new H2();
    final Span brin = new Span();
    final Button schoolWijzigen = new Button();
    final Grid<LeerteamSamenvatting> leerteams = new Grid<>();
    final Grid<LeerteamSamenvatting> archief = new Grid<>();
    private final Section archiefSectie;
    final Grid<PersoonSamenvatting> mensen = new Grid<>();
    final Grid<SchoolBeheer.OpenUitnodiging> uitnodigingen = new Grid<>();
    final Button nieuwLeerteam = new Button();
    final Button uitnodigen = new Button();
    /** Finds people in a long list by name or e-mail address, as typed. */
    final TextField zoekMensen = new TextField();
    private final LeegTekst geenLeerteams;
    private final LeegTekst geenUitnodigingen;

    public SchoolBeheerView(BeheerService beheer, nl.leerteam.organisatie.WissenService wissen) {
        this.beheer = beheer;
        boolean bestuurder = nl.leerteam.shared.security.CurrentUser.require().heeft(nl.leerteam.shared.security.Rol.BESTUURDER);
        UUID ik = nl.leerteam.shared.security.CurrentUser.require().gebruikerId();
        addClassName("lt-page");
        brin.addClassName("lt-muted");
        schoolWijzigen.setText(getTranslation("beheer.school.wijzigen"));
        schoolWijzigen.setIcon(VaadinIcon.EDIT.create());
        schoolWijzigen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        schoolWijzigen.setVisible(CurrentUser.require().heeft(Rol.BESTUURDER));
        schoolWijzigen.addClickListener(e -> new SchoolDialog(beheer, gegevens.school(), school -> {
            Meldingen.succes(this, "beheer.school.opgeslagen", school.naam());
            laad();
        }).open());

        nieuwLeerteam.setText(getTranslation("beheer.leerteam.nieuw"));
        nieuwLeerteam.setIcon(VaadinIcon.PLUS.create());
        nieuwLeerteam.setId("nieuw-leerteam");
        nieuwLeerteam.addClickListener(e -> leerteamDialog(null));
        leerteams.setId("leerteams");
        leerteams.addColumn(LeerteamSamenvatting::naam).setHeader(getTranslation("beheer.leerteam.naam"));
        leerteams.addColumn(l -> l.leden().stream().map(PersoonSamenvatting::naam).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("beheer.leerteam.leden")).setFlexGrow(3);
        leerteams.addComponentColumn(l -> new HorizontalLayout(new Button(getTranslation("actie.wijzigen"), e -> leerteamDialog(l)),
                        new Button(getTranslation("beheer.leerteam.archiveren"), e -> archiveren(l)))).setKey("acties")
                .setHeader(getTranslation("beheer.acties")).setAutoWidth(true).setFlexGrow(0);
        leerteams.setAllRowsVisible(true);
        archief.setId("leerteam-archief");
        archief.addColumn(LeerteamSamenvatting::naam).setHeader(getTranslation("beheer.leerteam.naam"));
        archief.addColumn(l -> l.leden().stream().map(PersoonSamenvatting::naam).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("beheer.leerteam.leden")).setFlexGrow(3);
        archief.addComponentColumn(l -> new Button(getTranslation("beheer.leerteam.terugzetten"), e -> {
            if (Meldingen.opslaan(this, Map.of(), () -> beheer.leerteamArchiveren(schoolId, l.id(), false))) {
                Meldingen.succes(this, "beheer.leerteam.teruggezet", l.naam());
            }
            laad();
        })).setKey("acties").setHeader(getTranslation("beheer.acties")).setAutoWidth(true).setFlexGrow(0);
        archief.setAllRowsVisible(true);
        geenLeerteams = new LeegTekst(getTranslation("beheer.geen-leerteams.titel"), getTranslation("beheer.geen-leerteams.tekst"));

        uitnodigen.setText(getTranslation("beheer.uitnodigen.titel"));
        uitnodigen.setIcon(VaadinIcon.ENVELOPE.create());
        uitnodigen.setId("uitnodigen");
        uitnodigen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        uitnodigen.addClickListener(e -> new UitnodigingDialog(beheer, schoolId, actief(), verstuurd -> {
            new UitnodigingLinkDialog(verstuurd).open();
            laad();
        }).open());
        mensen.setId("mensen");
        mensen.addColumn(PersoonSamenvatting::naam).setHeader(getTranslation("beheer.persoon.naam")).setFlexGrow(2);
        mensen.addColumn(PersoonSamenvatting::email).setHeader(getTranslation("beheer.persoon.email")).setFlexGrow(2);
        mensen.addColumn(p -> SchoolRollen.tekst(this, p.rollen())).setHeader(getTranslation("beheer.rollen"));
        mensen.addColumn(p -> getTranslation(p.actief() ? "beheer.persoon.actief" : "beheer.persoon.uitgenodigd"))
                .setHeader(getTranslation("beheer.persoon.status"));
        mensen.addComponentColumn(p -> {
                    HorizontalLayout acties = new HorizontalLayout(new Button(getTranslation("beheer.rollen.wijzigen"),
                            e -> new RollenDialog(beheer, schoolId, p, this::laad).open()));
                    // erasing an account is for board staff, and never one's own
                    if (bestuurder && !p.id().equals(ik)) {
                        Button wis = new Button(getTranslation("wissen.knop"), e -> WissenVraag.open(this, wissen, p.id(), p.naam(), this::laad));
                        wis.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                        wis.setAriaLabel(getTranslation("wissen.titel", p.naam()));
                        acties.add(wis);
                    }
                    return acties;
                }).setKey("acties")
                .setHeader(getTranslation("beheer.acties")).setAutoWidth(true).setFlexGrow(0);
        mensen.setAllRowsVisible(true);

        uitnodigingen.setId("uitnodigingen");
        uitnodigingen.addColumn(SchoolBeheer.OpenUitnodiging::naam).setHeader(getTranslation("beheer.persoon.naam"));
        uitnodigingen.addColumn(SchoolBeheer.OpenUitnodiging::email).setHeader(getTranslation("beheer.persoon.email"));
        uitnodigingen.addColumn(u -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(u.verlooptOp().atZone(ZoneId.systemDefault()))).setHeader(getTranslation("beheer.uitnodiging.verloopt"));
        uitnodigingen.addComponentColumn(u -> new HorizontalLayout(
                new Button(getTranslation("beheer.uitnodiging.nieuwe-link"), e -> {
                    new UitnodigingLinkDialog(beheer.opnieuwUitnodigen(schoolId, u.gebruikerId())).open();
                    laad();
                }),
                new Button(getTranslation("beheer.uitnodiging.intrekken"), e -> {
                    beheer.uitnodigingIntrekken(schoolId, u.id());
                    Meldingen.succes(this, "beheer.uitnodiging.ingetrokken", u.naam());
                    laad();
                }))).setKey("acties").setHeader(getTranslation("beheer.acties")).setAutoWidth(true).setFlexGrow(0);
        uitnodigingen.setAllRowsVisible(true);
        geenUitnodigingen = new LeegTekst(getTranslation("beheer.geen-uitnodigingen.titel"),
                getTranslation("beheer.geen-uitnodigingen.tekst"));

        zoekMensen.setPlaceholder(getTranslation("beheer.mensen.zoek"));
        zoekMensen.setAriaLabel(getTranslation("beheer.mensen.zoek"));
        zoekMensen.setPrefixComponent(VaadinIcon.SEARCH.create());
        zoekMensen.setClearButtonVisible(true);
        zoekMensen.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        zoekMensen.setId("mensen-zoek");
        zoekMensen.addValueChangeListener(e -> toonMensen());

        // Three sections one below the other rather than tabs: everything findable at once (Ctrl+F), and no
        // tab list that assistive technology is told holds tabs it cannot find.
        HorizontalLayout kop = new HorizontalLayout(titel, schoolWijzigen);
        kop.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        HorizontalLayout mensenActies = new HorizontalLayout(uitnodigen, zoekMensen);
        mensenActies.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        archiefSectie = sectie("archief-sectie", "beheer.leerteam.archief", archiefUitleg(), archief);
        add(kop, brin, sectie("leerteams-sectie", "beheer.tab.leerteams", nieuwLeerteam, leerteams, geenLeerteams), archiefSectie,
                sectie("mensen-sectie", "beheer.tab.mensen", mensenActies, mensen),
                sectie("uitnodigingen-sectie", "beheer.tab.uitnodigingen", uitnodigingen, geenUitnodigingen));
    }

    public static RouteParameters parameters(UUID schoolId) {
        return new RouteParameters("schoolId", schoolId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        schoolId = RouteIds.uit(event, "schoolId");
        laad();
    }

    private void laad() {
        gegevens = beheer.schoolBeheer(schoolId);
        titel.setText(gegevens.school().naam());
        brin.setText(getTranslation("school.brin-en-plaats", gegevens.school().brin(),
                gegevens.school().plaats() == null ? "" : gegevens.school().plaats()));
        List<LeerteamSamenvatting> actief = actief();
        leerteams.setItems(actief);
        leerteams.setVisible(!actief.isEmpty());
        geenLeerteams.setVisible(actief.isEmpty());
        List<LeerteamSamenvatting> gearchiveerd = gegevens.leerteams().stream().filter(LeerteamSamenvatting::gearchiveerd).toList();
        archief.setItems(gearchiveerd);
        archiefSectie.setVisible(!gearchiveerd.isEmpty());
        toonMensen();
        uitnodigingen.setItems(gegevens.uitnodigingen());
        uitnodigingen.setVisible(!gegevens.uitnodigingen().isEmpty());
        geenUitnodigingen.setVisible(gegevens.uitnodigingen().isEmpty());
    }

    private List<LeerteamSamenvatting> actief() {
        return gegevens.leerteams().stream().filter(l -> !l.gearchiveerd()).toList();
    }

    private Paragraph archiefUitleg() {
        Paragraph uitleg = new Paragraph(
                getTranslation("beheer.leerteam.archief.uitleg"));
        uitleg.addClassName("lt-muted");
        return uitleg;
    }

    /** Asks first: archiving takes a leerteam out of every list, though nothing in it is deleted. */
    private void archiveren(LeerteamSamenvatting leerteam) {
        ConfirmDialog vraag = new ConfirmDialog();
        vraag.setHeader(getTranslation("beheer.leerteam.archiveren.titel", leerteam.naam()));
        vraag.setText(getTranslation("beheer.leerteam.archiveren.tekst"));
        vraag.setCancelable(true);
        vraag.setCancelText(getTranslation("actie.annuleren"));
        vraag.setConfirmText(getTranslation("beheer.leerteam.archiveren"));
        vraag.setId("leerteam-archiveren");
        vraag.addConfirmListener(e -> {
            if (Meldingen.opslaan(this, Map.of(), () -> beheer.leerteamArchiveren(schoolId, leerteam.id(), true))) {
                Meldingen.succes(this, "beheer.leerteam.gearchiveerd", leerteam.naam());
            }
            laad();
        });
        vraag.open();
    }

    private void toonMensen() {
        String zoek = zoekMensen.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        mensen.setItems(gegevens.mensen().stream().filter(p -> zoek.isEmpty() || p.naam().toLowerCase(java.util.Locale.ROOT).contains(zoek)
                || (p.email() != null && p.email().toLowerCase(java.util.Locale.ROOT).contains(zoek))).toList());
    }

    private Section sectie(String id, String kopKey, com.vaadin.flow.component.Component... inhoud) {
        Section sectie = new Section();
        sectie.setId(id);
        H3 kop = new H3(getTranslation(kopKey));
        kop.addClassName("lt-section");
        sectie.add(kop);
        sectie.add(inhoud);
        return sectie;
    }

    private void leerteamDialog(LeerteamSamenvatting bestaand) {
        new LeerteamDialog(beheer, schoolId, bestaand, gegevens.mensen(), leerteam -> {
            Meldingen.succes(this, "beheer.leerteam.opgeslagen", leerteam.naam());
            laad();
        }).open();
    }

    @Override
    public String titel() {
        return gegevens == null ? getTranslation("beheer.titel") : gegevens.school().naam();
    }
}
