package nl.leerteam.platform;

import nl.leerteam.shared.gebeurtenis.Gebeurtenis;

import java.util.UUID;

/** What happens on a board's platform; {@code PlatformListener} gives it its effects. */
public sealed interface PlatformGebeurtenis extends Gebeurtenis {

    /** A step in a practice card's life: written, changed, submitted, approved, sent back or confirmed. */
    record KaartStap(UUID bestuurId, UUID kaartId, Stap stap) implements PlatformGebeurtenis {

        public enum Stap {
            AANGEMAAKT, GEWIJZIGD, NIEUWE_VERSIE, INGEDIEND, GOEDGEKEURD, TERUGGESTUURD, BEVESTIGD, GEADOPTEERD, VERSLAG, FEEDBACK
        }
    }

    /** Something happened to a question to peers: asked, answered, an answer marked as the one that helped, followed. */
    record VraagStap(UUID bestuurId, UUID vraagId, Stap stap) implements PlatformGebeurtenis {

        public enum Stap {
            GESTELD, BEANTWOORD, GEHOLPEN, GEVOLGD, ONTVOLGD
        }
    }

    /** A file of the studiedag library was added, got a new version or description, or was shared with the board. */
    record BestandStap(UUID bestuurId, UUID bestandId, Stap stap) implements PlatformGebeurtenis {

        public enum Stap {
            TOEGEVOEGD, NIEUWE_VERSIE, GEWIJZIGD, GOEDGEKEURD
        }
    }

    /** Someone changed the themes and domains they follow. */
    record Gevolgd(UUID bestuurId, UUID gebruikerId) implements PlatformGebeurtenis {
    }

    /** Board staff changed the vocabulary of themes. */
    record ThemaGewijzigd(UUID bestuurId, UUID themaId) implements PlatformGebeurtenis {
    }
}
