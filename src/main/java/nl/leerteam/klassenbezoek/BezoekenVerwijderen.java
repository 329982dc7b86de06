package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.domain.Klassenbezoek;
import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.klassenbezoek.domain.SchoolbeeldArchief;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Function;

/**
 * How visits leave Leerteam, whatever the reason (their retention period, the erasure of their teacher): their counts
 * go into the school picture's archive, each removal is an event (and so an audit line), then the visits go with their
 * focus criteria and quick notes (on delete cascade).
 */
@Component
class BezoekenVerwijderen {

    private final KlassenbezoekRepository bezoeken;
    private final SchoolbeeldArchief archief;
    private final ApplicationEventPublisher gebeurtenissen;

    BezoekenVerwijderen(KlassenbezoekRepository bezoeken, SchoolbeeldArchief archief, ApplicationEventPublisher gebeurtenissen) {
        this.bezoeken = bezoeken;
        this.archief = archief;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** @param waarom the event that says why one visit goes */
    int verwijder(List<Klassenbezoek> weg, Function<Klassenbezoek, KlassenbezoekGebeurtenis> waarom) {
        for (Klassenbezoek bezoek : weg) {
            archief.bewaarTellingen(bezoek);
            gebeurtenissen.publishEvent(waarom.apply(bezoek));
        }
        bezoeken.deleteAllInBatch(weg);
        return weg.size();
    }
}
