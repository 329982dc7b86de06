package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekAfgerond;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekVerlopen;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekGewist;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekGelezen;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekGepland;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.KijkwijzerAangemaakt;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.KijkwijzerGewijzigd;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.LeerpuntGedeeld;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.NaarNagesprekGegaan;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.NagesprekVastgelegd;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.ObservatieGestart;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.ReflectieGeschreven;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.SnelleNotitieGemaakt;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.VoorgesprekGevoerd;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.WaarnemingVastgelegd;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.shared.live.LiveUpdates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The one place where what happens to visits becomes an audit line (in the writer's transaction) and
 * the live update of the visit's page, which its teacher and observer may both have open.
 * Kijkwijzers hold no observation data: no audit line, and nobody watches them live.
 */
@Component
class KlassenbezoekListener {

    private final AuditLog audit;
    private final LiveUpdates live;

    KlassenbezoekListener(AuditLog audit, LiveUpdates live) {
        this.audit = audit;
        this.live = live;
    }

    @EventListener
    void op(KlassenbezoekGebeurtenis gebeurtenis) {
        switch (gebeurtenis) {
            case BezoekGepland g -> audit(AuditActie.AANGEMAAKT, g.bezoekId(), g.vervolgVanId() == null ? null : "VERVOLG");
            case BezoekGelezen g -> audit(AuditActie.GELEZEN, g.bezoekId(), null);
            case VoorgesprekGevoerd g -> gewijzigd(g.bezoekId(), "VOORGESPREK");
            case ObservatieGestart g -> gewijzigd(g.bezoekId(), "OBSERVATIE");
            case WaarnemingVastgelegd g -> gewijzigd(g.bezoekId(), "WAARNEMING");
            case SnelleNotitieGemaakt g -> gewijzigd(g.bezoekId(), "NOTITIE");
            case NaarNagesprekGegaan g -> gewijzigd(g.bezoekId(), "NAGESPREK");
            case NagesprekVastgelegd g -> gewijzigd(g.bezoekId(), "NAGESPREK");
            case ReflectieGeschreven g -> gewijzigd(g.bezoekId(), "REFLECTIE");
            case BezoekAfgerond g -> gewijzigd(g.bezoekId(), "AFGEROND");
            case BezoekGewist g -> {
                audit(AuditActie.VERWIJDERD, g.bezoekId(), "GEWIST");
                live.publish(KlassenbezoekService.LIVE_TOPIC, g.bezoekId());
            }
            case BezoekVerlopen g -> {
                audit.registreerDoorSysteem(g.bestuurId(), AuditActie.BEWAARTERMIJN_VERLOPEN, KlassenbezoekService.ONDERWERP,
                        g.bezoekId());
                live.publish(KlassenbezoekService.LIVE_TOPIC, g.bezoekId());
            }
            case LeerpuntGedeeld g -> audit(AuditActie.GEWIJZIGD, g.bezoekId(), "GEDEELD");
            case KijkwijzerAangemaakt g -> {
                // an instrument, not an observation
            }
            case KijkwijzerGewijzigd g -> {
                // an instrument, not an observation
            }
        }
    }

    private void gewijzigd(UUID bezoekId, String toelichting) {
        audit(AuditActie.GEWIJZIGD, bezoekId, toelichting);
        live.publish(KlassenbezoekService.LIVE_TOPIC, bezoekId);
    }

    private void audit(AuditActie actie, UUID bezoekId, String toelichting) {
        audit.registreer(actie, KlassenbezoekService.ONDERWERP, bezoekId, toelichting);
    }
}
