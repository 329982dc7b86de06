package nl.leerteam.meldingen;

import nl.leerteam.shared.melding.Ruimte;

/**
 * What a person hears by mail from one space.
 *
 * @param direct       whether what asks them to act is mailed right away
 * @param samenvatting how often the digest of the rest comes
 */
public record Voorkeur(Ruimte ruimte, boolean direct, Samenvatting samenvatting) {

    /** Until a person chooses: right away for what asks to act, and a weekly digest. */
    public static Voorkeur standaard(Ruimte ruimte) {
        return new Voorkeur(ruimte, true, Samenvatting.WEKELIJKS);
    }
}
