package nl.leerteam.trends.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.DashboardContributor;
import nl.leerteam.shared.ui.Startsectie;
import nl.leerteam.trends.Kalendermoment;
import nl.leerteam.trends.KwaliteitskalenderService;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** On the start page, last: from the quality calendar of the person's schools, what is due or comes within three weeks. */
@org.springframework.stereotype.Component
class KalenderOpStartpagina implements DashboardContributor {

    private final KwaliteitskalenderService service;

    KalenderOpStartpagina(KwaliteitskalenderService service) {
        this.service = service;
    }

    @Override
    public int volgorde() {
        return 50;
    }

    @Override
    public Optional<Component> sectie() {
        List<KwaliteitskalenderService.Binnenkort> binnenkort = service.binnenkort();
        if (binnenkort.isEmpty()) {
            return Optional.empty();
        }
        LocalDate vandaag = LocalDate.now(Tijdzone.SCHOOL);
        Startsectie sectie = new Startsectie("kalender-binnenkort", UI.getCurrent().getTranslation("start.kalender"));
        for (KwaliteitskalenderService.Binnenkort b : binnenkort) {
            Kalendermoment m = b.moment();
            String wat = m.omschrijving(sectie::getTranslation);
            RouterLink link = m.gesprekId() == null ? new RouterLink(wat, KwaliteitskalenderView.class)
                    : new RouterLink(wat, TrendgesprekView.class, TrendgesprekView.parameters(m.gesprekId()));
            String wanneer = m.van().equals(m.tot()) ? Startsectie.dag(sectie, m.van(), vandaag)
                    : sectie.getTranslation("start.kalender.periode", Startsectie.dag(sectie, m.van(), vandaag),
                    Startsectie.dag(sectie, m.tot(), vandaag));
            sectie.regel(link, sectie.getTranslation("start.kalender.waar", b.schoolNaam(), wanneer),
                    m.stand() == Kalendermoment.Stand.TE_DOEN
                            ? List.of(new Startsectie.Merk(sectie.getTranslation("kalender.stand.te_doen"), true)) : List.of());
        }
        return Optional.of(sectie);
    }
}
