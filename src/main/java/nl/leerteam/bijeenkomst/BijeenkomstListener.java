package nl.leerteam.bijeenkomst;

import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.ActiepuntAfgevinkt;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.ActiepuntToegevoegd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.AgendapuntToegevoegd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.AgendapuntVerplaatst;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.AgendapuntHersteld;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.AgendapuntVerwijderd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.AgendavoorstelGedaan;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BesluitToegevoegd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BesluitVerwijderd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BijeenkomstAfgerond;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BijeenkomstGepland;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BijeenkomstGestart;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BijeenkomstGewijzigd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.Binnengekomen;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.NaarAgendapuntGegaan;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.NotitiesOpgeslagen;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.Vertrokken;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.VoorstelOpAgendaGezet;
import nl.leerteam.bijeenkomst.domain.BijeenkomstRepository;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.shared.live.LiveUpdates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The one place where what happens to meetings becomes live updates (sent when the writer's
 * transaction commits). Meetings hold no pupil data: a case on the agenda is audited where it is
 * read, in the leerlingbespreking module. Taking an item off the agenda (with its notes and decisions)
 * and putting it back are audited, so it is known who did it.
 */
@Component
class BijeenkomstListener {

    static final String AGENDAPUNT = "AGENDAPUNT";

    private final LiveUpdates live;
    private final BijeenkomstRepository bijeenkomsten;
    private final AuditLog audit;

    BijeenkomstListener(LiveUpdates live, BijeenkomstRepository bijeenkomsten, AuditLog audit) {
        this.audit = audit;
        this.live = live;
        this.bijeenkomsten = bijeenkomsten;
    }

    @EventListener
    void op(BijeenkomstGebeurtenis gebeurtenis) {
        switch (gebeurtenis) {
            case BijeenkomstGepland g -> bijeenkomst(g.bijeenkomstId());
            case BijeenkomstGewijzigd g -> bijeenkomst(g.bijeenkomstId());
            case BijeenkomstGestart g -> bijeenkomst(g.bijeenkomstId());
            case NaarAgendapuntGegaan g -> bijeenkomst(g.bijeenkomstId());
            case BijeenkomstAfgerond g -> bijeenkomst(g.bijeenkomstId());
            case AgendapuntToegevoegd g -> bijeenkomst(g.bijeenkomstId());
            case AgendapuntVerwijderd g -> {
                audit.registreer(AuditActie.VERWIJDERD, AGENDAPUNT, g.agendapuntId(), null);
                bijeenkomst(g.bijeenkomstId());
            }
            case AgendapuntHersteld g -> {
                audit.registreer(AuditActie.GEWIJZIGD, AGENDAPUNT, g.agendapuntId(), "HERSTELD");
                bijeenkomst(g.bijeenkomstId());
            }
            case AgendapuntVerplaatst g -> bijeenkomst(g.bijeenkomstId());
            case AgendavoorstelGedaan g -> lopendeVan(g.leerteamId());
            case VoorstelOpAgendaGezet g -> lopendeVan(g.leerteamId());
            case NotitiesOpgeslagen g -> bijeenkomst(g.bijeenkomstId());
            case BesluitToegevoegd g -> bijeenkomst(g.bijeenkomstId());
            case BesluitVerwijderd g -> bijeenkomst(g.bijeenkomstId());
            case ActiepuntToegevoegd g -> {
                bijeenkomst(g.bijeenkomstId());
                lopendeVan(g.leerteamId());
            }
            case ActiepuntAfgevinkt g -> {
                bijeenkomst(g.bijeenkomstId());
                lopendeVan(g.leerteamId());
            }
            case Binnengekomen g -> live.publish(BijeenkomstService.LIVE_TOPIC_AANWEZIG, g.bijeenkomstId());
            case Vertrokken g -> live.publish(BijeenkomstService.LIVE_TOPIC_AANWEZIG, g.bijeenkomstId());
        }
    }

    private void bijeenkomst(UUID id) {
        live.publish(BijeenkomstService.LIVE_TOPIC, id);
    }

    /** The leerteam's meetings that have not ended: their agenda shows proposals and open action items. */
    private void lopendeVan(UUID leerteamId) {
        bijeenkomsten.nietAfgerondVan(leerteamId).forEach(this::bijeenkomst);
    }
}
