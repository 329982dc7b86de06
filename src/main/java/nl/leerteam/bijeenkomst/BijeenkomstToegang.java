package nl.leerteam.bijeenkomst;

import nl.leerteam.bijeenkomst.domain.Agendapunt;
import nl.leerteam.bijeenkomst.domain.AgendapuntRepository;
import nl.leerteam.bijeenkomst.domain.Bijeenkomst;
import nl.leerteam.bijeenkomst.domain.BijeenkomstRepository;
import nl.leerteam.organisatie.LeerteamRelatie;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Opzoeken;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The access rules of meetings, in one place for all the module's services: members and the
 * school's KCs read a meeting; members plan and shape the agenda; the facilitator leads; facilitator
 * and note taker write the minutes. Each check reads the relation to the leerteam once.
 */
@Component
class BijeenkomstToegang {

    private final BijeenkomstRepository bijeenkomsten;
    private final AgendapuntRepository agendapunten;
    private final OrganisatieService organisatie;

    BijeenkomstToegang(BijeenkomstRepository bijeenkomsten, AgendapuntRepository agendapunten, OrganisatieService organisatie) {
        this.bijeenkomsten = bijeenkomsten;
        this.agendapunten = agendapunten;
        this.organisatie = organisatie;
    }

    /** A meeting the person may read, with their relation to its leerteam. */
    record Gelezen(Bijeenkomst bijeenkomst, LeerteamRelatie relatie, UUID ik) {

        boolean ikLeid() {
            return bijeenkomst.getVoorzitterId().equals(ik);
        }

        boolean ikSchrijf() {
            return ikLeid() || bijeenkomst.getNotulistId().equals(ik);
        }
    }

    Gelezen leesbaar(UUID bijeenkomstId) {
        Bijeenkomst b = Opzoeken.verplicht(bijeenkomsten, bijeenkomstId);
        return new Gelezen(b, organisatie.relatieTot(b.getLeerteamId()), CurrentUser.require().gebruikerId());
    }

    /** A meeting of a leerteam the person is a member of. */
    Bijeenkomst alsLid(UUID bijeenkomstId) {
        Gelezen gelezen = leesbaar(bijeenkomstId);
        if (!gelezen.relatie().lid()) {
            throw new AccessDeniedException("Only members of the leerteam");
        }
        return gelezen.bijeenkomst();
    }

    /** How the person relates to a leerteam (refused when not at all). */
    LeerteamRelatie relatie(UUID leerteamId) {
        return organisatie.relatieTot(leerteamId);
    }

    LeerteamRelatie lid(UUID leerteamId) {
        LeerteamRelatie relatie = organisatie.relatieTot(leerteamId);
        if (!relatie.lid()) {
            throw new AccessDeniedException("Only members of the leerteam");
        }
        return relatie;
    }

    /** A meeting that has not ended, led by the person, read at {@code version}. */
    Bijeenkomst geleid(UUID bijeenkomstId, Long version) {
        Gelezen gelezen = leesbaar(bijeenkomstId);
        Bijeenkomst b = nietAfgerond(gelezen.bijeenkomst());
        if (!gelezen.ikLeid()) {
            throw new AccessDeniedException("Only the facilitator leads the meeting");
        }
        GelijktijdigGewijzigd.controleer(b, version);
        return b;
    }

    /** A meeting whose minutes the person writes: its facilitator or note taker. */
    Bijeenkomst schrijver(UUID bijeenkomstId) {
        Gelezen gelezen = leesbaar(bijeenkomstId);
        if (!gelezen.ikSchrijf()) {
            throw new AccessDeniedException("Facilitator and note taker write the minutes");
        }
        return gelezen.bijeenkomst();
    }

    UUID ik() {
        return CurrentUser.require().gebruikerId();
    }

    Agendapunt punt(UUID agendapuntId) {
        return Opzoeken.verplicht(agendapunten, agendapuntId);
    }

    static Bijeenkomst nietAfgerond(Bijeenkomst b) {
        if (b.getStatus() == BijeenkomstStatus.AFGEROND) {
            throw new InvoerFout("bijeenkomst", "fout.bijeenkomst-afgerond");
        }
        return b;
    }

    /** The members of a leerteam, by name. */
    List<Persoon> leden(UUID leerteamId) {
        return organisatie.leerteam(leerteamId).leden().stream().map(p -> new Persoon(p.id(), p.naam())).toList();
    }
}
