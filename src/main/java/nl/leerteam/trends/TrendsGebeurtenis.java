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
}
