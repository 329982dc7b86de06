/**
 * The KC-platform of a board: practice cards that one school's KC writes and a KC of another school
 * reviews before the board reads them, with their history and their review-by date.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {"shared", "organisatie", "privacy", "privacy :: ui", "trends", "bijeenkomst"})
package nl.leerteam.platform;

import org.springframework.modulith.ApplicationModule;
