/**
 * Search: one search field that finds, in Dutch, everything the person may read and nothing else. Each module answers
 * for its own things ({@link nl.leerteam.shared.zoeken.Zoekbron}); this module turns what was typed into a safe query,
 * knows the school compounds, and brings the answers together.
 */
@ApplicationModule(displayName = "Zoeken", allowedDependencies = {"shared", "organisatie"})
package nl.leerteam.zoeken;

import org.springframework.modulith.ApplicationModule;
