package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.klassenbezoek.BezoekPlanningService;
import nl.leerteam.klassenbezoek.BezoekSamenvatting;
import nl.leerteam.klassenbezoek.Bezoekmoment;
import nl.leerteam.klassenbezoek.BezoekStatus;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.DashboardContributor;
import nl.leerteam.shared.ui.Startsectie;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** On the start page: the classroom visits not yet finished in which the person is the teacher or the observer, soonest first. */
@org.springframework.stereotype.Component
class BezoekenOpStartpagina implements DashboardContributor {

    static final int OP_STARTPAGINA = 5;

    private final BezoekPlanningService service;

    BezoekenOpStartpagina(BezoekPlanningService service) {
        this.service = service;
    }

    @Override
    public int volgorde() {
        return 40;
    }

    @Override
    public Optional<Component> sectie() {
        List<BezoekSamenvatting> lopend = service.mijnBezoeken().stream().filter(b -> b.status() != BezoekStatus.AFGEROND)
                .sorted(Comparator.comparing(BezoekSamenvatting::datum)
                        .thenComparing(BezoekSamenvatting::tijd, Comparator.nullsLast(Comparator.naturalOrder()))).limit(OP_STARTPAGINA).toList();
        if (lopend.isEmpty()) {
            return Optional.empty();
        }
        LocalDate vandaag = LocalDate.now(Tijdzone.SCHOOL);
        Startsectie sectie = new Startsectie("mijn-bezoeken", UI.getCurrent().getTranslation("start.bezoeken"));
        for (BezoekSamenvatting b : lopend) {
            String wanneer = Bezoekmoment.tekst(Startsectie.dag(sectie, b.datum(), vandaag), b.tijd(), sectie::getTranslation);
            String wie = b.ikBenLeerkracht() ? sectie.getTranslation("bezoek.bij-mij", b.observatorNaam())
                    : sectie.getTranslation("bezoek.bij", b.leerkrachtNaam());
            sectie.regel(new RouterLink(wie, KlassenbezoekView.class, KlassenbezoekView.parameters(b.id())),
                    b.leervraag() == null ? wanneer : sectie.getTranslation("start.bezoek", wanneer, b.leervraag()),
                    List.of(Startsectie.Merk.van(sectie.getTranslation("bezoek.status." + b.status().name().toLowerCase(Locale.ROOT)))));
        }
        return Optional.of(sectie);
    }
}
