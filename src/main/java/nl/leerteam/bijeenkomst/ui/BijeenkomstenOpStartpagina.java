package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.BijeenkomstStatus;
import nl.leerteam.bijeenkomst.MijnBijeenkomsten;
import nl.leerteam.shared.ui.DashboardContributor;
import nl.leerteam.shared.ui.Startsectie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** On the start page, first: the running and next meetings of the person's circles with their role, and their open action items. */
@org.springframework.stereotype.Component
class BijeenkomstenOpStartpagina implements DashboardContributor {

    private final BijeenkomstService service;

    BijeenkomstenOpStartpagina(BijeenkomstService service) {
        this.service = service;
    }

    @Override
    public int volgorde() {
        return 10;
    }

    @Override
    public Optional<Component> sectie() {
        MijnBijeenkomsten mijn = service.mijnBijeenkomsten();
        if (mijn.komend().isEmpty() && mijn.actiepunten().isEmpty()) {
            return Optional.empty();
        }
        Div houder = new Div();
        if (!mijn.komend().isEmpty()) {
            Startsectie sectie = new Startsectie("mijn-bijeenkomsten", houder.getTranslation("start.bijeenkomsten"));
            for (MijnBijeenkomsten.Komend b : mijn.komend()) {
                List<Startsectie.Merk> labels = new ArrayList<>();
                if (b.status() == BijeenkomstStatus.BEZIG) {
                    labels.add(new Startsectie.Merk(houder.getTranslation("start.bijeenkomst.bezig"), true));
                }
                if (b.voorzitter()) {
                    labels.add(Startsectie.Merk.van(houder.getTranslation("bijeenkomst.voorzitter")));
                }
                if (b.notulist()) {
                    labels.add(Startsectie.Merk.van(houder.getTranslation("bijeenkomst.notulist")));
                }
                sectie.regel(new RouterLink(b.titel(), BijeenkomstView.class, BijeenkomstView.parameters(b.id())),
                        houder.getTranslation("start.bijeenkomst.wanneer", Startsectie.dag(houder, b.datum(), mijn.vandaag()),
                                b.begintijd(), b.eindtijd(), b.kringNaam()),
                        labels);
            }
            houder.add(sectie);
        }
        if (!mijn.actiepunten().isEmpty()) {
            Startsectie sectie = new Startsectie("mijn-actiepunten", houder.getTranslation("start.actiepunten"));
            for (MijnBijeenkomsten.Actiepunt a : mijn.actiepunten()) {
                sectie.regel(new RouterLink(a.tekst(), BijeenkomstView.class, BijeenkomstView.parameters(a.bijeenkomstId())),
                        houder.getTranslation("start.actiepunt.wanneer", Startsectie.dag(houder, a.deadline(), mijn.vandaag()), a.kringNaam()),
                        a.verlopen(mijn.vandaag()) ? List.of(new Startsectie.Merk(houder.getTranslation("start.te-laat"), true)) : List.of());
            }
            houder.add(sectie);
        }
        return Optional.of(houder);
    }
}
