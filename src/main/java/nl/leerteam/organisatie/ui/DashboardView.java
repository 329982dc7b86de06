package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.html.Div;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.leerteam.organisatie.MijnOverzicht;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.DashboardContributor;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.shared.ui.LeerteamLink;
import nl.leerteam.shared.ui.LeerteamLinkContributor;

import java.util.List;

import java.util.stream.Collectors;

/**
 * The start page. Everybody sees their schools and leerteams; a KC and a director also the other
 * leerteams of their schools; board staff a way into the administration.
 */
@Route("")
@RouteAlias("overzicht")
@PermitAll
public class DashboardView extends Div implements Paginatitel {

    public DashboardView(OrganisatieService organisatie, List<LeerteamLinkContributor> contributors,
                         List<DashboardContributor> secties) {
        addClassName("lt-page");
        List<LeerteamLink> links = LeerteamLinks.van(contributors);
        MijnOverzicht overzicht = organisatie.mijnOverzicht();
        H2 welkom = new H2(getTranslation("dashboard.welkom", voornaam(overzicht.naam())));
        welkom.setId("welkom");
        add(welkom);
        if (overzicht.bestuurNaam() != null) {
            Span bestuur = new Span(overzicht.bestuurNaam());
            bestuur.addClassName("lt-muted");
            add(bestuur);
        }

        secties.forEach(bijdrage -> bijdrage.sectie().ifPresent(this::add));

        add(sectie("dashboard.mijn-leerteams"));
        if (overzicht.mijnLeerteams().isEmpty()) {
            add(new LeegTekst(getTranslation("dashboard.geen-leerteams.titel"),
                    getTranslation(overzicht.rollen().contains(Rol.DIRECTEUR) || overzicht.rollen().contains(Rol.BESTUURDER)
                            ? "dashboard.geen-leerteams.beheer" : "dashboard.geen-leerteams.tekst")));
        } else {
            Div kaarten = kaarten("mijn-leerteams");
            overzicht.mijnLeerteams().forEach(team -> kaarten.add(new LeerteamKaart(team, false, links)));
            add(kaarten);
        }

        if (!overzicht.andereLeerteams().isEmpty()) {
            add(sectie("dashboard.leerteams-van-school"));
            Div kaarten = kaarten("andere-leerteams");
            overzicht.andereLeerteams().forEach(team -> kaarten.add(new LeerteamKaart(team, false, links)));
            add(kaarten);
        }

        add(sectie("dashboard.mijn-scholen"));
        if (overzicht.scholen().isEmpty()) {
            add(new LeegTekst(getTranslation("dashboard.geen-scholen.titel"), getTranslation(
                    overzicht.rollen().contains(Rol.BEHEERDER) ? "dashboard.geen-scholen.beheerder" : "dashboard.geen-scholen.tekst")));
        } else {
            Div kaarten = kaarten("mijn-scholen");
            for (MijnOverzicht.MijnSchool school : overzicht.scholen()) {
                Div kaart = new Div();
                kaart.addClassNames("lt-card", "lt-school");
                Span brin = new Span(getTranslation("school.brin-en-plaats", school.school().brin(),
                        school.school().plaats() == null ? "" : school.school().plaats()));
                brin.addClassName("lt-muted");
                kaart.add(new H3(school.school().naam()), brin);
                if (!school.mijnRollen().isEmpty()) {
                    kaart.add(new Paragraph(getTranslation("dashboard.mijn-rollen", school.mijnRollen().stream()
                            .sorted().map(r -> getTranslation(r.labelKey())).collect(Collectors.joining(", ")))));
                }
                kaart.add(new Paragraph(getTranslation("dashboard.school-telling", school.aantalLeerteams(), school.aantalMensen())));
                if (overzicht.rollen().contains(Rol.BESTUURDER) || school.mijnRollen().contains(Rol.DIRECTEUR)) {
                    kaart.add(new RouterLink(getTranslation("dashboard.beheer-school"), SchoolBeheerView.class,
                            SchoolBeheerView.parameters(school.school().id())));
                }
                kaarten.add(kaart);
            }
            add(kaarten);
        }
    }

    private H2 sectie(String key) {
        H2 kop = new H2(getTranslation(key));
        kop.addClassName("lt-section");
        return kop;
    }

    private static Div kaarten(String id) {
        Div kaarten = new Div();
        kaarten.addClassName("lt-cards");
        kaarten.setId(id);
        return kaarten;
    }

    private static String voornaam(String naam) {
        int spatie = naam.indexOf(' ');
        return spatie < 0 ? naam : naam.substring(0, spatie);
    }

    @Override
    public String titel() {
        return getTranslation("dashboard.titel");
    }
}
