package nl.leerteam.meldingen.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.meldingen.MeldingRegel;
import nl.leerteam.meldingen.MeldingService;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.ui.LiveRefresh;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The bell with the count of unread notifications, live: a module's notification for this person rings every window
 * they have open. Opening it lists the most recent ones; choosing one marks it read and opens what it is about.
 */
class Bel extends Div {

    private final MeldingService meldingen;
    final Button knop = new Button(VaadinIcon.BELL.create());
    final Span aantal = new Span();
    final Popover lijst = new Popover();
    final UnorderedList regels = new UnorderedList();
    final Paragraph leeg = new Paragraph();

    Bel(MeldingService meldingen, LiveUpdates live) {
        this.meldingen = meldingen;
        addClassName("lt-bel");
        knop.setId("meldingen-bel");
        knop.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        aantal.setId("meldingen-aantal");
        aantal.addClassName("lt-bel-aantal");
        aantal.getElement().setAttribute("aria-hidden", "true");
        add(knop, aantal);

        H2 kop = new H2(getTranslation("meldingen.titel"));
        kop.setId("meldingen-kop");
        kop.addClassName("lt-bel-kop");
        Button allesGelezen = new Button(getTranslation("meldingen.alles-gelezen"), e -> {
            meldingen.allesGelezen();
            vernieuw();
        });
        allesGelezen.setId("meldingen-alles-gelezen");
        allesGelezen.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        RouterLink instellingen = new RouterLink(getTranslation("meldingen.instellingen"), MeldingInstellingenView.class);
        instellingen.setId("meldingen-instellingen");
        instellingen.addClassName("lt-bel-instellingen");
        Div boven = new Div(kop, allesGelezen);
        boven.addClassName("lt-bel-boven");
        regels.addClassName("lt-bel-lijst");
        regels.setId("meldingen-lijst");
        leeg.setText(getTranslation("meldingen.leeg"));
        leeg.addClassName("lt-muted");
        lijst.add(boven, regels, leeg, instellingen);
        lijst.setTarget(knop);
        lijst.setPosition(PopoverPosition.BOTTOM_END);
        lijst.setAriaLabelledBy("meldingen-kop");
        lijst.addClassName("lt-bel-popover");
        lijst.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                vulLijst();
            }
        });
        add(lijst);

        LiveRefresh.bind(this, live, MeldingService.LIVE_TOPIC, () -> CurrentUser.require().gebruikerId(), this::vernieuw);
        addAttachListener(e -> vernieuw());
    }

    /** The count, and the list if it is open. */
    void vernieuw() {
        int n = meldingen.ongelezen();
        aantal.setText(n == 0 ? "" : n >= MeldingService.TELLEN ? MeldingService.TELLEN + "+" : String.valueOf(n));
        aantal.setVisible(n > 0);
        knop.setAriaLabel(n == 0 ? getTranslation("meldingen.bel.geen") : getTranslation("meldingen.bel.aantal", n));
        if (lijst.isOpened()) {
            vulLijst();
        }
    }

    private void vulLijst() {
        List<MeldingRegel> alle = meldingen.mijnMeldingen(getLocale());
        regels.removeAll();
        DateTimeFormatter wanneer = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        for (MeldingRegel regel : alle) {
            Button open = new Button();
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClassName("lt-bel-regel");
            Span tekst = new Span(regel.tekst());
            tekst.addClassName("lt-bel-tekst");
            Span moment = new Span(wanneer.format(regel.moment().atZone(Tijdzone.SCHOOL)));
            moment.addClassName("lt-muted");
            if (!regel.gelezen()) {
                open.addClassName("lt-ongelezen");
                Span ongelezen = new Span(getTranslation("meldingen.ongelezen"));
                ongelezen.addClassName("lt-sr-only");
                open.getElement().appendChild(ongelezen.getElement());
            }
            open.getElement().appendChild(tekst.getElement(), new Text(" ").getElement(), moment.getElement());
            open.addClickListener(e -> {
                meldingen.gelezen(regel.id());
                lijst.close();
                getUI().ifPresent(ui -> ui.navigate(regel.pad()));
            });
            regels.add(new ListItem(open));
        }
        leeg.setVisible(alle.isEmpty());
    }
}
