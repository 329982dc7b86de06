package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.html.Div;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.MijnOverzicht;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.shared.ui.LeerteamLink;
import nl.leerteam.shared.ui.LeerteamLinkContributor;

import java.util.List;

/** The leerteams a person belongs to, with who is in them; for a KC or director also their schools' other teams. */
@Route("leerteams")
@RolesAllowed({"LEERKRACHT", "KC", "DIRECTEUR"})
public class MijnLeerteamsView extends Div implements Paginatitel {

    public MijnLeerteamsView(OrganisatieService organisatie, List<LeerteamLinkContributor> contributors) {
        addClassName("lt-page");
        List<LeerteamLink> links = LeerteamLinks.van(contributors);
        MijnOverzicht overzicht = organisatie.mijnOverzicht();
        if (overzicht.mijnLeerteams().isEmpty() && overzicht.andereLeerteams().isEmpty() && overzicht.mijnArchief().isEmpty()) {
            add(new LeegTekst(getTranslation("dashboard.geen-leerteams.titel"), getTranslation("dashboard.geen-leerteams.tekst")));
            return;
        }
        if (!overzicht.mijnLeerteams().isEmpty()) {
            add(kaarten("mijn-leerteams", overzicht.mijnLeerteams(), true, links));
        }
        if (!overzicht.andereLeerteams().isEmpty()) {
            add(kop("dashboard.leerteams-van-school"), kaarten("andere-leerteams", overzicht.andereLeerteams(), true, links));
        }
        if (!overzicht.mijnArchief().isEmpty()) {
            // archived, the leerteam's cases, meetings and minutes stay readable to those who were in it
            add(kop("leerteams.archief"), kaarten("leerteam-archief", overzicht.mijnArchief(), false, links));
        }
    }

    private H2 kop(String key) {
        H2 kop = new H2(getTranslation(key));
        kop.addClassName("lt-section");
        return kop;
    }

    private static Div kaarten(String id, List<LeerteamSamenvatting> teams, boolean metLedenlijst, List<LeerteamLink> links) {
        Div kaarten = new Div();
        kaarten.addClassName("lt-cards");
        kaarten.setId(id);
        teams.forEach(team -> kaarten.add(new LeerteamKaart(team, metLedenlijst, links)));
        return kaarten;
    }

    @Override
    public String titel() {
        return getTranslation("leerteams.titel");
    }
}
