package nl.leerteam.bijeenkomst;

import net.fortuna.ical4j.data.CalendarOutputter;
import nl.leerteam.shared.domain.Tijdzone;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

/** A meeting as an iCalendar invitation (.ics) that any calendar program can add. */
public final class BijeenkomstIcs {

    private BijeenkomstIcs() {
    }

    /** @param omschrijving the text under the event: leerteam, roles and the agenda */
    public static String van(BijeenkomstDetails b, String omschrijving) {
        Instant begin = b.plan().datum().atTime(b.plan().begintijd()).atZone(Tijdzone.SCHOOL).toInstant();
        Instant einde = b.plan().datum().atTime(b.plan().eindtijd()).atZone(Tijdzone.SCHOOL).toInstant();
        VEvent event = new VEvent(begin, einde, b.plan().titel() + " · " + b.leerteamNaam());
        event.add(new Uid(b.id() + "@leerteam"));
        // The plan's version, so a changed meeting replaces the earlier invitation in the calendar.
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, b.version())));
        if (b.plan().plaats() != null) {
            event.add(new Location(b.plan().plaats()));
        }
        if (b.plan().onlineLink() != null) {
            event.add(new Url(URI.create(b.plan().onlineLink())));
        }
        event.add(new Description(omschrijving));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Leerteam//Leerteam//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);
        StringWriter uit = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, uit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }
}
