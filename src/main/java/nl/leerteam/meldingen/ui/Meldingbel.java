package nl.leerteam.meldingen.ui;

import com.vaadin.flow.component.Component;
import nl.leerteam.meldingen.MeldingService;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.ui.NavbarContributor;

/** The bell in the top bar: how many notifications wait, and the list behind it. */
@org.springframework.stereotype.Component
class Meldingbel implements NavbarContributor {

    private final MeldingService meldingen;
    private final LiveUpdates live;

    Meldingbel(MeldingService meldingen, LiveUpdates live) {
        this.meldingen = meldingen;
        this.live = live;
    }

    @Override
    public Component navbarItem() {
        return new Bel(meldingen, live);
    }
}
