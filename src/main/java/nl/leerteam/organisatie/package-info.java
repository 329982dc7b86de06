/**
 * Boards (the tenants), schools, leerteams, people, their roles and invitations, and the login
 * that maps an OIDC identity to a person.
 */
@ApplicationModule(displayName = "Organisatie", allowedDependencies = {"shared", "privacy"})
package nl.leerteam.organisatie;

import org.springframework.modulith.ApplicationModule;
