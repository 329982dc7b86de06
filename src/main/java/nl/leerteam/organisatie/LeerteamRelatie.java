package nl.leerteam.organisatie;

import java.util.UUID;

/**
 * How the logged-in person relates to a leerteam, for the access rules of other modules.
 *
 * @param lid whether they are a member of the leerteam
 * @param kc  whether they are a KC of the leerteam's school
 */
public record LeerteamRelatie(UUID leerteamId, UUID schoolId, UUID bestuurId, String leerteamNaam, String schoolNaam,
                              boolean lid, boolean kc) {
}
