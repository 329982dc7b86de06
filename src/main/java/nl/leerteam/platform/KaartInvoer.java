package nl.leerteam.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The fields of a practice card as its owner writes them.
 *
 * @param themas      ids from the board's vocabulary
 * @param groepen     the jaargroepen it is for (1–8)
 * @param uren        the hours it costs, roughly
 * @param herzienVoor the date by which the owner looks at it again; a year from now when left empty
 */
public record KaartInvoer(String titel, Domein domein, List<UUID> themas, List<Integer> groepen, Context.Schoolgrootte schoolgrootte,
                          Context.Populatie populatie, String aanleiding, String wat, String waarom, String hoe, String resultaten,
                          Bewijs bewijs, Integer uren, LocalDate herzienVoor) {
}
