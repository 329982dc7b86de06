/**
 * The KC-platform of a board: practice cards that one school's KC writes and a KC of another school reviews before
 * the board reads them, questions to peers, what people follow, the studiedag library (files checked on their way
 * in by {@code platform.bestand}), and what the platform puts on the agenda of its meetings.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {"shared", "organisatie", "privacy", "privacy :: ui", "trends", "bijeenkomst"})
package nl.leerteam.platform;

import org.springframework.modulith.ApplicationModule;
