/**
 * Notifications: the bell in the top bar with what happened for the person, mail right away for what asks them to act,
 * and a daily or weekly digest per space. Modules say what happened and to whom ({@link nl.leerteam.shared.melding.Melding});
 * this module keeps ids only and asks the module again, each time it shows or mails one, whether its reader may still
 * read it and what it is called ({@link nl.leerteam.shared.melding.Meldingbron}). Decision record 22.
 */
@ApplicationModule(displayName = "Meldingen", allowedDependencies = {"shared", "organisatie", "privacy"})
package nl.leerteam.meldingen;

import org.springframework.modulith.ApplicationModule;
