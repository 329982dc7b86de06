package nl.leerteam.shared.zoeken;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing found.
 *
 * @param soort    the kind, which groups the results ({@code zoeken.soort.…} names it)
 * @param titel    what the result is called, as plain text
 * @param fragment a piece of the text around the words found, plain text, with each found word between
 *                 {@link #BEGIN} and {@link #EIND}; shown as text, never as markup
 * @param pad      where the result opens in the application
 */
public record Zoekresultaat(String soort, UUID id, String titel, String fragment, Instant moment, double rang, String pad) {

    public static final char BEGIN = '\u0002';
    public static final char EIND = '\u0003';
}
