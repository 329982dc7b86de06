package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.html.Div;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
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
            Div kaarten = new Div();
            kaarten.addClassName("lt-cards");
            kaarten.setId("mijn-leerteams");
            overzicht.mijnLeerteams().forEach(team -> kaarten.add(new LeerteamKaart(team, true, links)));
            add(kaarten);
        }
        if (!overzicht.andereLeerteams().isEmpty()) {
            H2 kop = new H2(getTranslation("dashboard.leerteams-van-school"));
            kop.addClassName("lt-section");
            Div kaarten = new Div();
            kaarten.addClassName("lt-cards");
            kaarten.setId("andere-leerteams");
            overzicht.andereLeerteams().forEach(team -> kaarten.add(new LeerteamKaart(team, true, links)));
            add(kop, kaarten);
        }
        if (!overzicht.mijnArchief().isEmpty()) {
            // archived, the leerteam's cases, meetings and minutes stay readable to those who were in it
            H2 kop = new H2(getTranslation("leerteams.archief"));
            kop.addClassName("lt-section");
            Div kaarten = new Div();
            kaarten.addClassName("lt-cards");
            kaarten.setId("leerteam-archief");
            overzicht.mijnArchief().forEach(team -> kaarten.add(new LeerteamKaart(team, false, links)));
            add(kop, kaarten);
        }
    }

    @Override
    public String titel() {
        return getTranslation("leerteams.titel");
    }
}
