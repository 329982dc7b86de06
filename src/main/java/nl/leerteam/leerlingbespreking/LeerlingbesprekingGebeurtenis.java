package nl.leerteam.leerlingbespreking;

import nl.leerteam.shared.gebeurtenis.Gebeurtenis;

import java.util.UUID;

/**
 * What happens to cases, their discussions and their escalations. Ids and kinds only: the content
 * stays in the module, and {@code LeerlingbesprekingListener} turns each into its audit line and
 * live update.
 */
public sealed interface LeerlingbesprekingGebeurtenis extends Gebeurtenis {

    /** The case it is about. */
    UUID casusId();

    record CasusIngebracht(UUID casusId) implements LeerlingbesprekingGebeurtenis {
    }

    /** @param waar where it was read: {@code null} for the case page, "BESPREKING" for the discussion */
    record CasusGelezen(UUID casusId, String waar) implements LeerlingbesprekingGebeurtenis {
    }

    record CasusGewijzigd(UUID casusId) implements LeerlingbesprekingGebeurtenis {
    }

    record CasusGesloten(UUID casusId) implements LeerlingbesprekingGebeurtenis {
    }

    /** Deleted by the retention job of the case's board. */
    record CasusVerlopen(UUID casusId, UUID bestuurId) implements LeerlingbesprekingGebeurtenis {
    }

    record RondeMinutenIngesteld(UUID leerteamId) implements LeerlingbesprekingGebeurtenis {
        @Override
        public UUID casusId() {
            return null;
        }
    }

    record BesprekingGestart(UUID casusId, UUID besprekingId) implements LeerlingbesprekingGebeurtenis {
    }

    record RondeGewisseld(UUID casusId, UUID besprekingId, Ronde ronde) implements LeerlingbesprekingGebeurtenis {
    }

    record RondeVerlengd(UUID casusId, UUID besprekingId) implements LeerlingbesprekingGebeurtenis {
    }

    record BesprekingAfgerond(UUID casusId, UUID besprekingId) implements LeerlingbesprekingGebeurtenis {
    }

    record VraagGesteld(UUID casusId, UUID vraagId) implements LeerlingbesprekingGebeurtenis {
    }

    record FactorGenoemd(UUID casusId, UUID factorId) implements LeerlingbesprekingGebeurtenis {
    }

    record IdeeGeopperd(UUID casusId, UUID ideeId) implements LeerlingbesprekingGebeurtenis {
    }

    record VraagBeantwoord(UUID casusId, UUID vraagId) implements LeerlingbesprekingGebeurtenis {
    }

    record AfspraakGemaakt(UUID casusId, UUID afspraakId) implements LeerlingbesprekingGebeurtenis {
    }

    record AfspraakGeevalueerd(UUID casusId, UUID afspraakId, EvaluatieResultaat resultaat)
            implements LeerlingbesprekingGebeurtenis {
    }

    record CasusGeescaleerd(UUID casusId, UUID schoolId, UUID escalatieId) implements LeerlingbesprekingGebeurtenis {
    }

    record EscalatieberichtGeplaatst(UUID casusId, UUID escalatieId, BerichtSoort soort)
            implements LeerlingbesprekingGebeurtenis {
    }

    /** @param eigenaarId the case's owner, @param groep its groep, @param datum the date the KC set for the step */
    record VervolgstapVastgelegd(UUID casusId, UUID schoolId, UUID escalatieId, Vervolgstap stap, UUID eigenaarId, int groep,
                                 java.time.LocalDate datum)
            implements LeerlingbesprekingGebeurtenis {
    }
}
