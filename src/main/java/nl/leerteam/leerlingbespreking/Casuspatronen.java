package nl.leerteam.leerlingbespreking;

import nl.leerteam.shared.domain.Schooljaar;

import java.util.List;

/**
 * The pattern in a school's care questions: counts of cases per groep and per tag, and of escalations
 * per next step, over the school years; never a case's text. A count the reader may not see is
 * {@code null} (for the director: fewer than five cases).
 *
 * @param jaren the school years the columns are about, newest first
 */
public record Casuspatronen(List<Schooljaar> jaren, List<Regel> groepen, List<Regel> tags, List<Regel> escalaties,
                            boolean beperkt) {

    /**
     * One line: per school year the open and the closed cases (for escalations: the number, with open 0).
     *
     * @param wat the groep, the tag, or the next step
     */
    public record Regel(String wat, List<Long> open, List<Long> gesloten) {
    }
}
