/**
 * Meetings of a leerteam: planning, the agenda (cases, trend discussions, free topics and the open action items of
 * earlier meetings), presence, notes, decisions and action items, and the minutes.
 */
@ApplicationModule(displayName = "Bijeenkomst", allowedDependencies = {"shared", "organisatie", "privacy", "privacy :: ui", "leerlingbespreking", "leerlingbespreking :: ui", "klassenbezoek", "trends", "trends :: ui"})
package nl.leerteam.bijeenkomst;

import org.springframework.modulith.ApplicationModule;
