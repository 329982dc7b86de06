/**
 * The anonymous leerlingbespreking: a teacher brings a pupil case (under a pseudonym) to their
 * leerteam and stays its owner; the leerteam and the school's KCs think along.
 */
@ApplicationModule(displayName = "Leerlingbespreking", allowedDependencies = {"shared", "organisatie", "privacy", "privacy :: ui"})
package nl.leerteam.leerlingbespreking;

import org.springframework.modulith.ApplicationModule;
