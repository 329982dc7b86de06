package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekGewist;
import nl.leerteam.klassenbezoek.domain.Klassenbezoek;
import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.klassenbezoek.domain.SchoolbeeldArchief;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.PersoonGewist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The visits of an erased teacher's lessons go with her account: they were about her teaching. Their counts stay in the
 * school picture, as after the retention period. The visits she observed belong to the teachers she visited and stay
 * with them, their observer shown as "oud-medewerker".
 */
@Component
class GewisteMedewerkerBezoeken {

    private final KlassenbezoekRepository bezoeken;
    private final SchoolbeeldArchief archief;
    private final ApplicationEventPublisher gebeurtenissen;

    GewisteMedewerkerBezoeken(KlassenbezoekRepository bezoeken, SchoolbeeldArchief archief, ApplicationEventPublisher gebeurtenissen) {
        this.bezoeken = bezoeken;
        this.archief = archief;
        this.gebeurtenissen = gebeurtenissen;
    }

    @EventListener
    void op(PersoonGewist gebeurtenis) {
        List<Klassenbezoek> haarLessen = bezoeken.findByLeerkrachtId(gebeurtenis.gebruikerId());
        for (Klassenbezoek bezoek : haarLessen) {
            archief.bewaarTellingen(bezoek);
            gebeurtenissen.publishEvent(new BezoekGewist(bezoek.getId()));
        }
        // the focus criteria and quick notes go with the visit (on delete cascade)
        bezoeken.deleteAllInBatch(haarLessen);
    }
}
