package nl.leerteam.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.LocalDate;

/**
 * A date field that says so when it cannot read what was typed ("31-02", "morgen"): the browser
 * shows it as the field loses focus, and a save through {@link Meldingen#opslaan} refuses it on the
 * server, so an unreadable date never turns silently into no date.
 */
public class Datumveld extends DatePicker {

    public Datumveld() {
        setI18n(new DatePickerI18n().setBadInputErrorMessage(getTranslation("fout.datum-onleesbaar")));
    }

    public Datumveld(String label) {
        this();
        setLabel(label);
    }

    /** A school meets on weekdays: a proposed date on a Saturday or Sunday moves to the Monday after. */
    public static LocalDate schooldagVanaf(LocalDate datum) {
        return switch (datum.getDayOfWeek()) {
            case SATURDAY -> datum.plusDays(2);
            case SUNDAY -> datum.plusDays(1);
            default -> datum;
        };
    }

    /** Whether what is in the field is a date or nothing at all, not text the field could not read. */
    public boolean leesbaar() {
        return !isInputUnparsable() && (getValue() != null || !isInputValuePresent());
    }
}
