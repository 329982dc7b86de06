/**
 * Trend discussions: the school's aggregate test results (never a pupil's), imported from the
 * school's own files, its ambitions, and the team's research cycle over them.
 */
@ApplicationModule(displayName = "Trends", allowedDependencies = {"shared", "organisatie", "privacy", "privacy :: ui", "klassenbezoek", "klassenbezoek :: ui", "leerlingbespreking"})
package nl.leerteam.trends;

import org.springframework.modulith.ApplicationModule;
