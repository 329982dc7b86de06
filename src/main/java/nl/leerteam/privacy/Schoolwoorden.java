package nl.leerteam.privacy;

import java.util.Collection;

/**
 * The words that are no names at the schools of the logged-in person, as their KCs listed them (a method, a local
 * project): a false alarm is fixed once for the whole school. Implemented by the module that knows the schools.
 */
public interface Schoolwoorden {

    Collection<String> woorden();
}
