package nl.leerteam.bijeenkomst;

import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.AgendapuntToegevoegd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.AgendapuntVerplaatst;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.AgendapuntHersteld;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.AgendapuntVerwijderd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.AgendavoorstelGedaan;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.NaarAgendapuntGegaan;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.VoorstelOpAgendaGezet;
import nl.leerteam.bijeenkomst.domain.Agendapunt;
import nl.leerteam.bijeenkomst.domain.AgendapuntRepository;
import nl.leerteam.bijeenkomst.domain.Agendavoorstel;
import nl.leerteam.bijeenkomst.domain.AgendavoorstelRepository;
import nl.leerteam.bijeenkomst.domain.Bijeenkomst;
import nl.leerteam.bijeenkomst.domain.BijeenkomstRepository;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.LeerpuntGedeeld;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.organisatie.LeerteamRelatie;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Opzoeken;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.trends.TrendgesprekService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The agenda of a meeting: members put cases and free topics on it, move and remove items, and
 * propose topics for the leerteam's next meeting, which wait on every agenda until one takes them.
 */
@Service
@Transactional
public class AgendaService {

    public static final int MAX_AGENDATITEL = 200;
    public static final int MAX_AGENDAPUNTEN = 30;
    public static final int MAX_VOORSTEL = 2000;

    private final BijeenkomstRepository bijeenkomsten;
    private final AgendapuntRepository agendapunten;
    private final AgendavoorstelRepository voorstellen;
    private final BijeenkomstToegang toegang;
    private final CasusService casussen;
    private final TrendgesprekService trendgesprekken;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;
    /** Read when needed: the modules that answer for them depend on meetings, not the other way round. */
    private final org.springframework.beans.factory.ObjectProvider<Agendaverwijzingen> verwijzingen;

    AgendaService(BijeenkomstRepository bijeenkomsten, AgendapuntRepository agendapunten, AgendavoorstelRepository voorstellen,
                  BijeenkomstToegang toegang, CasusService casussen, TrendgesprekService trendgesprekken, PrivacyControle privacy,
                  ApplicationEventPublisher gebeurtenissen, Clock clock,
                  org.springframework.beans.factory.ObjectProvider<Agendaverwijzingen> verwijzingen) {
        this.verwijzingen = verwijzingen;
        this.bijeenkomsten = bijeenkomsten;
        this.agendapunten = agendapunten;
        this.voorstellen = voorstellen;
        this.toegang = toegang;
        this.casussen = casussen;
        this.trendgesprekken = trendgesprekken;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** The leerteam's open cases a member can put on the agenda, newest first. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    @Transactional(readOnly = true)
    public List<BijeenkomstDetails.CasusKeuze> casusKeuzes(UUID bijeenkomstId) {
        Bijeenkomst b = toegang.alsLid(bijeenkomstId);
        return casussen.openCasussen(b.getLeerteamId()).stream()
                .map(c -> new BijeenkomstDetails.CasusKeuze(c.id(), c.pseudoniem(), c.groep())).toList();
    }

    /** The school's running trend discussions a member can put on the agenda, id to title. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    @Transactional(readOnly = true)
    public Map<UUID, String> trendgesprekKeuzes(UUID bijeenkomstId) {
        Bijeenkomst b = toegang.alsLid(bijeenkomstId);
        return b.getSchoolId() == null ? Map.of() : trendgesprekken.lopend(b.getSchoolId());
    }

    /** The cards or questions of the board a member of the KC-platform can put on the agenda of its meeting: id to title. */
    @PreAuthorize("hasAnyRole('KC', 'BESTUURDER')")
    @Transactional(readOnly = true)
    public Map<UUID, String> verwijzingKeuzes(UUID bijeenkomstId, AgendapuntSoort soort) {
        BijeenkomstToegang.Gelezen gelezen = toegang.leesbaar(bijeenkomstId);
        if (!gelezen.relatie().lid() || !gelezen.relatie().kcPlatform()) {
            return Map.of();
        }
        return verwijzingen.orderedStream().filter(v -> v.soort() == soort).findFirst().map(Agendaverwijzingen::keuzes).orElse(Map.of());
    }

    /**
     * A member puts a case, a trend discussion of the school or a free topic on the agenda of a meeting
     * that has not ended.
     *
     * @param onderwerpId the case ({@link AgendapuntSoort#CASUS}) or the trend discussion
     *                    ({@link AgendapuntSoort#TRENDGESPREK}); {@code null} for a free topic
     */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public void agendapuntToevoegen(UUID bijeenkomstId, AgendapuntSoort soort, UUID onderwerpId, String titel,
                                    boolean privacyBevestigd) {
        BijeenkomstToegang.Gelezen gelezen = toegang.leesbaar(bijeenkomstId);
        if (!gelezen.relatie().lid()) {
            throw new org.springframework.security.access.AccessDeniedException("Only members of the leerteam");
        }
        Bijeenkomst b = BijeenkomstToegang.nietAfgerond(gelezen.bijeenkomst());
        List<Agendapunt> agenda = agendapunten.findByBijeenkomstIdOrderByVolgorde(b.getId());
        if (agenda.size() >= MAX_AGENDAPUNTEN) {
            throw new InvoerFout("titel", "fout.te-veel", MAX_AGENDAPUNTEN);
        }
        if (soort == null) {
            throw new InvoerFout("soort", "fout.verplicht");
        }
        if (!(gelezen.relatie().kcPlatform() ? AgendapuntSoort.KC_PLATFORM : AgendapuntSoort.LEERTEAM).contains(soort)) {
            throw new InvoerFout("soort", "fout.agendapunt-soort");
        }
        int volgorde = volgende(agenda);
        Agendapunt punt;
        UUID casusId = onderwerpId;
        if (soort == AgendapuntSoort.PRAKTIJKKAART || soort == AgendapuntSoort.PLATFORMVRAAG) {
            String veld = soort.name().toLowerCase(java.util.Locale.ROOT);
            if (onderwerpId == null) {
                throw new InvoerFout(veld, "fout.verplicht");
            }
            String gekozen = verwijzingen.orderedStream().filter(v -> v.soort() == soort).findFirst()
                    .map(v -> v.keuzes().get(onderwerpId)).orElse(null);
            if (gekozen == null) {
                throw new InvoerFout(veld, "fout.verwijzing-onbekend");
            }
            if (agenda.stream().anyMatch(p -> onderwerpId.equals(p.getVerwijzingId()))) {
                throw new InvoerFout(veld, "fout.verwijzing-al-op-agenda");
            }
            String kop = gekozen.length() > MAX_AGENDATITEL ? gekozen.substring(0, MAX_AGENDATITEL) : gekozen;
            punt = Agendapunt.verwijzing(b.getId(), volgorde, soort, onderwerpId, kop);
        } else if (soort == AgendapuntSoort.TRENDGESPREK) {
            if (onderwerpId == null) {
                throw new InvoerFout("trendgesprek", "fout.verplicht");
            }
            String gesprek = trendgesprekken.lopend(b.getSchoolId()).get(onderwerpId);
            if (gesprek == null) {
                throw new InvoerFout("trendgesprek", "fout.trendgesprek-niet-van-school");
            }
            if (agenda.stream().anyMatch(p -> onderwerpId.equals(p.getTrendgesprekId()))) {
                throw new InvoerFout("trendgesprek", "fout.trendgesprek-al-op-agenda");
            }
            punt = Agendapunt.trendgesprek(b.getId(), volgorde, onderwerpId, gesprek);
        } else if (soort == AgendapuntSoort.CASUS) {
            if (casusId == null) {
                throw new InvoerFout("casus", "fout.verplicht");
            }
            var casus = casussen.openCasussen(b.getLeerteamId()).stream()
                    .filter(c -> c.id().equals(casusId)).findFirst()
                    .orElseThrow(() -> new InvoerFout("casus", "fout.casus-niet-van-leerteam"));
            if (agenda.stream().anyMatch(p -> casusId.equals(p.getCasusId()))) {
                throw new InvoerFout("casus", "fout.casus-al-op-agenda");
            }
            // The pseudonym is the item's title: stored words stay the same in every language.
            punt = new Agendapunt(b.getId(), volgorde, soort, casusId, casus.pseudoniem());
        } else {
            // a free topic, or the board's schools side by side under the title the member gives it
            String schoon = Tekst.verplicht("titel", titel, MAX_AGENDATITEL);
            privacy.controleer(BijeenkomstService.ONDERWERP, b.getId(), Map.of("titel", schoon), privacyBevestigd);
            punt = new Agendapunt(b.getId(), volgorde, soort, null, schoon);
        }
        agendapunten.saveAndFlush(punt);
        gebeurtenissen.publishEvent(new AgendapuntToegevoegd(b.getId(), punt.getId()));
    }

    /**
     * A member proposes something for the leerteam's next agenda; it waits on every agenda until a
     * member puts it on one.
     */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public void voorstelDoen(UUID leerteamId, String titel, String toelichting, boolean privacyBevestigd) {
        LeerteamRelatie relatie = toegang.lid(leerteamId);
        String kop = Tekst.verplicht("titel", titel, MAX_AGENDATITEL);
        String tekst = Tekst.optioneel("toelichting", toelichting, MAX_VOORSTEL);
        if (voorstellen.countByLeerteamIdAndVerwerktFalse(leerteamId) >= MAX_AGENDAPUNTEN) {
            throw new InvoerFout("titel", "fout.te-veel", MAX_AGENDAPUNTEN);
        }
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("titel", kop);
        if (tekst != null) {
            teksten.put("toelichting", tekst);
        }
        privacy.controleer(BijeenkomstService.ONDERWERP, leerteamId, teksten, privacyBevestigd);
        Agendavoorstel voorstel = voorstellen.saveAndFlush(new Agendavoorstel(relatie.bestuurId(), leerteamId, kop, tekst,
                CurrentUser.require().gebruikerId(), clock.instant()));
        gebeurtenissen.publishEvent(new AgendavoorstelGedaan(leerteamId, voorstel.getId()));
    }

    /** The words of a proposal (a learning point a teacher shared from a visit, say), for a practice card of its school. */
    public record Leerpunttekst(String titel, String toelichting, UUID schoolId) {
    }

    /**
     * One proposal of a leerteam, for a KC of its school who starts a practice card from it: its title and explanation,
     * nothing else of the leerteam or the visit it came from.
     */
    @PreAuthorize("hasRole('KC')")
    @Transactional(readOnly = true)
    public Leerpunttekst leerpunt(UUID voorstelId) {
        Agendavoorstel v = voorstellen.findById(voorstelId)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No such proposal"));
        LeerteamRelatie relatie = toegang.relatie(v.getLeerteamId());
        if (!relatie.kc()) {
            throw new org.springframework.security.access.AccessDeniedException("Only a KC of the school");
        }
        return new Leerpunttekst(v.getTitel(), v.getToelichting(), relatie.schoolId());
    }

    /** A teacher shared a learning point from a classroom visit with their leerteam: it becomes a proposal. */
    @EventListener
    void opLeerpuntGedeeld(LeerpuntGedeeld gedeeld) {
        voorstelDoen(gedeeld.leerteamId(), gedeeld.titel(), gedeeld.toelichting(), gedeeld.privacyBevestigd());
    }

    /** A member puts a proposal on this meeting's agenda; its text becomes the item's first notes. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public void voorstelOpAgenda(UUID bijeenkomstId, UUID voorstelId) {
        Bijeenkomst b = BijeenkomstToegang.nietAfgerond(toegang.alsLid(bijeenkomstId));
        Agendavoorstel voorstel = Opzoeken.opId(voorstellen, voorstelId)
                .filter(v -> v.getLeerteamId().equals(b.getLeerteamId()) && !v.isVerwerkt())
                .orElseThrow(() -> new AccessDeniedException("Not an open proposal of this leerteam"));
        List<Agendapunt> agenda = agendapunten.findByBijeenkomstIdOrderByVolgorde(b.getId());
        if (agenda.size() >= MAX_AGENDAPUNTEN) {
            throw new InvoerFout("titel", "fout.te-veel", MAX_AGENDAPUNTEN);
        }
        Agendapunt punt = new Agendapunt(b.getId(), volgende(agenda), AgendapuntSoort.ONDERWERP, null, voorstel.getTitel());
        punt.schrijfNotities(voorstel.getToelichting());
        agendapunten.saveAndFlush(punt);
        voorstel.opAgenda(punt.getId());
        voorstellen.saveAndFlush(voorstel);
        gebeurtenissen.publishEvent(new VoorstelOpAgendaGezet(b.getId(), b.getLeerteamId(), voorstelId, punt.getId()));
    }

    /**
     * The facilitator or note taker takes an item off the agenda. Its notes, decisions and action items stay
     * with it, and it can be put back; the audit log keeps who did it.
     */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public void agendapuntVerwijderen(UUID agendapuntId, Long version) {
        Agendapunt punt = toegang.punt(agendapuntId);
        Bijeenkomst b = BijeenkomstToegang.nietAfgerond(toegang.schrijver(punt.getBijeenkomstId()));
        GelijktijdigGewijzigd.controleer(punt, version);
        if (punt.getId().equals(b.getHuidigAgendapuntId())) {
            b.naarAgendapunt(null);
            bijeenkomsten.saveAndFlush(b);
            gebeurtenissen.publishEvent(new NaarAgendapuntGegaan(b.getId(), null));
        }
        punt.verwijder(CurrentUser.require().gebruikerId(), clock.instant());
        agendapunten.saveAndFlush(punt);
        gebeurtenissen.publishEvent(new AgendapuntVerwijderd(b.getId(), agendapuntId));
    }

    /** What was taken off the meeting's agenda, newest first, for its facilitator and note taker to put back. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    @Transactional(readOnly = true)
    public List<BijeenkomstDetails.VerwijderdPunt> verwijderdePunten(UUID bijeenkomstId) {
        Bijeenkomst b = toegang.schrijver(bijeenkomstId);
        return agendapunten.verwijderd(b.getId()).stream().map(rij -> new BijeenkomstDetails.VerwijderdPunt((UUID) rij[0], (String) rij[1],
                (java.time.Instant) rij[2])).toList();
    }

    /** The facilitator or note taker puts an item back, at the end of the agenda, with what was written on it. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public void agendapuntHerstellen(UUID bijeenkomstId, UUID agendapuntId) {
        Bijeenkomst b = BijeenkomstToegang.nietAfgerond(toegang.schrijver(bijeenkomstId));
        List<Agendapunt> agenda = agendapunten.findByBijeenkomstIdOrderByVolgorde(b.getId());
        if (agenda.size() >= MAX_AGENDAPUNTEN) {
            throw new InvoerFout("titel", "fout.te-veel", MAX_AGENDAPUNTEN);
        }
        if (agendapunten.herstel(agendapuntId, b.getId(), volgende(agenda)) == 0) {
            throw new AccessDeniedException("Not an item taken off this meeting's agenda");
        }
        gebeurtenissen.publishEvent(new AgendapuntHersteld(b.getId(), agendapuntId));
    }

    /** A member moves an item one place up or down. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public void agendapuntVerplaatsen(UUID agendapuntId, boolean omhoog) {
        Agendapunt punt = toegang.punt(agendapuntId);
        Bijeenkomst b = BijeenkomstToegang.nietAfgerond(toegang.alsLid(punt.getBijeenkomstId()));
        List<Agendapunt> agenda = new ArrayList<>(agendapunten.findByBijeenkomstIdOrderByVolgorde(b.getId()));
        int index = agenda.indexOf(punt);
        int ander = omhoog ? index - 1 : index + 1;
        if (ander < 0 || ander >= agenda.size()) {
            return;
        }
        agenda.set(index, agenda.get(ander));
        agenda.set(ander, punt);
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).zetVolgorde(i + 1);
        }
        agendapunten.saveAllAndFlush(agenda);
        gebeurtenissen.publishEvent(new AgendapuntVerplaatst(b.getId(), agendapuntId));
    }

    private static int volgende(List<Agendapunt> agenda) {
        return agenda.stream().mapToInt(Agendapunt::getVolgorde).max().orElse(0) + 1;
    }
}
