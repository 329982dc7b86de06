package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.VervolgstapVastgelegd;
import nl.leerteam.leerlingbespreking.Vervolgen;
import nl.leerteam.leerlingbespreking.Vervolgstap;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * A KC's next step "klassenbezoek" on an escalated case plans the visit at once, in the same transaction: the
 * KC observes, the case's owner is the teacher, on the date the KC set, starting from the case's groep. The case
 * shows the visit to the two of them only; everyone else of the leerteam sees the step, not the visit.
 */
@Component
class BezoekenBijCasus implements Vervolgen {

    private final BezoekPlanningService planning;
    private final KlassenbezoekRepository bezoeken;

    BezoekenBijCasus(BezoekPlanningService planning, KlassenbezoekRepository bezoeken) {
        this.planning = planning;
        this.bezoeken = bezoeken;
    }

    @EventListener
    void vervolgstap(VervolgstapVastgelegd stap) {
        if (stap.stap() == Vervolgstap.KLASSENBEZOEK) {
            planning.uitCasus(stap.schoolId(), stap.casusId(), stap.eigenaarId(), stap.groep(), stap.datum());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Vervolg> bij(UUID casusId) {
        UUID ik = CurrentUser.require().gebruikerId();
        return bezoeken.findByCasusIdOrderByDatum(casusId).stream()
                .filter(b -> b.getLeerkrachtId().equals(ik) || b.getObservatorId().equals(ik))
                .map(b -> new Vervolg("vervolg.klassenbezoek", b.getDatum(), "klassenbezoeken/" + b.getId()))
                .toList();
    }
}
