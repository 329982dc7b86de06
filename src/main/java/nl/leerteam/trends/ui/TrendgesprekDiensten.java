package nl.leerteam.trends.ui;

import nl.leerteam.klassenbezoek.SchoolbeeldService;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.trends.TrendService;
import nl.leerteam.trends.TrendgesprekService;
import nl.leerteam.trends.TrendnotitieService;
import org.springframework.stereotype.Component;

/** What a trend discussion on a page needs, in one piece, so a meeting can show one without knowing its parts. */
@Component
public class TrendgesprekDiensten {

    final TrendgesprekService gesprekken;
    final TrendService resultaten;
    final SchoolbeeldService schoolbeeld;
    final TrendnotitieService notities;
    final LiveUpdates live;

    TrendgesprekDiensten(TrendgesprekService gesprekken, TrendService resultaten, SchoolbeeldService schoolbeeld,
                         TrendnotitieService notities, LiveUpdates live) {
        this.notities = notities;
        this.gesprekken = gesprekken;
        this.resultaten = resultaten;
        this.schoolbeeld = schoolbeeld;
        this.live = live;
    }
}
