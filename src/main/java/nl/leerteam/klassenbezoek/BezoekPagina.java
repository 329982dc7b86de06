package nl.leerteam.klassenbezoek;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A visit as its teacher or observer sees it: the head, and one part per phase of the cycle; only
 * the part of the phase the visit is in is not {@code null}.
 */
public record BezoekPagina(UUID id, Kop kop, VoorgesprekStap voorgesprek, ObservatieStap observatie, NagesprekStap nagesprek,
                           AfgerondStap afgerond) {

    public record Kop(BezoekStatus status, BezoekSoort soort, LocalDate datum, LocalTime tijd, String leerkrachtNaam, String observatorNaam,
                      boolean ikBenLeerkracht, UUID casusId) {
    }

    /** @param magObservatieStarten whether the reader is the observer and the voorgesprek is done */
    /** @param afspraken criteria the school's trend discussions agreed to look at, with the intervention that names them */
    public record VoorgesprekStap(LocalDate datum, LocalTime tijd, String leervraag, String les, Integer groep, UUID kijkwijzerVersieId,
                                  List<UUID> focus, boolean ikBenLeerkracht, boolean magObservatieStarten, long version,
                                  java.util.Map<UUID, String> afspraken) {
    }

    /** @param ikObserveer whether the reader is the observer, who fills in the form */
    public record ObservatieStap(String leervraag, String observatorNaam, boolean ikObserveer, List<BezoekDetails.Focus> focus,
                                 List<BezoekDetails.Notitie> notities, long version) {
    }

    public record NagesprekStap(String leervraag, List<BezoekDetails.Focus> focus, List<BezoekDetails.Notitie> notities,
                                String watGingGoed, String feedforward, String ontwikkeldoel, String reflectie,
                                boolean ikBenObservator, boolean ikBenLeerkracht, long version) {
    }

    /** @param ikDeel whether the reader is the teacher, who may share a learning point from it */
    public record AfgerondStap(String leervraag, List<BezoekDetails.Focus> focus, List<BezoekDetails.Notitie> notities,
                               String watGingGoed, String feedforward, String ontwikkeldoel, String reflectie, boolean ikDeel) {
    }
}
