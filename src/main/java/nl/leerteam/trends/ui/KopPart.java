package nl.leerteam.trends.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.trends.TrendgesprekPagina.Kop;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Why the discussion was started, by whom and when, whether it is closed, and for its leaders the close. */
final class KopPart extends Div {

    final Paragraph aanleiding = new Paragraph();
    final Span status = new Span();
    final Paragraph wie = new Paragraph();
    final Button afronden = new Button();
    final Button heropenen = new Button();
    private Kop getoond;

    KopPart(Signal<Kop> kop, Signal<Boolean> leiden, GesprekActies acties) {
        wie.addClassName("lt-muted");
        status.setId("gesprek-status");
        afronden.setText(getTranslation("trends.gesprek.afronden"));
        afronden.setIcon(VaadinIcon.CHECK.create());
        afronden.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        afronden.setId("gesprek-afronden");
        afronden.addClickListener(e -> acties.doe(this, () -> acties.service().afronden(acties.pagina().get().id(), getoond.version())));
        heropenen.setText(getTranslation("trends.gesprek.heropenen"));
        heropenen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        heropenen.setId("gesprek-heropenen");
        heropenen.addClickListener(e -> acties.doe(this, () -> acties.service().heropenen(acties.pagina().get().id(), getoond.version())));
        Div knoppen = new Div(afronden, heropenen);
        knoppen.addClassName("lt-invoer");
        add(new Paragraph(status), aanleiding, wie, knoppen);
        Parts.bind(this, kop, nu -> {
            getoond = nu;
            DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                    .withZone(ZoneId.of("Europe/Amsterdam"));
            aanleiding.setText(nu.aanleiding() == null ? "" : nu.aanleiding());
            aanleiding.setVisible(nu.aanleiding() != null);
            wie.setText(getTranslation("trends.gesprek.gestart", nu.gestartDoor(), datum.format(nu.gestart())));
            status.getElement().getThemeList().clear();
            status.getElement().getThemeList().add(nu.afgerond() == null ? "badge" : "badge success");
            status.setText(nu.afgerond() == null ? getTranslation("trends.gesprek.loopt")
                    : getTranslation("trends.gesprek.afgerond-op", datum.format(nu.afgerond())));
            afronden.setVisible(nu.kanAfronden());
            heropenen.setVisible(nu.afgerond() != null && Boolean.TRUE.equals(leiden.peek()));
        });
    }
}
