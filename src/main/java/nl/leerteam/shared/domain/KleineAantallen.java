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

    /**
     * Which cells of a table with row and column totals must be hidden so that none of them can be worked
     * out: first every cell of at most {@code grens} (a cell of 0 is no group and stays), then, line by line,
     * the smallest shown cell of every row or column whose hidden cells are a single one or add up to at
     * most {@code grens}, as its shown total minus its shown cells would reveal them (complementary
     * suppression). Repeated until no line gives anything away. A row or column total of at most
     * {@code grens} hides that whole line.
     *
     * @param cellen rows × columns, every row equally long
     */
    public static Tabel tabel(long[][] cellen, long grens) {
        int rijen = cellen.length;
        int kolommen = rijen == 0 ? 0 : cellen[0].length;
        boolean[][] weg = new boolean[rijen][kolommen];
        for (int r = 0; r < rijen; r++) {
            for (int k = 0; k < kolommen; k++) {
                weg[r][k] = cellen[r][k] > 0 && cellen[r][k] <= grens;
            }
        }
        boolean gewijzigd = true;
        while (gewijzigd) {
            gewijzigd = false;
            for (int r = 0; r < rijen; r++) {
                gewijzigd |= lijn(cellen, weg, grens, r, true);
            }
            for (int k = 0; k < kolommen; k++) {
                gewijzigd |= lijn(cellen, weg, grens, k, false);
            }
        }
        boolean[] rijWeg = new boolean[rijen];
        boolean[] kolomWeg = new boolean[kolommen];
        for (int r = 0; r < rijen; r++) {
            rijWeg[r] = totaalVerraadt(cellen, weg, grens, r, true);
        }
        for (int k = 0; k < kolommen; k++) {
            kolomWeg[k] = totaalVerraadt(cellen, weg, grens, k, false);
        }
        long alles = Arrays.stream(cellen).flatMapToLong(Arrays::stream).sum();
        boolean allesWeg = alles <= grens || tel(rijWeg) == 1 || tel(kolomWeg) == 1;
        return new Tabel(weg, rijWeg, kolomWeg, allesWeg);
    }

    /**
     * What a table with totals may show.
     *
     * @param verborgen           per cell whether it is hidden
     * @param rijTotaalVerborgen   per row whether its total is hidden
     * @param kolomTotaalVerborgen per column whether its total is hidden
     * @param totaalVerborgen      whether the table's grand total is hidden
     */
    public record Tabel(boolean[][] verborgen, boolean[] rijTotaalVerborgen, boolean[] kolomTotaalVerborgen, boolean totaalVerborgen) {
    }

    /** A line's total gives a hidden cell away when it is small, or when it holds a single hidden cell and nothing shown. */
    private static boolean totaalVerraadt(long[][] cellen, boolean[][] weg, long grens, int index, boolean rij) {
        int lengte = rij ? cellen[0].length : cellen.length;
        long totaal = 0;
        int wegAantal = 0;
        for (int i = 0; i < lengte; i++) {
            long waarde = rij ? cellen[index][i] : cellen[i][index];
            totaal += waarde;
            wegAantal += waarde > 0 && (rij ? weg[index][i] : weg[i][index]) ? 1 : 0;
        }
        return totaal <= grens || wegAantal == 1;
    }

    private static int tel(boolean[] waarden) {
        int n = 0;
        for (boolean w : waarden) {
            n += w ? 1 : 0;
        }
        return n;
    }

    /** Hides more of one row (or column) when what it hides could be worked out from its total; whether it did. */
    private static boolean lijn(long[][] cellen, boolean[][] weg, long grens, int index, boolean rij) {
        int lengte = rij ? cellen[0].length : cellen.length;
        long totaal = 0;
        long wegSom = 0;
        int wegAantal = 0;
        for (int i = 0; i < lengte; i++) {
            long waarde = rij ? cellen[index][i] : cellen[i][index];
            boolean verborgen = rij ? weg[index][i] : weg[i][index];
            totaal += waarde;
            if (verborgen && waarde > 0) {
                wegSom += waarde;
                wegAantal++;
            }
        }
        boolean gewijzigd = false;
        if (totaal > 0 && totaal <= grens) {
            // the line's own total is too small to show: nothing of it is shown
            for (int i = 0; i < lengte; i++) {
                long waarde = rij ? cellen[index][i] : cellen[i][index];
                if (waarde > 0 && !(rij ? weg[index][i] : weg[i][index])) {
                    zet(weg, index, i, rij);
                    gewijzigd = true;
                }
            }
            return gewijzigd;
        }
        while (wegAantal > 0 && (wegAantal == 1 || wegSom <= grens)) {
            int kleinste = -1;
            for (int i = 0; i < lengte; i++) {
                long waarde = rij ? cellen[index][i] : cellen[i][index];
                boolean verborgen = rij ? weg[index][i] : weg[i][index];
                if (!verborgen && waarde > 0 && (kleinste < 0 || waarde < (rij ? cellen[index][kleinste] : cellen[kleinste][index]))) {
                    kleinste = i;
                }
            }
            if (kleinste < 0) {
                break;
            }
            zet(weg, index, kleinste, rij);
            wegSom += rij ? cellen[index][kleinste] : cellen[kleinste][index];
            wegAantal++;
            gewijzigd = true;
        }
        return gewijzigd;
    }

    private static void zet(boolean[][] weg, int index, int i, boolean rij) {
        if (rij) {
            weg[index][i] = true;
        } else {
            weg[i][index] = true;
        }
    }
}
