package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.Component;
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

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import java.util.stream.Collectors;

/**
 * The start page: first what waits for the person now (each module adds its own section: meetings and
 * action items, cases, visits, the quality calendar), then their leerteams and schools. A KC and a
 * director also see the other leerteams of their schools; board staff a way into the administration.
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

        List<Component> wachtend = secties.stream().sorted(Comparator.comparingInt(DashboardContributor::volgorde))
                .flatMap(bijdrage -> bijdrage.sectie().stream()).toList();
        if (wachtend.isEmpty() && !overzicht.scholen().isEmpty()) {
            LeegTekst rustig = new LeegTekst(getTranslation("dashboard.niets-wacht.titel"),
                    getTranslation(nietsWachtTekst(overzicht.rollen())));
            rustig.setId("niets-wacht");
            add(rustig);
        }
        wachtend.forEach(this::add);

        add(sectie("dashboard.mijn-leerteams"));
        if (overzicht.mijnLeerteams().isEmpty()) {
            add(new LeegTekst(getTranslation("dashboard.geen-leerteams.titel"),
                    getTranslation(geenLeerteamsTekst(overzicht.rollen()))));
        } else {
            Div kaarten = kaarten("mijn-leerteams");
            overzicht.mijnLeerteams().forEach(team -> kaarten.add(new LeerteamKaart(team, false, links)));
            add(kaarten);
        }

        if (!overzicht.andereLeerteams().isEmpty()) {
            add(sectie("dashboard.leerteams-van-school"));
            Div kaarten = kaarten("andere-leerteams");
            // A director looks at the leerteams of her school but does not read their cases or meetings: no links she cannot follow.
            overzicht.andereLeerteams().forEach(team -> kaarten.add(new LeerteamKaart(team, false,
                    kcVan(overzicht, team.schoolId()) ? links : List.of())));
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

    private static boolean kcVan(MijnOverzicht overzicht, UUID schoolId) {
        return overzicht.scholen().stream().anyMatch(s -> s.school().id().equals(schoolId) && s.mijnRollen().contains(Rol.KC));
    }

    /** Who arranges the leerteams differs per role: a teacher waits for her director, the others arrange or look on. */
    static String geenLeerteamsTekst(Set<Rol> rollen) {
        if (rollen.contains(Rol.DIRECTEUR)) {
            return "dashboard.geen-leerteams.directeur";
        }
        if (rollen.contains(Rol.BESTUURDER)) {
            return "dashboard.geen-leerteams.bestuur";
        }
        if (rollen.contains(Rol.KC)) {
            return "dashboard.geen-leerteams.kc";
        }
        return "dashboard.geen-leerteams.tekst";
    }

    static String nietsWachtTekst(Set<Rol> rollen) {
        if (rollen.contains(Rol.KC)) {
            return "dashboard.niets-wacht.kc";
        }
        if (rollen.contains(Rol.DIRECTEUR)) {
            return "dashboard.niets-wacht.directeur";
        }
        if (rollen.contains(Rol.BESTUURDER)) {
            return "dashboard.niets-wacht.bestuur";
        }
        return "dashboard.niets-wacht.tekst";
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
