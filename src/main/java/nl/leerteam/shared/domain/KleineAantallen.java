package nl.leerteam.shared.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one rule for every number about people that Leerteam shows as an aggregate (the school picture
 * of classroom visits, trends, case patterns): no number may single out one teacher or pupil.
 * <ul>
 *   <li>A total is shown only when it counts at least {@link #MINIMUM}.</li>
 *   <li>A part of a total (how many visits saw a criterion "partly") is shown when it is 0 or at
 *   least {@link #MINIMUM}; a smaller part is hidden.</li>
 *   <li>Hidden parts can be worked out from the total and the shown parts, so more parts are hidden,
 *   smallest first (a 0 adds nothing and stays), until what is hidden together is 0 or at least
 *   {@link #MINIMUM}.</li>
 *   <li>A caller that shows the same figures over overlapping groups (a school year and its halves)
 *   hides what a difference would reveal: {@link #verschilVerraadt}.</li>
 * </ul>
 * Numbers the rule hides are {@code null}; the screen says "fewer than 5".
 */
public final class KleineAantallen {

    public static final int MINIMUM = 5;

    private KleineAantallen() {
    }

    /** A total and its parts as they may be shown; a hidden number is {@code null}. */
    public record Rij(Long totaal, List<Long> delen) {

        public boolean zichtbaar() {
            return totaal != null;
        }

        public Long deel(int i) {
            return delen.get(i);
        }
    }

    /** A number on its own. */
    public static Long getal(long aantal) {
        return aantal >= MINIMUM ? aantal : null;
    }

    public static Rij rij(long totaal, long... delen) {
        return rij(totaal, delen, new boolean[delen.length], false);
    }

    /**
     * @param verborgen parts a caller must hide anyway (because a difference would reveal them)
     * @param totaalVerborgen the total must be hidden anyway
     */
    public static Rij rij(long totaal, long[] delen, boolean[] verborgen, boolean totaalVerborgen) {
        List<Long> leeg = new ArrayList<>(Arrays.asList(new Long[delen.length]));
        if (totaal < MINIMUM || totaalVerborgen) {
            return new Rij(null, leeg);
        }
        boolean[] weg = verborgen.clone();
        long wegSom = 0;
        for (int i = 0; i < delen.length; i++) {
            weg[i] |= delen[i] != 0 && delen[i] < MINIMUM;
            wegSom += weg[i] ? delen[i] : 0;
        }
        while (wegSom > 0 && wegSom < MINIMUM) {
            int kleinste = -1;
            for (int i = 0; i < delen.length; i++) {
                // hiding a 0 as well would add nothing to what is hidden
                if (!weg[i] && delen[i] > 0 && (kleinste < 0 || delen[i] < delen[kleinste])) {
                    kleinste = i;
                }
            }
            if (kleinste < 0) {
                break;
            }
            weg[kleinste] = true;
            wegSom += delen[kleinste];
        }
        List<Long> getoond = new ArrayList<>(delen.length);
        for (int i = 0; i < delen.length; i++) {
            getoond.add(weg[i] ? null : delen[i]);
        }
        return new Rij(totaal, getoond);
    }

    /**
     * Whether showing the sum of two groups would reveal a hidden number of one of them: when one
     * group shows its number and the other hides a number that is not 0, the sum minus the shown
     * number is the hidden one.
     *
     * @param a  the first group's number
     * @param aGetoond whether the first group shows it
     */
    public static boolean verschilVerraadt(long a, boolean aGetoond, long b, boolean bGetoond) {
        return (aGetoond && !bGetoond && b != 0) || (bGetoond && !aGetoond && a != 0);
    }
}
