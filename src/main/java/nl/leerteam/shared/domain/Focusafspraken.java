package nl.leerteam.shared.domain;

import java.util.Map;
import java.util.UUID;

/**
 * What a school agreed its classroom visits may look at: the kijkwijzer criteria that running
 * interventions of its trend discussions name. The trends module answers it; the visits read it
 * through this seam, so neither module depends on the other's types.
 */
public interface Focusafspraken {

    /**
     * @return criterion id to the intervention that names it, for a school the reader works at;
     * empty for any other
     */
    Map<UUID, String> vanSchool(UUID schoolId);
}
