package nl.leerteam.organisatie;

/** An invitation code that is unknown, expired, revoked or already used. */
public class UitnodigingOngeldig extends RuntimeException {

    public UitnodigingOngeldig(String reden) {
        super(reden);
    }

    /**
     * The person who sent the invitation is logged in and tries to accept it: an invitation gives
     * roles to someone else, never a second account to its sender.
     */
    public static class EigenUitnodiging extends UitnodigingOngeldig {

        public EigenUitnodiging() {
            super("accepted in the session of the person who sent it");
        }
    }
}
