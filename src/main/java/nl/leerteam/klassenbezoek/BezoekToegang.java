package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.domain.Klassenbezoek;
import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Opzoeken;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The one access rule of a visit: its teacher and its observer, nobody else, not even to learn that
 * it exists. The module's services reach a visit only through here.
 */
@Component
class BezoekToegang {

    private final KlassenbezoekRepository bezoeken;
    private final Clock clock;

    BezoekToegang(KlassenbezoekRepository bezoeken, Clock clock) {
        this.bezoeken = bezoeken;
        this.clock = clock;
    }

    Klassenbezoek vanMij(UUID bezoekId) {
        UUID ik = CurrentUser.require().gebruikerId();
        return Opzoeken.opId(bezoeken, bezoekId).filter(b -> b.isVan(ik)).orElseThrow(Opzoeken::geweigerd);
    }

    Klassenbezoek alsObservator(UUID bezoekId) {
        Klassenbezoek b = vanMij(bezoekId);
        if (!b.getObservatorId().equals(CurrentUser.require().gebruikerId())) {
            throw new AccessDeniedException("Only the observer does this");
        }
        return b;
    }

    Klassenbezoek alsLeerkracht(UUID bezoekId, String waarom) {
        Klassenbezoek b = vanMij(bezoekId);
        if (!b.getLeerkrachtId().equals(CurrentUser.require().gebruikerId())) {
            throw new AccessDeniedException(waarom);
        }
        return b;
    }

    /** A visit lies between three months ago and a year ahead. */
    void controleerDatum(LocalDate datum) {
        if (datum == null) {
            throw new InvoerFout("datum", "fout.verplicht");
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (datum.isBefore(vandaag.minusMonths(3)) || datum.isAfter(vandaag.plusYears(1))) {
            throw new InvoerFout("datum", "fout.bezoek-datum");
        }
    }

    /** A visit is in school hours; the time is optional until teacher and observer know the lesson. */
    void controleerTijd(LocalTime tijd) {
        if (tijd != null && (tijd.isBefore(Bezoekmoment.VROEGST) || tijd.isAfter(Bezoekmoment.LAATST))) {
            throw new InvoerFout("tijd", "fout.bezoek-tijd", Bezoekmoment.VROEGST, Bezoekmoment.LAATST);
        }
    }
}
