package nl.leerteam.leerlingbespreking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case's discussion as one person sees it, in parts that change on their own: the round bar, and
 * one part per round. A round's part is {@code null} until the discussion has reached it.
 *
 * @param balk the rounds, the current one with its countdown, who leads, and what the reader may do
 */
public record BesprekingPagina(UUID casusId, UUID leerteamId, String pseudoniem, int groep, RondeBalk balk, Inbreng inbreng, Vragen vragen,
                               Analyse analyse, Ideeen ideeen, Afspraken afspraken, Afsluiting afsluiting) {

    /**
     * @param besprekingId  the running or last discussion; {@code null} before the first
     * @param ronde         the current round of a running discussion, else {@code null}
     * @param rondeEinde    when the current round's time is up
     * @param kanStarten    whether the reader may start a (new) discussion
     * @param ikLeid        whether the reader leads the running discussion
     */
    public record RondeBalk(UUID besprekingId, Ronde ronde, Instant rondeEinde, String voorzitterNaam, boolean lopend,
                            boolean kanStarten, boolean ikLeid, long version) {

        public boolean begonnen() {
            return besprekingId != null;
        }
    }

    public record Inbreng(CasusFormulier casus, boolean huidig) {
    }

    /**
     * @param invoer           whether questions can be asked now
     * @param eigenaarAntwoordt whether the reader is the owner who answers them
     */
    public record Vragen(List<Vraag> vragen, boolean huidig, boolean invoer, boolean eigenaarAntwoordt) {
    }

    public record Analyse(List<FactorRegel> factoren, boolean huidig, boolean invoer) {
    }

    /** @param kiezen whether the reader is the owner who turns ideas into agreements now */
    public record Ideeen(List<Idee> ideeen, boolean huidig, boolean invoer, boolean kiezen) {
    }

    /** @param maken whether the reader is the owner who makes agreements now */
    public record Afspraken(List<AfspraakRegel> afspraken, boolean huidig, boolean maken) {
    }

    public record Afsluiting(boolean ikLeid) {
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
