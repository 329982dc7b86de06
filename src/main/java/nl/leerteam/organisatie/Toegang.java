package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.Leerteam;
import nl.leerteam.organisatie.domain.LeerteamRepository;
import nl.leerteam.organisatie.domain.School;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import nl.leerteam.shared.domain.Opzoeken;
import nl.leerteam.shared.security.Rol;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The domain half of every access check: who may read or change which school and leerteam. It
 * reads the person and their roles from the database once per request ({@link PerVerzoek}), so a
 * role taken away counts from the next click on. A
 * missing row and a row of someone else's board give the same refusal, so ids reveal nothing.
 */
@Component
class Toegang {

    private final GebruikerRepository gebruikers;
    private final SchoolRepository scholen;
    private final LeerteamRepository leerteams;

    Toegang(GebruikerRepository gebruikers, SchoolRepository scholen, LeerteamRepository leerteams) {
        this.gebruikers = gebruikers;
        this.scholen = scholen;
        this.leerteams = leerteams;
    }

    /** The logged-in person with their roles, as read at the start of this request; for checks, not for changes. */
    Gebruiker ik() {
        LeerteamPrincipal principal = CurrentUser.require();
        return PerVerzoek.onthouden("ik." + principal.gebruikerId(), this::ikOmTeWijzigen);
    }

    /** The logged-in person, freshly read with their roles, in the current transaction. */
    Gebruiker ikOmTeWijzigen() {
        LeerteamPrincipal principal = CurrentUser.require();
        return gebruikers.findWithRollenById(principal.gebruikerId()).orElseThrow(Toegang::geweigerd);
    }

    /** A school of the person's own board that they work at, or any school of it for board staff. */
    School leesbareSchool(Gebruiker ik, UUID schoolId) {
        School school = schoolVanBestuur(ik, schoolId);
        if (ik.isBestuurder() || ik.schoolIds().contains(schoolId)) {
            return school;
        }
        throw geweigerd();
    }

    /** A school the person administers: board staff for every school, a director for theirs. */
    School beheerbareSchool(Gebruiker ik, UUID schoolId) {
        School school = schoolVanBestuur(ik, schoolId);
        if (ik.isBestuurder() || ik.heeftRolOp(schoolId, Rol.DIRECTEUR)) {
            return school;
        }
        throw geweigerd();
    }

    /** A leerteam the person is a member of, or that belongs to a school where they are KC or director. */
    Leerteam leesbaarLeerteam(Gebruiker ik, UUID leerteamId) {
        Leerteam leerteam = leerteamVanBestuur(ik, leerteamId);
        if (leerteam.isKcPlatform()) {
            if (inKcPlatform(ik)) {
                return leerteam;
            }
            throw geweigerd();
        }
        if (leerteam.heeftLid(ik.getId()) || ik.isBestuurder()
                || ik.heeftRolOp(leerteam.getSchoolId(), Rol.KC) || ik.heeftRolOp(leerteam.getSchoolId(), Rol.DIRECTEUR)) {
            return leerteam;
        }
        throw geweigerd();
    }

    /** The board's KC-platform: its KCs (of any of its schools) and board staff. */
    static boolean inKcPlatform(Gebruiker ik) {
        return ik.isBestuurder() || ik.schoolIds().stream().anyMatch(s -> ik.heeftRolOp(s, Rol.KC));
    }

    Leerteam beheerbaarLeerteam(Gebruiker ik, UUID leerteamId) {
        Leerteam leerteam = leerteamVanBestuur(ik, leerteamId);
        if (leerteam.isKcPlatform()) {
            // its members follow from the roles; there is nothing to administer
            throw geweigerd();
        }
        beheerbareSchool(ik, leerteam.getSchoolId());
        return leerteam;
    }

    private School schoolVanBestuur(Gebruiker ik, UUID schoolId) {
        if (ik.getBestuurId() == null || schoolId == null) {
            throw geweigerd();
        }
        return scholen.findByIdAndBestuurId(schoolId, ik.getBestuurId()).orElseThrow(Toegang::geweigerd);
    }

    private Leerteam leerteamVanBestuur(Gebruiker ik, UUID leerteamId) {
        return Opzoeken.opId(leerteams, leerteamId)
                .filter(l -> l.getBestuurId().equals(ik.getBestuurId()))
                .orElseThrow(Toegang::geweigerd);
    }

    static AccessDeniedException geweigerd() {
        return Opzoeken.geweigerd();
    }
}
