package nl.leerteam.organisatie;

import java.util.UUID;

public record BestuurSamenvatting(UUID id, String naam, long aantalScholen, long aantalMensen) {
}
