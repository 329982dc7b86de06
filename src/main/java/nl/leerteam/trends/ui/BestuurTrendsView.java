package nl.leerteam.trends.ui;

import com.vaadin.flow.component.grid.Grid;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.trends.BestuursTrendService;
import nl.leerteam.trends.Bestuursoverzicht;
import nl.leerteam.trends.Meetmoment;
import nl.leerteam.trends.Vak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Board staff compare their schools: the page around {@link Schoolvergelijking}. */
@Route("bestuur/trends")
@RolesAllowed("BESTUURDER")
public class BestuurTrendsView extends Div implements Paginatitel {

    final Schoolvergelijking vergelijking;

    public BestuurTrendsView(BestuursTrendService service) {
        addClassName("lt-page");
        vergelijking = new Schoolvergelijking(service);
        add(new H2(getTranslation("bestuurtrends.titel")), vergelijking);
    }

    @Override
    public String titel() {
        return getTranslation("bestuurtrends.titel");
    }
}
