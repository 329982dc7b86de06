package nl.leerteam.trends;

import nl.leerteam.shared.domain.Schooljaar;

import java.math.BigDecimal;
import java.util.List;

/**
 * A school's results of one school year, per subject, as everybody of the school sees them: every
 * number under the rule of small counts ({@code null} where it hides one).
 */
public record Resultatenoverzicht(TrendSchool school, Schooljaar schooljaar, List<Schooljaar> jaren, List<Vakoverzicht> vakken,
                                  List<Ambitie> ambities) {

    /**
     * @param ambities the school's ambitions and signaleringswaarden for this subject
     * @param notities the notes on points of this subject in this school year
     * @param ontwikkeling the cohorts followed across the years and the growth from M to E of this year
     */
    public record Vakoverzicht(Vak vak, List<Rij> rijen, List<Ambitie> ambities, List<Trendnotitie> notities, Ontwikkeling ontwikkeling) {

        /** The notes on one result's point. */
        public List<Trendnotitie> notities(Rij rij) {
            return notities.stream().filter(n -> n.jaargroep() == rij.jaargroep() && n.meetmoment() == rij.meetmoment()).toList();
        }
    }

    /**
     * One result: a jaargroep at a moment on one test.
     *
     * @param aantal  the pupils who took it; {@code null} when fewer than the minimum
     * @param niveaus per level of the scale; a hidden count is {@code null}
     * @param bovenMidden how many pupils are on or above the middle (I–III, A–C, 1F and higher), under the same rule
     *                    as a split in two; {@code null} where it hides the number or the scale has no levels
     * @param breuk   the test, provider or scale differs from the same jaargroep and moment a year earlier: a trend
     *                line stops here
     */
    public record Rij(int jaargroep, Meetmoment meetmoment, String groep, Aanbieder aanbieder, String toets, Schaal schaal,
                      Long aantal, BigDecimal gemiddelde, List<Long> niveaus, Long bovenMidden, String toelichting, boolean breuk) {

        /** The share (0–100) an ambition of this measure is held against, or {@code null} where it cannot be said. */
        public Double aandeel(Maat maat) {
            if (aantal == null || aantal == 0 || !maat.past(schaal)) {
                return null;
            }
            Long teller = maat == Maat.REF_1S2F ? niveaus.get(2) : bovenMidden;
            return teller == null ? null : Math.round(1000.0 * teller / aantal) / 10.0;
        }
    }

    /**
     * How pupils develop in one subject: each cohort (the pupils who are in one jaargroep this school year)
     * followed back through its earlier E results, and per jaargroep of this year the share on or above the
     * middle at M and at E. Shares are 0–100; {@code null} where the rule of small counts hides the number,
     * where there is no result, or where the test, provider or scale differs from the cohort's own now
     * (a trend never runs across a break).
     */
    public record Ontwikkeling(List<Cohort> cohorten, List<Groei> groei) {
    }

    /**
     * @param groepNu  the jaargroep the cohort is in this school year
     * @param aandelen the share on or above the middle at E in groep 3 to 8 (index 0 is groep 3)
     */
    public record Cohort(int groepNu, List<Double> aandelen) {
    }

    /** The share on or above the middle at M and at E of one jaargroep in this school year. */
    public record Groei(int jaargroep, Double midden, Double eind) {

        /** The growth in percentage points, where both are known. */
        public Double verschil() {
            return midden == null || eind == null ? null : Math.round((eind - midden) * 10) / 10.0;
        }
    }
}
