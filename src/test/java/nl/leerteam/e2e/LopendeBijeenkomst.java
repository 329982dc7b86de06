package nl.leerteam.e2e;

import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.leerlingbespreking.BesprekingPagina;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.LeerteamFormulier;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.Inloggen;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A meeting for the browser tests, laid out through the services as the people themselves would. */
final class LopendeBijeenkomst {

    private LopendeBijeenkomst() {
    }

    /**
     * A new leerteam of three (Joris facilitates, Sanne brings the case, Ayşe thinks along) in a running
     * meeting whose case is in the round of clarifying questions.
     */
    static UUID metCasusInVragenronde(ApplicationContext context) {
        InlogService inlog = context.getBean(InlogService.class);
        Map<String, UUID> ids = new HashMap<>();
        for (String persoon : List.of("sanne", "joris", "ayse")) {
            Inloggen.als(inlog, persoon);
            ids.put(persoon, CurrentUser.require().gebruikerId());
        }
        Inloggen.als(inlog, "marieke");
        UUID regenboog = context.getBean(OrganisatieService.class).mijnOverzicht().scholen().getFirst().school().id();
        UUID leerteam = context.getBean(BeheerService.class).leerteamOpslaan(regenboog, new LeerteamFormulier(null,
                "Werkgroep lezen " + UUID.randomUUID().toString().substring(0, 6), "Samen over lezen", Set.copyOf(ids.values()), null)).id();
        Inloggen.als(inlog, "sanne");
        UUID casusId = context.getBean(CasusService.class).inbrengen(leerteam, new CasusFormulier(null, 3,
                "Hoe krijgt hij plezier in lezen?", "Pakt zelf nooit een boek.", null, "Vertelt graag.", null, false, null, null,
                null, Set.of("lezen"), null), false).id();
        Inloggen.als(inlog, "joris");
        BijeenkomstService bijeenkomsten = context.getBean(BijeenkomstService.class);
        UUID id = bijeenkomsten.plannen(leerteam, new BijeenkomstFormulier("Leerteambijeenkomst", LocalDate.now(),
                LocalTime.of(0, 0), LocalTime.of(23, 45), "Teamkamer", null, ids.get("joris"), ids.get("joris"), null), false);
        context.getBean(AgendaService.class).agendapuntToevoegen(id, AgendapuntSoort.CASUS, casusId, null, false);
        bijeenkomsten.starten(id, bijeenkomsten.bijeenkomst(id).version());
        BesprekingService besprekingen = context.getBean(BesprekingService.class);
        BesprekingPagina.RondeBalk balk = besprekingen.starten(casusId).balk();
        besprekingen.naarRonde(balk.besprekingId(), Ronde.VRAGEN, balk.version());
        Inloggen.uit();
        return id;
    }
}
