package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekGewist;
import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.PersoonGewist;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The visits of an erased teacher's lessons go with her account: they were about her teaching. Their counts stay in the
 * school picture, as after the retention period. The visits she observed belong to the teachers she visited and stay
 * with them, their observer shown as "oud-medewerker".
 */
@Component
class GewisteMedewerkerBezoeken {

    private final KlassenbezoekRepository bezoeken;
    private final BezoekenVerwijderen verwijderen;

    GewisteMedewerkerBezoeken(KlassenbezoekRepository bezoeken, BezoekenVerwijderen verwijderen) {
        this.bezoeken = bezoeken;
        this.verwijderen = verwijderen;
    }

    @EventListener
    void op(PersoonGewist gebeurtenis) {
        verwijderen.verwijder(bezoeken.findByLeerkrachtId(gebeurtenis.gebruikerId()), b -> new BezoekGewist(b.getId()));
    }
}
