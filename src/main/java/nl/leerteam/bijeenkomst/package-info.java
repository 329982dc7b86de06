/**
 * Meetings of a leerteam, and of the board's KC-platform (a circle without a school): planning, the agenda (cases,
 * trend discussions, free topics and the open action items of earlier meetings; for the KC-platform practice cards
 * and questions by reference through {@link nl.leerteam.bijeenkomst.Agendaverwijzingen}, and the schools side by
 * side), presence, notes (two writers merged), decisions and action items, and the minutes.
 */
@ApplicationModule(displayName = "Bijeenkomst", allowedDependencies = {"shared", "organisatie", "privacy", "privacy :: ui", "leerlingbespreking", "leerlingbespreking :: ui", "klassenbezoek", "trends", "trends :: ui"})
package nl.leerteam.bijeenkomst;

import org.springframework.modulith.ApplicationModule;
