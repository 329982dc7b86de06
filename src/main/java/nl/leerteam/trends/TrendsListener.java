package nl.leerteam.trends;

import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.trends.TrendsGebeurtenis.AmbitieGewijzigd;
import nl.leerteam.trends.TrendsGebeurtenis.DemoresultatenIngericht;
import nl.leerteam.trends.TrendsGebeurtenis.ToetsresultatenGeimporteerd;
import nl.leerteam.trends.TrendsGebeurtenis.TrendbestandGeweigerd;
import nl.leerteam.trends.TrendsGebeurtenis.TrendgesprekAfgerond;
import nl.leerteam.trends.TrendsGebeurtenis.TrendgesprekGestart;
import nl.leerteam.trends.TrendsGebeurtenis.TrendgesprekGewijzigd;
import nl.leerteam.trends.TrendsGebeurtenis.TrendnotitieGewijzigd;
import nl.leerteam.trends.TrendsGebeurtenis.KalenderFeedGewijzigd;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The one place where what happens to trend data is audited and announced to the school's open trend pages. */
@Component
class TrendsListener {

    static final String ONDERWERP = "TRENDIMPORT";
    static final String TOPIC = "trends";

    private final AuditLog audit;
    private final LiveUpdates live;

    TrendsListener(AuditLog audit, LiveUpdates live) {
        this.audit = audit;
        this.live = live;
    }

    @EventListener
    void op(TrendsGebeurtenis gebeurtenis) {
        switch (gebeurtenis) {
            case ToetsresultatenGeimporteerd g -> {
                audit.registreer(AuditActie.AANGEMAAKT, ONDERWERP, g.importId(), null);
                live.publish(TOPIC, g.schoolId());
            }
            case AmbitieGewijzigd g -> live.publish(TOPIC, g.schoolId());
            case DemoresultatenIngericht g -> {
                // generated, not a school's data: nothing to audit, nobody watching yet
            }
            case TrendbestandGeweigerd g -> audit.registreer(AuditActie.GEWEIGERD, ONDERWERP, g.weigeringId(), "LEERLINGGEGEVENS");
            case TrendgesprekGestart g -> {
                audit.registreer(AuditActie.AANGEMAAKT, TrendgesprekService.ONDERWERP, g.gesprekId(), null);
                live.publish(TOPIC, g.schoolId());
            }
            case TrendgesprekGewijzigd g -> live.publish(TrendgesprekService.LIVE_TOPIC, g.gesprekId());
            case TrendgesprekAfgerond g -> {
                audit.registreer(AuditActie.GEWIJZIGD, TrendgesprekService.ONDERWERP, g.gesprekId(), g.afgerond() ? "AFGEROND" : "HEROPEND");
                live.publish(TrendgesprekService.LIVE_TOPIC, g.gesprekId());
                live.publish(TOPIC, g.schoolId());
            }
            case TrendnotitieGewijzigd g -> live.publish(TOPIC, g.schoolId());
            case KalenderFeedGewijzigd g -> audit.registreer(g.ingetrokken() ? AuditActie.VERWIJDERD : AuditActie.AANGEMAAKT,
                    KwaliteitskalenderService.ONDERWERP, g.feedId(), null);
        }
    }
}
