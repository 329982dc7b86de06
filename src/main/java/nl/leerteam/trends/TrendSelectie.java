package nl.leerteam.trends;

import nl.leerteam.shared.domain.Schooljaar;

/**
 * What of the results an observation or hypothesis is about: a subject in a school year, and where
 * chosen one moment and one jaargroep.
 *
 * @param meetmoment {@code null} for the whole year
 * @param jaargroep  {@code null} for every jaargroep
 */
public record TrendSelectie(Vak vak, Schooljaar schooljaar, Meetmoment meetmoment, Integer jaargroep) {
}
