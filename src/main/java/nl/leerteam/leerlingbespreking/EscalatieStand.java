package nl.leerteam.leerlingbespreking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The escalations of one case to the school's KC, oldest first, and what the person looking may do.
 *
 * @param escalerenGeweigerd why the owner cannot escalate now (a message key), or {@code null} when they can
 *                           (only filled in for the owner)
 * @param ikBenKc            whether the person looking is a KC of the case's school
 * @param casusOpen          whether the case is not closed: KC and owner keep writing to each other after a next step
 * @param vervolgen          what came of a next step elsewhere (a planned visit) that the person may open
 */
public record EscalatieStand(UUID casusId, boolean ikBenEigenaar, boolean ikBenKc, String escalerenGeweigerd, boolean casusOpen,
                             List<Escalatie> escalaties, List<Vervolgen.Vervolg> vervolgen) {

    public record Escalatie(UUID id, String vraag, Instant geescaleerdOp, List<Bericht> berichten, Vervolgstap vervolgstap,
                            LocalDate vervolgstapDatum, Verwijzing verwijzing, String kcNaam, long version) {

        public boolean open() {
            return vervolgstap == null;
        }
    }

    public record Bericht(BerichtSoort soort, String tekst, String auteurNaam, Instant aangemaakt) {
    }
}
