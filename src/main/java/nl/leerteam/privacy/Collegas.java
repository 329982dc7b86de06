package nl.leerteam.privacy;

import java.util.Collection;

/**
 * The people whose names in what the logged-in person writes are a colleague's, not a pupil's: the staff of their schools
 * and board. Meeting notes name who said what ("Sanne: …", "via Joris"); flagging those teaches people to confirm a
 * warning without reading it. Implemented by the module that knows the people.
 */
public interface Collegas {

    /** Full names, as the people are known in Leerteam ("Sanne de Vries"). */
    Collection<String> namen();
}
