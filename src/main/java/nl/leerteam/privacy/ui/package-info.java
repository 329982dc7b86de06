/** The privacy dialog that forms of other modules show when the guard stops a save. */
@NamedInterface("ui")
package nl.leerteam.privacy.ui;

import org.springframework.modulith.NamedInterface;
