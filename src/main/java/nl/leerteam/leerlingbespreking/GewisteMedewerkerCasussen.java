package nl.leerteam.leerlingbespreking;

import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusGesloten;
import nl.leerteam.leerlingbespreking.domain.Casus;
import nl.leerteam.leerlingbespreking.domain.CasusRepository;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.PersoonGewist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The open cases of an erased person are closed: the teacher owns her case and nobody takes it over, so it stays
 * readable to the leerteam under "oud-medewerker" and leaves after the board's retention period like every closed case.
 */
@Component
class GewisteMedewerkerCasussen {

    private final CasusRepository casussen;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    GewisteMedewerkerCasussen(CasusRepository casussen, ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.casussen = casussen;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    @EventListener
    void op(PersoonGewist gebeurtenis) {
        for (Casus casus : casussen.findByEigenaarIdAndStatusNot(gebeurtenis.gebruikerId(), CasusStatus.GESLOTEN)) {
            casus.sluit(clock.instant());
            gebeurtenissen.publishEvent(new CasusGesloten(casus.getId()));
        }
    }
}
