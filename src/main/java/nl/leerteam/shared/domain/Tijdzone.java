package nl.leerteam.shared.domain;

import java.time.ZoneId;

/** Leerteam serves Dutch schools: dates and times people see and plan are in Dutch local time. */
public final class Tijdzone {

    public static final ZoneId SCHOOL = ZoneId.of("Europe/Amsterdam");

    private Tijdzone() {
    }
}
