package nl.leerteam.organisatie;

/** An invitation code that is unknown, expired, revoked or already used. */
public class UitnodigingOngeldig extends RuntimeException {

    public UitnodigingOngeldig(String reden) {
        super(reden);
    }
}
