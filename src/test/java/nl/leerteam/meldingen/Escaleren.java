package nl.leerteam.meldingen;

import nl.leerteam.leerlingbespreking.BesprekingPagina;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.leerlingbespreking.EscalatieService;
import nl.leerteam.leerlingbespreking.EvaluatieResultaat;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.support.Inloggen;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A case escalated as a teacher does it: brought in, an agreement evaluated as not enough, then the question to the KC. */
public final class Escaleren {

    private Escaleren() {
    }

    /** A case of Priya's (CBS De Wegwijzer, whose KC is Fatima El Amrani), escalated; logged in as Priya afterwards. */
    public static UUID casusVanPriya(ApplicationContext context, InlogService inlog, String hulpvraag) {
        Inloggen.als(inlog, "priya");
        UUID team = context.getBean(OrganisatieService.class).mijnKringen().keySet().iterator().next();
        BesprekingService besprekingen = context.getBean(BesprekingService.class);
        UUID casusId = context.getBean(CasusService.class).inbrengen(team, new CasusFormulier(null, 6, hulpvraag, null, null, null,
                null, true, LocalDate.now().minusDays(1), "Thuis oefenen met een schrijfkaart.", null, Set.of(), null), false).id();
        BesprekingPagina.RondeBalk balk = besprekingen.starten(casusId).balk();
        besprekingen.naarRonde(balk.besprekingId(), Ronde.AFSPRAKEN, balk.version());
        besprekingen.afspraakMaken(balk.besprekingId(), null, "Schrijfkaart bij elke opdracht", LocalDate.now(), false);
        BesprekingPagina.AfspraakRegel afspraak = besprekingen.afspraken(casusId).getFirst();
        besprekingen.evalueren(afspraak.id(), EvaluatieResultaat.NIET_GENOEG, "Ze begint nog steeds niet.", afspraak.version(), false);
        context.getBean(EscalatieService.class).escaleren(casusId, "Wil je een keer komen kijken?", false);
        return casusId;
    }
}
