package nl.leerteam.platform;

/** The context of a practice in bands, so no school is named: its size and its population (schoolweging). */
public final class Context {

    private Context() {
    }

    /** Pupils: fewer than 200, 200–400, more than 400. */
    public enum Schoolgrootte {
        KLEIN, MIDDEL, GROOT
    }

    /** The school's weighting (schoolweging): lower, around average, higher. */
    public enum Populatie {
        LAAG, GEMIDDELD, HOOG
    }
}
