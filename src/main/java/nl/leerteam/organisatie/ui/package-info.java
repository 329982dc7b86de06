/** The login, start page and administration screens; the application shell loads the first two with its main bundle. */
@NamedInterface("ui")
package nl.leerteam.organisatie.ui;

import org.springframework.modulith.NamedInterface;
