/**
 * What every HTTP response and request of Leerteam goes through, whatever serves it (Vaadin's
 * bootstrap and its requests, Spring Security's pages, static files, errors): security headers,
 * the absolute session lifetime, the cap on request bodies, and the node's route for sticky sessions.
 */
package nl.leerteam.shared.web;
