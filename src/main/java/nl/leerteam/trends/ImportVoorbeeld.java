package nl.leerteam.trends;

import java.util.List;

/**
 * The dry run of a results file: how it was read, every line with its result or its errors and
 * warnings, and what importing it would do. Nothing of it is stored.
 *
 * @param gelezenAls      what was assumed to read the file (character set, separator, decimal comma)
 * @param leerlinggegevens the file holds pupil rows: it is refused whole
 */
public record ImportVoorbeeld(String bestandsnaam, Gelezen gelezenAls, List<Regel> regels, List<ImportMelding> bestand,
                              boolean leerlinggegevens) {

    public record Gelezen(String tekenset, String scheiding, boolean decimaleKomma) {
    }

    /** What importing would do with a line. */
    public enum Status { NIEUW, ONGEWIJZIGD, GEWIJZIGD, FOUT }

    /** @param resultaat {@code null} when the line has errors */
    public record Regel(int regel, Toetsresultaat resultaat, Status status, List<ImportMelding> meldingen) {

        public Regel {
            meldingen = List.copyOf(meldingen);
        }
    }

    public ImportVoorbeeld {
        regels = List.copyOf(regels);
        bestand = List.copyOf(bestand);
    }

    public boolean importeerbaar() {
        return !leerlinggegevens && !regels.isEmpty() && regels.stream().noneMatch(r -> r.status() == Status.FOUT)
                && bestand.stream().noneMatch(m -> m.ernst() == ImportMelding.Ernst.FOUT);
    }

    public long aantal(Status status) {
        return regels.stream().filter(r -> r.status() == status).count();
    }
}
