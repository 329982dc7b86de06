package nl.leerteam.organisatie;

import java.util.UUID;

/**
 * How the logged-in person relates to a leerteam, for the access rules of other modules.
 *
 * @param lid whether they are a member of the leerteam
 * @param kc  whether they are a KC of the leerteam's school
 * @param kcPlatform whether it is the board's KC-platform (no school; {@code schoolNaam} is the board's name)
 * @param plant whether they plan its meetings: any member of a leerteam that is not archived; board staff for the KC-platform
 * @param gearchiveerd whether the leerteam is archived: what it holds stays readable, nothing new starts in it
 */
public record LeerteamRelatie(UUID leerteamId, UUID schoolId, UUID bestuurId, String leerteamNaam, String schoolNaam,
                              boolean lid, boolean kc, boolean kcPlatform, boolean plant, boolean gearchiveerd) {

    /** Whether the person may start something new in it (a case, a meeting): a member, while it is not archived. */
    public boolean startNieuw() {
        return lid && !gearchiveerd;
    }
}
