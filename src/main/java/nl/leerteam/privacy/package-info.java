/**
 * Privacy by design: the guard that keeps pupils unidentifiable in free text.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = {"shared"})
package nl.leerteam.privacy;

import org.springframework.modulith.ApplicationModule;
