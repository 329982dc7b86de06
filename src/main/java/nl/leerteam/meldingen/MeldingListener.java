package nl.leerteam.meldingen;

import nl.leerteam.organisatie.OrganisatieGebeurtenis.PersoonGewist;
import nl.leerteam.shared.melding.Melding;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the modules tell becomes notifications in the transaction that did it: made together with what happened, or not
 * at all. An erased person's notifications, preferences and unsubscribe keys go with their account.
 */
@Component
class MeldingListener {

    private final MeldingService meldingen;
    private final MeldingOpslag opslag;

    MeldingListener(MeldingService meldingen, MeldingOpslag opslag) {
        this.meldingen = meldingen;
        this.opslag = opslag;
    }

    @EventListener
    void op(Melding melding) {
        meldingen.melden(melding);
    }

    @EventListener
    void op(PersoonGewist gewist) {
        opslag.wis(gewist.gebruikerId());
    }
}
