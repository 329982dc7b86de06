package nl.leerteam.leerlingbespreking;

import java.util.UUID;

/** A case of a leerteam that is not closed: what one picks from to put a case on a meeting's agenda. */
public record OpenCasus(UUID id, String pseudoniem, int groep) {
}
