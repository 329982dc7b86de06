/**
 * Classroom-visit feedback cycles: kijkwijzers (versioned observation instruments of a school or
 * board) and, built on them, the visits that start from the teacher's own learning question.
 * Observation is not assessment: a visit belongs to the teacher and the observer.
 */
@ApplicationModule(displayName = "Klassenbezoek", allowedDependencies = {"shared", "organisatie", "privacy", "privacy :: ui", "leerlingbespreking"})
package nl.leerteam.klassenbezoek;

import org.springframework.modulith.ApplicationModule;
