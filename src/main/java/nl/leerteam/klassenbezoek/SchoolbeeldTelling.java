package nl.leerteam.klassenbezoek;

import nl.leerteam.shared.domain.KleineAantallen;
import nl.leerteam.shared.domain.KleineAantallen.Rij;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The counts of a school's visits in one half of a school year, and what may be shown of them: a
 * half on its own, or the whole year, where a number is hidden when it minus one half's shown number
 * would reveal the other half's hidden one.
 *
 * @param criteria per criterion: visits, seen, partly, not seen, not applicable
 */
record SchoolbeeldTelling(long bezoeken, Map<UUID, long[]> criteria) {

    static final int DELEN = 4;

    /** What may be shown: the number of visits ({@code null} = hidden) and a row per criterion that may be shown. */
    record Getoond(Long bezoeken, Map<UUID, Rij> criteria) {
    }

    Getoond getoond() {
        Map<UUID, Rij> rijen = new HashMap<>();
        criteria.forEach((id, c) -> {
            Rij rij = rij(c, new boolean[DELEN], false);
            if (rij.zichtbaar()) {
                rijen.put(id, rij);
            }
        });
        return new Getoond(KleineAantallen.getal(bezoeken), rijen);
    }

    static Getoond jaar(SchoolbeeldTelling eerste, SchoolbeeldTelling tweede) {
        Getoond a = eerste.getoond();
        Getoond b = tweede.getoond();
        boolean totaalWeg = KleineAantallen.verschilVerraadt(eerste.bezoeken, a.bezoeken() != null,
                tweede.bezoeken, b.bezoeken() != null);
        Long bezoeken = totaalWeg ? null : KleineAantallen.getal(eerste.bezoeken + tweede.bezoeken);

        Set<UUID> ids = new HashSet<>(eerste.criteria.keySet());
        ids.addAll(tweede.criteria.keySet());
        Map<UUID, Rij> rijen = new HashMap<>();
        for (UUID id : ids) {
            long[] c1 = eerste.criteria.getOrDefault(id, new long[DELEN + 1]);
            long[] c2 = tweede.criteria.getOrDefault(id, new long[DELEN + 1]);
            Rij r1 = a.criteria().get(id);
            Rij r2 = b.criteria().get(id);
            long[] som = new long[DELEN + 1];
            boolean[] weg = new boolean[DELEN];
            for (int i = 0; i <= DELEN; i++) {
                som[i] = c1[i] + c2[i];
            }
            for (int i = 0; i < DELEN; i++) {
                weg[i] = KleineAantallen.verschilVerraadt(c1[i + 1], r1 != null && r1.deel(i) != null,
                        c2[i + 1], r2 != null && r2.deel(i) != null);
            }
            boolean rijWeg = KleineAantallen.verschilVerraadt(c1[0], r1 != null, c2[0], r2 != null);
            Rij rij = rij(som, weg, rijWeg);
            if (rij.zichtbaar()) {
                rijen.put(id, rij);
            }
        }
        return new Getoond(bezoeken, rijen);
    }

    private static Rij rij(long[] c, boolean[] weg, boolean rijWeg) {
        return KleineAantallen.rij(c[0], new long[]{c[1], c[2], c[3], c[4]}, weg, rijWeg);
    }
}
