package nl.leerteam.klassenbezoek;

import nl.leerteam.shared.gebeurtenis.Gebeurtenis;

import java.util.UUID;

/**
 * What happens to classroom visits and kijkwijzers. {@code KlassenbezoekListener} turns each into its
 * audit line and the live update of the visit's page.
 */
public sealed interface KlassenbezoekGebeurtenis extends Gebeurtenis {

    /** @param vervolgVanId the visit this one follows up, or {@code null} */
    record BezoekGepland(UUID bezoekId, UUID vervolgVanId) implements KlassenbezoekGebeurtenis {
    }

    record BezoekGelezen(UUID bezoekId) implements KlassenbezoekGebeurtenis {
    }

    record VoorgesprekGevoerd(UUID bezoekId) implements KlassenbezoekGebeurtenis {
    }

    record ObservatieGestart(UUID bezoekId) implements KlassenbezoekGebeurtenis {
    }

    record WaarnemingVastgelegd(UUID bezoekId, UUID criteriumId) implements KlassenbezoekGebeurtenis {
    }

    record SnelleNotitieGemaakt(UUID bezoekId) implements KlassenbezoekGebeurtenis {
    }

    record NaarNagesprekGegaan(UUID bezoekId) implements KlassenbezoekGebeurtenis {
    }

    record NagesprekVastgelegd(UUID bezoekId) implements KlassenbezoekGebeurtenis {
    }

    record ReflectieGeschreven(UUID bezoekId) implements KlassenbezoekGebeurtenis {
    }

    /** Removed by the retention job, its counts kept in the school picture. */
    record BezoekVerlopen(UUID bezoekId, UUID bestuurId) implements KlassenbezoekGebeurtenis {
    }

    /** Removed with the visited teacher's account, its counts kept in the school picture. */
    record BezoekGewist(UUID bezoekId) implements KlassenbezoekGebeurtenis {
    }

    record BezoekAfgerond(UUID bezoekId) implements KlassenbezoekGebeurtenis {
    }

    /**
     * The teacher shares a learning point of a finished visit with one of their leerteams: only the
     * text they wrote for it travels, as a proposal for the leerteam's agenda.
     *
     * @param privacyBevestigd whether the teacher confirmed the privacy guard's warnings about the text
     */
    record LeerpuntGedeeld(UUID bezoekId, UUID leerteamId, String titel, String toelichting, boolean privacyBevestigd)
            implements KlassenbezoekGebeurtenis {
    }

    record KijkwijzerAangemaakt(UUID kijkwijzerId) implements KlassenbezoekGebeurtenis {
    }

    record KijkwijzerGewijzigd(UUID kijkwijzerId) implements KlassenbezoekGebeurtenis {
    }
}
