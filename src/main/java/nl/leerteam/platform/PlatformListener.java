package nl.leerteam.platform;

import nl.leerteam.platform.PlatformGebeurtenis.BestandStap;
import nl.leerteam.platform.PlatformGebeurtenis.KaartStap;
import nl.leerteam.platform.PlatformGebeurtenis.ThemaGewijzigd;
import nl.leerteam.platform.PlatformGebeurtenis.VraagStap;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.shared.live.LiveUpdates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The one place where what happens on the platform is audited and announced to the pages that show it. */
@Component
class PlatformListener {

    static final String KAART = "PRAKTIJKKAART";
    static final String THEMA = "PLATFORMTHEMA";
    static final String VRAAG = "PLATFORMVRAAG";
    static final String BESTAND = "STUDIEDAG_BESTAND";

    private final AuditLog audit;
    private final LiveUpdates live;

    PlatformListener(AuditLog audit, LiveUpdates live) {
        this.audit = audit;
        this.live = live;
    }

    @EventListener
    void op(PlatformGebeurtenis gebeurtenis) {
        switch (gebeurtenis) {
            case KaartStap g -> {
                audit.registreer(g.stap() == KaartStap.Stap.AANGEMAAKT ? AuditActie.AANGEMAAKT : AuditActie.GEWIJZIGD, KAART, g.kaartId(),
                        g.stap().name());
                live.publish(PraktijkkaartService.LIVE_TOPIC, g.kaartId());
                live.publish(PraktijkkaartService.LIVE_TOPIC_BESTUUR, g.bestuurId());
            }
            case BestandStap g -> {
                audit.registreer(g.stap() == BestandStap.Stap.TOEGEVOEGD ? AuditActie.AANGEMAAKT : AuditActie.GEWIJZIGD, BESTAND,
                        g.bestandId(), g.stap().name());
                live.publish(BibliotheekService.LIVE_TOPIC, g.bestuurId());
            }
            case PlatformGebeurtenis.Gevolgd g -> {
                // what one follows is one's own business: no audit line, no live update for others
            }
            case ThemaGewijzigd g -> audit.registreer(AuditActie.GEWIJZIGD, THEMA, g.themaId(), null);
            case VraagStap g -> {
                if (g.stap() != VraagStap.Stap.GEVOLGD && g.stap() != VraagStap.Stap.ONTVOLGD) {
                    audit.registreer(g.stap() == VraagStap.Stap.GESTELD ? AuditActie.AANGEMAAKT : AuditActie.GEWIJZIGD, VRAAG, g.vraagId(),
                            g.stap().name());
                }
                live.publish(VraagService.LIVE_TOPIC, g.vraagId());
            }
        }
    }
}
