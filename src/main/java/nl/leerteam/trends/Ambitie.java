package nl.leerteam.trends;

import java.util.UUID;

/**
 * A school's ambition ("% op of boven niveau III ≥ 75 voor begrijpend lezen, groep 4–8"), or a
 * signaleringswaarde of the inspectie (1F 85 %; the 1S/2F value of the school's schoolweging).
 *
 * @param id      {@code null} for a new one
 * @param drempel the threshold in percent
 */
public record Ambitie(UUID id, Soort soort, Vak vak, Maat maat, int drempel, int groepVan, int groepTot, Long version) {

    public enum Soort { AMBITIE, SIGNALERINGSWAARDE }

    public boolean geldtVoor(Vak vak, Schaal schaal, int jaargroep) {
        return this.vak == vak && maat.past(schaal) && omvat(jaargroep);
    }

    public boolean omvat(int jaargroep) {
        return jaargroep >= groepVan && jaargroep <= groepTot;
    }
}
