package nl.leerteam.leerlingbespreking;

import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.AfspraakGeevalueerd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.AfspraakGemaakt;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.BesprekingAfgerond;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.BesprekingGestart;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusGeescaleerd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusGelezen;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusGesloten;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusGewijzigd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusIngebracht;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusVerlopen;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.EscalatieberichtGeplaatst;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.FactorGenoemd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.IdeeGeopperd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.RondeGewisseld;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.RondeMinutenIngesteld;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.RondeVerlengd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.VervolgstapVastgelegd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.VraagBeantwoord;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.VraagGesteld;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.shared.live.LiveUpdates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one place where what happens to cases becomes an audit line (in the writer's transaction, so
 * a rolled-back change leaves none) and a live update (sent when that transaction commits).
 */
@Component
class LeerlingbesprekingListener {

    private final AuditLog audit;
    private final LiveUpdates live;

    LeerlingbesprekingListener(AuditLog audit, LiveUpdates live) {
        this.audit = audit;
        this.live = live;
    }

    @EventListener
    void op(LeerlingbesprekingGebeurtenis gebeurtenis) {
        switch (gebeurtenis) {
            case CasusIngebracht g -> audit(AuditActie.AANGEMAAKT, g, null);
            case CasusGelezen g -> audit(AuditActie.GELEZEN, g, g.waar());
            case CasusGewijzigd g -> gewijzigd(AuditActie.GEWIJZIGD, g, null);
            case CasusGesloten g -> gewijzigd(AuditActie.GEWIJZIGD, g, "GESLOTEN");
            case CasusVerlopen g -> {
                audit.registreerDoorSysteem(g.bestuurId(), AuditActie.BEWAARTERMIJN_VERLOPEN, CasusService.ONDERWERP, g.casusId());
                live.publish(CasusService.LIVE_TOPIC, g.casusId());
            }
            case RondeMinutenIngesteld g -> {
                // The round lengths of a leerteam: no pupil data, and a running round keeps its time.
            }
            case BesprekingGestart g -> gewijzigd(AuditActie.AANGEMAAKT, g, "BESPREKING");
            case RondeGewisseld g -> live.publish(CasusService.LIVE_TOPIC, g.casusId());
            case RondeVerlengd g -> live.publish(CasusService.LIVE_TOPIC, g.casusId());
            case BesprekingAfgerond g -> gewijzigd(AuditActie.GEWIJZIGD, g, "BESPREKING_AFGEROND");
            case VraagGesteld g -> gewijzigd(AuditActie.AANGEMAAKT, g, "VRAAG");
            case FactorGenoemd g -> gewijzigd(AuditActie.AANGEMAAKT, g, "FACTOR");
            case IdeeGeopperd g -> gewijzigd(AuditActie.AANGEMAAKT, g, "IDEE");
            case VraagBeantwoord g -> gewijzigd(AuditActie.GEWIJZIGD, g, "ANTWOORD");
            case AfspraakGemaakt g -> gewijzigd(AuditActie.AANGEMAAKT, g, "AFSPRAAK");
            case AfspraakGeevalueerd g -> gewijzigd(AuditActie.GEWIJZIGD, g, "EVALUATIE");
            case CasusGeescaleerd g -> {
                gewijzigd(AuditActie.GEWIJZIGD, g, "GEESCALEERD");
                live.publish(EscalatieService.LIVE_TOPIC_SCHOOL, g.schoolId());
            }
            case EscalatieberichtGeplaatst g -> gewijzigd(AuditActie.AANGEMAAKT, g, "KC_" + g.soort().name());
            case VervolgstapVastgelegd g -> {
                gewijzigd(AuditActie.GEWIJZIGD, g, "VERVOLGSTAP_" + g.stap().name());
                live.publish(EscalatieService.LIVE_TOPIC_SCHOOL, g.schoolId());
            }
        }
    }

    private void gewijzigd(AuditActie actie, LeerlingbesprekingGebeurtenis g, String toelichting) {
        audit(actie, g, toelichting);
        live.publish(CasusService.LIVE_TOPIC, g.casusId());
    }

    private void audit(AuditActie actie, LeerlingbesprekingGebeurtenis g, String toelichting) {
        audit.registreer(actie, CasusService.ONDERWERP, g.casusId(), toelichting);
    }
}
