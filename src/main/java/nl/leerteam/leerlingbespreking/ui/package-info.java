/** The case screens; the live discussion component is also shown inside a meeting. */
@NamedInterface("ui")
package nl.leerteam.leerlingbespreking.ui;

import org.springframework.modulith.NamedInterface;
