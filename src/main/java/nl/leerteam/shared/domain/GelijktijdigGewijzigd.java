package nl.leerteam.shared.domain;

/** Somebody else saved the same thing since it was read; the caller must reload before saving. */
public class GelijktijdigGewijzigd extends RuntimeException {

    public GelijktijdigGewijzigd(String wat) {
        super(wat + " was changed by someone else");
    }

    /** Refuses a save based on {@code gelezen} when the stored version has moved on. */
    public static void controleer(AbstractEntity opgeslagen, Long gelezen) {
        if (gelezen != null && !gelezen.equals(opgeslagen.getVersion())) {
            throw new GelijktijdigGewijzigd(opgeslagen.getClass().getSimpleName() + " " + opgeslagen.getId());
        }
    }
}
