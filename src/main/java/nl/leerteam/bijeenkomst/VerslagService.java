package nl.leerteam.bijeenkomst;

import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.ActiepuntAfgevinkt;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.ActiepuntToegevoegd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BesluitToegevoegd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BesluitVerwijderd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.NotitiesOpgeslagen;
import nl.leerteam.bijeenkomst.domain.Actiepunt;
import nl.leerteam.bijeenkomst.domain.ActiepuntRepository;
import nl.leerteam.bijeenkomst.domain.Agendapunt;
import nl.leerteam.bijeenkomst.domain.AgendapuntRepository;
import nl.leerteam.bijeenkomst.domain.Besluit;
import nl.leerteam.bijeenkomst.domain.BesluitRepository;
import nl.leerteam.bijeenkomst.domain.Bijeenkomst;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.Samenvoegconflict;
import nl.leerteam.shared.domain.Samenvoegen;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Opzoeken;
import nl.leerteam.shared.domain.Tekst;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The minutes of a meeting: facilitator and note taker write notes, decisions and action items per
 * agenda item; members tick action items off, in a meeting or on their own.
 */
@Service
@Transactional
public class VerslagService {

    public static final int MAX_NOTITIES = 20_000;
    public static final int MAX_BESLUIT = 1000;
    public static final int MAX_ACTIEPUNT = 500;
    public static final int MAX_PER_AGENDAPUNT = 50;

    private final AgendapuntRepository agendapunten;
    private final BesluitRepository besluiten;
    private final ActiepuntRepository actiepunten;
    private final BijeenkomstToegang toegang;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;
    private final BijeenkomstService bijeenkomsten;
    private final nl.leerteam.leerlingbespreking.BesprekingService besprekingen;

    /**
     * The minutes of a meeting: the meeting as its reader sees it, and per case on its agenda what that case's
     * discussion agreed on the meeting's day (the chosen ideas, the agreements with their evaluation date and owner).
     */
    public record Verslag(BijeenkomstDetails bijeenkomst, Map<UUID, java.util.List<nl.leerteam.leerlingbespreking.VerslagAfspraak>> afspraken) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Verslag verslag(UUID bijeenkomstId) {
        BijeenkomstDetails b = bijeenkomsten.bijeenkomst(bijeenkomstId);
        Map<UUID, java.util.List<nl.leerteam.leerlingbespreking.VerslagAfspraak>> afspraken = new java.util.LinkedHashMap<>();
        for (BijeenkomstDetails.Agendapunt punt : b.agenda()) {
            if (punt.soort() == AgendapuntSoort.CASUS && punt.casusId() != null) {
                afspraken.put(punt.id(), besprekingen.afsprakenVanDag(punt.casusId(), b.plan().datum()));
            }
        }
        return new Verslag(b, afspraken);
    }

    VerslagService(AgendapuntRepository agendapunten, BesluitRepository besluiten, ActiepuntRepository actiepunten,
                   BijeenkomstToegang toegang, PrivacyControle privacy, ApplicationEventPublisher gebeurtenissen, Clock clock,
                   BijeenkomstService bijeenkomsten, nl.leerteam.leerlingbespreking.BesprekingService besprekingen) {
        this.bijeenkomsten = bijeenkomsten;
        this.besprekingen = besprekingen;
        this.agendapunten = agendapunten;
        this.besluiten = besluiten;
        this.actiepunten = actiepunten;
        this.toegang = toegang;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** Facilitator or note taker save the notes of an item, from the version they read; a save over another is refused. */
    @PreAuthorize("isAuthenticated()")
    public void notitiesOpslaan(UUID agendapuntId, String notities, Long version, boolean privacyBevestigd) {
        notitiesOpslaan(agendapuntId, notities, null, version, privacyBevestigd);
    }

    /**
     * Facilitator or note taker save the notes of an item. When the other saved meanwhile, the two are merged against
     * {@code basis}, the text the writer started from: changes of different lines are both kept; changes of the same
     * lines come back as a {@link Samenvoegconflict} with both texts, for the writer to choose. Nothing is dropped.
     *
     * @param basis the stored text the writer's field started from; null: no merge, a save over another is refused
     * @return the text as saved (merged when the other saved meanwhile)
     */
    @PreAuthorize("isAuthenticated()")
    public String notitiesOpslaan(UUID agendapuntId, String notities, String basis, Long version, boolean privacyBevestigd) {
        Agendapunt punt = toegang.punt(agendapuntId);
        Bijeenkomst b = toegang.schrijver(punt.getBijeenkomstId());
        String tekst = notities;
        if (version != null && !version.equals(punt.getVersion())) {
            if (basis == null) {
                throw new GelijktijdigGewijzigd("Agendapunt " + agendapuntId);
            }
            String hun = punt.getNotities() == null ? "" : punt.getNotities();
            tekst = Samenvoegen.drieweg(basis, hun, notities == null ? "" : notities)
                    .orElseThrow(() -> new Samenvoegconflict("Agendapunt " + agendapuntId, notities, hun, punt.getVersion()));
        }
        String schoon = Tekst.optioneel("notities", tekst, MAX_NOTITIES);
        if (schoon != null) {
            privacy.controleer(BijeenkomstService.ONDERWERP, b.getId(), Map.of("notities", schoon), privacyBevestigd);
        }
        punt.schrijfNotities(schoon);
        agendapunten.saveAndFlush(punt);
        gebeurtenissen.publishEvent(new NotitiesOpgeslagen(b.getId(), agendapuntId));
        return schoon == null ? "" : schoon;
    }

    @PreAuthorize("isAuthenticated()")
    public void besluitToevoegen(UUID agendapuntId, String tekst, boolean privacyBevestigd) {
        Agendapunt punt = toegang.punt(agendapuntId);
        Bijeenkomst b = toegang.schrijver(punt.getBijeenkomstId());
        String schoon = Tekst.verplicht("besluit", tekst, MAX_BESLUIT);
        if (besluiten.countByAgendapuntId(agendapuntId) >= MAX_PER_AGENDAPUNT) {
            throw new InvoerFout("besluit", "fout.te-veel", MAX_PER_AGENDAPUNT);
        }
        privacy.controleer(BijeenkomstService.ONDERWERP, b.getId(), Map.of("besluit", schoon), privacyBevestigd);
        Besluit besluit = besluiten.saveAndFlush(new Besluit(agendapuntId, schoon, clock.instant()));
        gebeurtenissen.publishEvent(new BesluitToegevoegd(b.getId(), besluit.getId()));
    }

    /** A decision's text and the item it was taken under, for a KC who shares it as a practice card; nothing else travels. */
    public record Besluittekst(String agendapunt, String tekst, UUID schoolId) {
    }

    /** One decision, for whoever may read the meeting. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Besluittekst besluit(UUID besluitId) {
        Besluit besluit = Opzoeken.verplicht(besluiten, besluitId);
        Agendapunt punt = toegang.punt(besluit.getAgendapuntId());
        Bijeenkomst b = toegang.leesbaar(punt.getBijeenkomstId()).bijeenkomst();
        return new Besluittekst(punt.getTitel(), besluit.getTekst(), b.getSchoolId());
    }

    @PreAuthorize("isAuthenticated()")
    public void besluitVerwijderen(UUID besluitId) {
        Besluit besluit = Opzoeken.verplicht(besluiten, besluitId);
        Bijeenkomst b = toegang.schrijver(toegang.punt(besluit.getAgendapuntId()).getBijeenkomstId());
        besluiten.delete(besluit);
        besluiten.flush();
        gebeurtenissen.publishEvent(new BesluitVerwijderd(b.getId(), besluitId));
    }

    /** An action item for a member of the leerteam, by a date. */
    @PreAuthorize("isAuthenticated()")
    public void actiepuntToevoegen(UUID agendapuntId, String tekst, UUID eigenaarId, LocalDate deadline, boolean privacyBevestigd) {
        Agendapunt punt = toegang.punt(agendapuntId);
        Bijeenkomst b = toegang.schrijver(punt.getBijeenkomstId());
        String schoon = Tekst.verplicht("actiepunt", tekst, MAX_ACTIEPUNT);
        if (eigenaarId == null || toegang.leden(b.getLeerteamId()).stream().noneMatch(p -> p.id().equals(eigenaarId))) {
            throw new InvoerFout("eigenaar", "fout.eigenaar-lid");
        }
        if (deadline == null) {
            throw new InvoerFout("deadline", "fout.verplicht");
        }
        if (deadline.isBefore(b.getDatum()) || deadline.isAfter(b.getDatum().plusYears(1))) {
            throw new InvoerFout("deadline", "fout.deadline");
        }
        if (actiepunten.countByBijeenkomstId(b.getId()) >= MAX_PER_AGENDAPUNT * 2) {
            throw new InvoerFout("actiepunt", "fout.te-veel", MAX_PER_AGENDAPUNT * 2);
        }
        privacy.controleer(BijeenkomstService.ONDERWERP, b.getId(), Map.of("actiepunt", schoon), privacyBevestigd);
        Actiepunt actiepunt = actiepunten.saveAndFlush(new Actiepunt(b.getBestuurId(), b.getLeerteamId(), b.getId(), agendapuntId,
                schoon, eigenaarId, deadline, clock.instant()));
        gebeurtenissen.publishEvent(new ActiepuntToegevoegd(b.getId(), b.getLeerteamId(), actiepunt.getId()));
    }

    /**
     * A member ticks an action item off (or on again). Ticked off in a meeting, the minutes of that
     * meeting show it done.
     *
     * @param inBijeenkomst the meeting it is ticked off in, or {@code null}
     */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public void actiepuntAfvinken(UUID actiepuntId, boolean afgerond, UUID inBijeenkomst, Long version) {
        Actiepunt actiepunt = Opzoeken.verplicht(actiepunten, actiepuntId);
        toegang.lid(actiepunt.getLeerteamId());
        GelijktijdigGewijzigd.controleer(actiepunt, version);
        UUID in = null;
        if (inBijeenkomst != null) {
            Bijeenkomst b = toegang.leesbaar(inBijeenkomst).bijeenkomst();
            if (!b.getLeerteamId().equals(actiepunt.getLeerteamId())) {
                throw new AccessDeniedException("Another leerteam's meeting");
            }
            in = b.getId();
        }
        if (afgerond) {
            actiepunt.rondAf(in, clock.instant());
        } else {
            actiepunt.heropen();
        }
        actiepunten.saveAndFlush(actiepunt);
        gebeurtenissen.publishEvent(new ActiepuntAfgevinkt(actiepunt.getBijeenkomstId(), actiepunt.getLeerteamId(), actiepuntId,
                in, afgerond));
    }
}
