/**
 * The shared kernel: base entity, security primitives, i18n and the application shell. Every
 * other module may use all of it; it depends on no other module.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package nl.leerteam.shared;

import org.springframework.modulith.ApplicationModule;
