package nl.leerteam.leerlingbespreking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the people in a case discussion see: the case, the running (or last) discussion with
 * its round and timer, what everyone added, and the owner's agreements.
 *
 * @param bespreking the running discussion, or the last one when none runs; {@code null} before the first
 */
public record BesprekingStand(UUID casusId, UUID leerteamId, CasusStatus casusStatus, String eigenaarNaam,
                              boolean ikBenEigenaar, boolean ikBenLid, CasusFormulier casus, Bespreking bespreking,
                              Map<Ronde, Integer> rondeMinuten, List<Vraag> vragen, List<FactorRegel> factoren,
                              List<Idee> ideeen, List<AfspraakRegel> afspraken) {

    public boolean lopend() {
        return bespreking != null && bespreking.lopend();
    }

    /**
     * @param resterend time left in the round when this was read; negative when it runs over
     */
    public record Bespreking(UUID id, Ronde ronde, Duration resterend, int rondeMinuten, String voorzitterNaam,
                             boolean ikBenVoorzitter, boolean lopend, long version) {
    }

    public record Vraag(UUID id, String tekst, String auteurNaam, String antwoord, long version) {
    }

    public record FactorRegel(UUID id, Factor factor, String tekst, String auteurNaam) {
    }

    public record Idee(UUID id, String tekst, String auteurNaam, boolean gekozen) {
    }

    /** @param teEvalueren whether the evaluation date has come and the owner has not looked back yet */
    public record AfspraakRegel(UUID id, String tekst, LocalDate evaluatiedatum, EvaluatieResultaat resultaat,
                                String evaluatie, boolean teEvalueren, long version) {
    }
}
