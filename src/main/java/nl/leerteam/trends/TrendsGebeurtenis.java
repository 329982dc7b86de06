package nl.leerteam.trends;

import nl.leerteam.shared.gebeurtenis.Gebeurtenis;

import java.util.UUID;

/** What happens to a school's trend data; {@code TrendsListener} gives it its effects. */
public sealed interface TrendsGebeurtenis extends Gebeurtenis {

    record ToetsresultatenGeimporteerd(UUID schoolId, UUID importId, int nieuw, int vervangen) implements TrendsGebeurtenis {
    }

    /** An ambition or signaleringswaarde was added, changed or removed. */
    record AmbitieGewijzigd(UUID schoolId, UUID ambitieId) implements TrendsGebeurtenis {
    }

    /** The demonstration board got its generated results. */
    record DemoresultatenIngericht(UUID schoolId, UUID importId) implements TrendsGebeurtenis {
    }

    /** A file was refused whole because it holds pupil rows; nothing of it is kept, not even in the audit line. */
    record TrendbestandGeweigerd(UUID bestuurId, UUID schoolId, UUID weigeringId) implements TrendsGebeurtenis {
    }

    /** A trend discussion was started at a school. */
    record TrendgesprekGestart(UUID schoolId, UUID gesprekId) implements TrendsGebeurtenis {
    }

    /** Something was added to or decided in a trend discussion: what is in the event's name, never its text. */
    record TrendgesprekGewijzigd(UUID schoolId, UUID gesprekId, Onderdeel onderdeel) implements TrendsGebeurtenis {

        public enum Onderdeel {
            WAARNEMING, HYPOTHESE, BEOORDELING, CONCLUSIE, INTERVENTIE, EVALUATIE
        }
    }

    /** The leaders closed a trend discussion (with a conclusion and interventions) or opened it again. */
    record TrendgesprekAfgerond(UUID schoolId, UUID gesprekId, boolean afgerond) implements TrendsGebeurtenis {
    }

    /** A note was put on, or taken from, a point of the school's results. */
    record TrendnotitieGewijzigd(UUID schoolId, UUID notitieId) implements TrendsGebeurtenis {
    }

    /** A person made a new secret calendar feed link (the old one stopped working) or revoked theirs. */
    record KalenderFeedGewijzigd(UUID feedId, boolean ingetrokken) implements TrendsGebeurtenis {
    }
}
