package nl.leerteam.trends;

import nl.leerteam.organisatie.OrganisatieGebeurtenis.PersoonGewist;
import nl.leerteam.trends.domain.KalenderFeedOpslag;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An erased person's calendar link stops working: it was theirs alone. */
@Component
class GewisteMedewerkerTrends {

    private final KalenderFeedOpslag feeds;

    GewisteMedewerkerTrends(KalenderFeedOpslag feeds) {
        this.feeds = feeds;
    }

    @EventListener
    void op(PersoonGewist gebeurtenis) {
        feeds.verwijder(gebeurtenis.gebruikerId());
    }
}
