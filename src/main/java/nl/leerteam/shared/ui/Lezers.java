package nl.leerteam.shared.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.leerteam.shared.domain.Lezing;
import nl.leerteam.shared.domain.Tijdzone;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * For the owner of a case or the teacher of a visit: who else opened it and when, from the audit log. Read when she
 * opens the list, not with every page.
 */
public final class Lezers extends Details {

    public final UnorderedList lijst = new UnorderedList();
    private final Paragraph geen = new Paragraph();

    /** @param sleutel the start of the translation keys: {@code sleutel}, {@code .uitleg}, {@code .geen} */
    public Lezers(String sleutel, Supplier<List<Lezing>> lezers) {
        setSummaryText(getTranslation(sleutel));
        setId("lezers");
        Paragraph uitleg = new Paragraph(getTranslation(sleutel + ".uitleg"));
        uitleg.addClassName("lt-muted");
        geen.setText(getTranslation(sleutel + ".geen"));
        geen.addClassName("lt-muted");
        add(uitleg, lijst, geen);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                toon(lezers.get());
            }
        });
    }

    private void toon(List<Lezing> lezingen) {
        DateTimeFormatter wanneer = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        lijst.removeAll();
        for (Lezing l : lezingen) {
            String rollen = l.rollen().stream().sorted().map(r -> getTranslation(r.labelKey())).collect(Collectors.joining(", "));
            lijst.add(new ListItem(getTranslation(rollen.isEmpty() ? "lezer.zonder-rol" : "lezer", l.naam(), rollen,
                    wanneer.format(l.moment().atZone(Tijdzone.SCHOOL)))));
        }
        lijst.setVisible(!lezingen.isEmpty());
        geen.setVisible(lezingen.isEmpty());
    }
}
