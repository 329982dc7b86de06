package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.leerlingbespreking.MijnCasuswerk;
import nl.leerteam.leerlingbespreking.domain.Casuswerk;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.DashboardContributor;
import nl.leerteam.shared.ui.Startsectie;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** On a teacher's start page: what the KC said on her cases, and agreements that are due for evaluation. */
@org.springframework.stereotype.Component
class CasuswerkOpStartpagina implements DashboardContributor {

    private final CasusService service;

    CasuswerkOpStartpagina(CasusService service) {
        this.service = service;
    }

    @Override
    public int volgorde() {
        return 30;
    }

    @Override
    public Optional<Component> sectie() {
        MijnCasuswerk werk = service.mijnCasuswerk();
        if (werk.leeg()) {
            return Optional.empty();
        }
        Startsectie sectie = new Startsectie("mijn-casussen", UI.getCurrent().getTranslation("start.casussen"));
        for (Casuswerk.KcReactie reactie : werk.kcReacties()) {
            sectie.regel(link(sectie, reactie.casusId(), reactie.pseudoniem(), reactie.groep()),
                    Startsectie.dag(sectie, reactie.wanneer().atZone(Tijdzone.SCHOOL).toLocalDate(), werk.vandaag()),
                    List.of(new Startsectie.Merk(sectie.getTranslation("start.kc." + reactie.soort().toLowerCase(Locale.ROOT)), true)));
        }
        for (Casuswerk.TeEvalueren afspraak : werk.teEvalueren()) {
            List<Startsectie.Merk> merken = new ArrayList<>(List.of(Startsectie.Merk.van(sectie.getTranslation("start.evalueren"))));
            if (afspraak.evaluatiedatum().isBefore(werk.vandaag())) {
                merken.add(new Startsectie.Merk(sectie.getTranslation("start.te-laat"), true));
            }
            sectie.regel(link(sectie, afspraak.casusId(), afspraak.pseudoniem(), afspraak.groep()),
                    sectie.getTranslation("start.afspraak", afspraak.afspraak(),
                            Startsectie.dag(sectie, afspraak.evaluatiedatum(), werk.vandaag())), merken);
        }
        return Optional.of(sectie);
    }

    private static RouterLink link(Component context, java.util.UUID casusId, String pseudoniem, int groep) {
        return new RouterLink(context.getTranslation("casus.titel", pseudoniem, groep), CasusView.class, CasusView.parameters(casusId));
    }
}
