package nl.leerteam.platform;

import nl.leerteam.organisatie.OrganisatieGebeurtenis.PersoonGewist;
import nl.leerteam.platform.domain.VraagOpslag;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What an erased person followed on the KC-platform was theirs alone; their cards, questions and answers stay. */
@Component
class GewisteMedewerkerPlatform {

    private final VraagOpslag vragen;

    GewisteMedewerkerPlatform(VraagOpslag vragen) {
        this.vragen = vragen;
    }

    @EventListener
    void op(PersoonGewist gebeurtenis) {
        vragen.nietsMeerVolgen(gebeurtenis.gebruikerId());
    }
}
