package nl.leerteam.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A trend discussion as one person sees it, in the parts of the research cycle: what was seen, how it
 * might be explained, what the team concludes and what it will do, and later how that went. Each part
 * says what the reader may do there now.
 *
 * @param leiden whether the reader leads it (a KC or the director of the school): marks hypotheses,
 *               concludes, decides interventions, evaluates them and closes the discussion
 */
public record TrendgesprekPagina(UUID id, UUID schoolId, String schoolNaam, String leerteamNaam, Kop kop,
                                 Waarnemingen waarnemingen, Hypothesen hypothesen, Conclusie conclusie,
                                 Interventies interventies, boolean leiden) {

    /** @param kanAfronden whether the reader may close it now: a leader, with a conclusion and an intervention */
    public record Kop(String titel, String aanleiding, String gestartDoor, Instant gestart, Instant afgerond,
                      boolean kanAfronden, long version) {
    }

    /** @param invoer whether the reader may add one now */
    public record Waarnemingen(List<Waarneming> lijst, boolean invoer) {
    }

    public record Waarneming(UUID id, String tekst, TrendSelectie selectie, String auteurNaam) {
    }

    /** @param beoordelen whether the reader may mark them confirmed or rejected */
    public record Hypothesen(List<Hypothese> lijst, boolean invoer, boolean beoordelen) {
    }

    public record Hypothese(UUID id, String tekst, TrendSelectie selectie, String auteurNaam, HypotheseStatus status,
                            String bewijs, long version) {
    }

    public record Conclusie(String tekst, boolean schrijven, long version) {
    }

    /**
     * @param maken              whether the reader may decide a new one now
     * @param standaardEvaluatie the evaluation a new one gets unless the leader chooses another: after the next test window
     * @param criteria           the kijkwijzer criteria an intervention may name, for the school
     */
    public record Interventies(List<Interventie> lijst, boolean maken, boolean evalueren, LocalDate standaardVanaf,
                               LocalDate standaardEvaluatie, List<Kijkpunt> criteria) {
    }

    /** @param teEvalueren the evaluation date has come and nobody has evaluated it yet */
    public record Interventie(UUID id, String wat, String wie, LocalDate vanaf, LocalDate evaluatieOp,
                              List<Kijkpunt> criteria, InterventieResultaat resultaat, String evaluatie,
                              boolean teEvalueren, long version) {
    }

    /** A focus criterion of a kijkwijzer, as an intervention names it. */
    public record Kijkpunt(UUID id, String kijkwijzer, String tekst) {
    }
}
