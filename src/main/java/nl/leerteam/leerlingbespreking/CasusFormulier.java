package nl.leerteam.leerlingbespreking;

import java.time.LocalDate;
import java.util.Set;

/**
 * The content of a case as its owner writes it.
 *
 * @param pseudoniem blank for the next free pseudonym of the leerteam ("Leerling A", "Leerling B", ...)
 * @param version    the version this edit started from; {@code null} for a new case
 */
public record CasusFormulier(String pseudoniem, Integer groep, String hulpvraag, String watZieIk, String alGeprobeerd,
                             String watGaatGoed, String watBelemmert, boolean oudersBetrokken, LocalDate oudersDatum,
                             String oudersAfspraken, String oudersWaaromNiet, Set<String> tags, Long version) {

    public CasusFormulier {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
