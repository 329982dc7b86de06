package nl.leerteam.trends.ui;

import nl.leerteam.klassenbezoek.SchoolbeeldService;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.trends.TrendService;
import nl.leerteam.trends.TrendgesprekService;
import nl.leerteam.trends.TrendnotitieService;
import org.springframework.stereotype.Component;

/**
 * What a trend discussion on a page needs, in one piece, so a meeting can show one without knowing its parts; and the
 * board's comparison of its schools, which a meeting of the KC-platform shows.
 */
@Component
public class TrendgesprekDiensten {

    final TrendgesprekService gesprekken;
    final TrendService resultaten;
    final SchoolbeeldService schoolbeeld;
    final TrendnotitieService notities;
    final LiveUpdates live;
    final nl.leerteam.trends.BestuursTrendService bestuur;

    TrendgesprekDiensten(TrendgesprekService gesprekken, TrendService resultaten, SchoolbeeldService schoolbeeld,
                         TrendnotitieService notities, LiveUpdates live, nl.leerteam.trends.BestuursTrendService bestuur) {
        this.bestuur = bestuur;
        this.notities = notities;
        this.gesprekken = gesprekken;
        this.resultaten = resultaten;
        this.schoolbeeld = schoolbeeld;
        this.live = live;
    }

    /** The board's schools side by side under the rule of small counts, for board staff and the board's KCs. */
    public Schoolvergelijking schoolvergelijking() {
        return new Schoolvergelijking(bestuur);
    }
}
