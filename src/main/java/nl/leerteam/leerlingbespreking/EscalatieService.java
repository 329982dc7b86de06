package nl.leerteam.leerlingbespreking;

import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.shared.melding.Melding;
import nl.leerteam.leerlingbespreking.domain.Afspraak;
import nl.leerteam.leerlingbespreking.domain.AfspraakRepository;
import nl.leerteam.leerlingbespreking.domain.Casus;
import nl.leerteam.leerlingbespreking.domain.CasusRepository;
import nl.leerteam.leerlingbespreking.domain.Escalatie;
import nl.leerteam.leerlingbespreking.domain.EscalatieBericht;
import nl.leerteam.leerlingbespreking.domain.EscalatieBerichtRepository;
import nl.leerteam.leerlingbespreking.domain.EscalatieRepository;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusGeescaleerd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.EscalatieberichtGeplaatst;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.VervolgstapVastgelegd;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Opzoeken;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * When the leerteam's approach was not enough, the owner hands the case to the school's KC with a
 * question. The KC reads the case, asks and advises, and records the next step: another leerteam
 * round, a classroom visit or a referral outside Leerteam (a kind and a date, never an identity).
 */
@Service
@Transactional
public class EscalatieService {

    /** Live-update topic of a school's open escalations (its id), for the KCs' notifications. */
    public static final String LIVE_TOPIC_SCHOOL = "escalaties";
    public static final int MAX_TEKST = 2000;
    public static final int MAX_BERICHTEN = 200;

    private final CasusLezer lezer;
    private final CasusRepository casussen;
    private final EscalatieRepository escalaties;
    private final EscalatieBerichtRepository berichten;
    private final AfspraakRepository afspraken;
    private final OrganisatieService organisatie;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;
    /** Read when needed: the modules that answer depend on cases, not the other way round. */
    private final org.springframework.beans.factory.ObjectProvider<Vervolgen> vervolgen;

    EscalatieService(CasusLezer lezer, CasusRepository casussen, EscalatieRepository escalaties,
                     EscalatieBerichtRepository berichten, AfspraakRepository afspraken, OrganisatieService organisatie,
                     PrivacyControle privacy, ApplicationEventPublisher gebeurtenissen, Clock clock,
                     org.springframework.beans.factory.ObjectProvider<Vervolgen> vervolgen) {
        this.vervolgen = vervolgen;
        this.lezer = lezer;
        this.casussen = casussen;
        this.escalaties = escalaties;
        this.berichten = berichten;
        this.afspraken = afspraken;
        this.organisatie = organisatie;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EscalatieStand escalaties(UUID casusId) {
        return stand(lezer.lees(casusId));
    }

    /** The escalations of a case whose access the caller checked, in its transaction. */
    EscalatieStand stand(CasusLezer.Gelezen gelezen) {
        UUID casusId = gelezen.casus().getId();
        List<Escalatie> lijst = escalaties.findByCasusIdOrderByGeescaleerdOp(casusId);
        List<EscalatieBericht> alle = lijst.isEmpty() ? List.of()
                : berichten.findByEscalatieIdInOrderByAangemaakt(lijst.stream().map(Escalatie::getId).toList());
        Set<UUID> mensen = new HashSet<>();
        alle.forEach(b -> mensen.add(b.getAuteurId()));
        lijst.forEach(e -> {
            if (e.getKcId() != null) {
                mensen.add(e.getKcId());
            }
        });
        Map<UUID, String> namen = organisatie.namen(mensen);
        Map<UUID, List<EscalatieStand.Bericht>> perEscalatie = alle.stream().collect(Collectors.groupingBy(
                EscalatieBericht::getEscalatieId, Collectors.mapping(b -> new EscalatieStand.Bericht(b.getSoort(), b.getTekst(),
                        namen.getOrDefault(b.getAuteurId(), ""), b.getAangemaakt()), Collectors.toList())));
        List<EscalatieStand.Escalatie> regels = lijst.stream().map(e -> new EscalatieStand.Escalatie(e.getId(), e.getVraag(),
                e.getGeescaleerdOp(), perEscalatie.getOrDefault(e.getId(), List.of()), e.getVervolgstap(),
                e.getVervolgstapDatum(), e.getVerwijzing(), e.getKcId() == null ? null : namen.getOrDefault(e.getKcId(), ""),
                e.getVersion())).toList();
        return new EscalatieStand(casusId, gelezen.eigenaar(), gelezen.relatie().kc(),
                gelezen.eigenaar() ? waaromNiet(gelezen.casus(), lijst) : null, gelezen.casus().getStatus() != CasusStatus.GESLOTEN, regels,
                vervolgen.orderedStream().flatMap(v -> v.bij(casusId).stream()).toList());
    }

    /**
     * The owner asks the school's KC for help. Only after an agreement was evaluated as not enough,
     * and only once the parents are involved.
     */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void escaleren(UUID casusId, String vraag, boolean privacyBevestigd) {
        CasusLezer.Gelezen gelezen = lezer.lees(casusId).eisEigenaar().eisOpen();
        String schoon = Tekst.verplicht("vraag", vraag, MAX_TEKST);
        String waaromNiet = waaromNiet(gelezen.casus(), escalaties.findByCasusIdOrderByGeescaleerdOp(casusId));
        if (waaromNiet != null) {
            throw new InvoerFout("vraag", waaromNiet);
        }
        privacy.controleer(CasusService.ONDERWERP, casusId, Map.of("vraag", schoon), privacyBevestigd);
        Casus casus = gelezen.casus();
        Escalatie escalatie = escalaties.saveAndFlush(new Escalatie(casusId, casus.getSchoolId(), schoon, clock.instant()));
        casus.escaleer(clock.instant());
        casussen.saveAndFlush(casus);
        gebeurtenissen.publishEvent(new CasusGeescaleerd(casusId, casus.getSchoolId(), escalatie.getId()));
        gebeurtenissen.publishEvent(Melding.van(Meldingsoort.CASUS_GEESCALEERD, casusId,
                organisatie.kcsPerSchool().getOrDefault(casus.getSchoolId(), Set.of()), gelezen.ik()));
    }

    /** The KC asks or advises; the owner answers. Others in the leerteam read along. */
    @PreAuthorize("isAuthenticated()")
    public void bericht(UUID escalatieId, BerichtSoort soort, String tekst, boolean privacyBevestigd) {
        Escalatie escalatie = Opzoeken.verplicht(escalaties, escalatieId);
        CasusLezer.Gelezen gelezen = lezer.lees(escalatie.getCasusId()).eisOpen();
        if (soort == null) {
            throw new InvoerFout("soort", "fout.verplicht");
        }
        boolean mag = soort == BerichtSoort.ANTWOORD ? gelezen.eigenaar() : gelezen.relatie().kc();
        if (!mag) {
            throw new AccessDeniedException("The KC asks and advises; the owner answers");
        }
        String schoon = Tekst.verplicht("tekst", tekst, MAX_TEKST);
        if (berichten.countByEscalatieId(escalatieId) >= MAX_BERICHTEN) {
            throw new InvoerFout("tekst", "fout.te-veel", MAX_BERICHTEN);
        }
        privacy.controleer(CasusService.ONDERWERP, escalatie.getCasusId(), Map.of("tekst", schoon), privacyBevestigd);
        berichten.saveAndFlush(new EscalatieBericht(escalatieId, soort, schoon, gelezen.ik(), clock.instant()));
        gebeurtenissen.publishEvent(new EscalatieberichtGeplaatst(escalatie.getCasusId(), escalatieId, soort));
    }

    /**
     * The KC records the next step. Another round sends the case back to the leerteam; a visit
     * or a referral keeps it with the KC until the owner closes it.
     */
    @PreAuthorize("hasRole('KC')")
    public void vervolgstap(UUID escalatieId, Vervolgstap stap, LocalDate datum, Verwijzing verwijzing, Long version) {
        Escalatie escalatie = Opzoeken.verplicht(escalaties, escalatieId);
        CasusLezer.Gelezen gelezen = lezer.lees(escalatie.getCasusId()).eisOpen();
        if (!gelezen.relatie().kc()) {
            throw new AccessDeniedException("Only a KC of the school records the next step");
        }
        GelijktijdigGewijzigd.controleer(escalatie, version);
        if (!escalatie.isOpen()) {
            throw new InvoerFout("vervolgstap", "fout.escalatie.al-besloten");
        }
        if (stap == null) {
            throw new InvoerFout("vervolgstap", "fout.verplicht");
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (datum == null) {
            throw new InvoerFout("datum", "fout.verplicht");
        }
        if (datum.isBefore(vandaag.minusMonths(1)) || datum.isAfter(vandaag.plusMonths(12))) {
            throw new InvoerFout("datum", "fout.vervolgstap-datum");
        }
        if (stap == Vervolgstap.VERWIJZING && verwijzing == null) {
            throw new InvoerFout("verwijzing", "fout.verplicht");
        }
        escalatie.besluit(stap, datum, stap == Vervolgstap.VERWIJZING ? verwijzing : null, gelezen.ik(), clock.instant());
        escalaties.saveAndFlush(escalatie);
        if (stap == Vervolgstap.NIEUWE_RONDE) {
            gelezen.casus().terugNaarLeerteam(clock.instant());
            casussen.saveAndFlush(gelezen.casus());
        }
        gebeurtenissen.publishEvent(new VervolgstapVastgelegd(escalatie.getCasusId(), escalatie.getSchoolId(), escalatieId, stap,
                gelezen.casus().getEigenaarId(), gelezen.casus().getGroep(), datum));
    }

    /** The escalated cases waiting for a next step at the schools where the person is KC. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpenEscalatie> voorMij() {
        Set<UUID> scholen = organisatie.mijnScholenMetRol(Rol.KC);
        if (scholen.isEmpty()) {
            return List.of();
        }
        List<Escalatie> open = escalaties.findBySchoolIdInAndVervolgstapIsNullOrderByGeescaleerdOp(scholen);
        Map<UUID, Casus> perId = casussen.findAllById(open.stream().map(Escalatie::getCasusId).toList()).stream()
                .collect(Collectors.toMap(Casus::getId, Function.identity()));
        Map<UUID, String> namen = organisatie.namen(perId.values().stream().map(Casus::getEigenaarId).distinct().toList());
        Map<UUID, String> teams = perId.values().stream().map(Casus::getLeerteamId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> organisatie.relatieTot(id).leerteamNaam()));
        return open.stream().filter(e -> perId.containsKey(e.getCasusId())).map(e -> {
            Casus c = perId.get(e.getCasusId());
            return new OpenEscalatie(c.getId(), c.getPseudoniem(), c.getGroep(), teams.get(c.getLeerteamId()),
                    namen.getOrDefault(c.getEigenaarId(), ""), e.getVraag(), e.getGeescaleerdOp());
        }).toList();
    }

    /** Why the owner cannot escalate the case now, as a message key; {@code null} when they can. */
    private String waaromNiet(Casus casus, List<Escalatie> eerder) {
        if (casus.getStatus() == CasusStatus.GESLOTEN) {
            return "fout.casus-gesloten";
        }
        if (eerder.stream().anyMatch(Escalatie::isOpen)) {
            return "fout.escalatie.loopt-al";
        }
        if (!casus.isOudersBetrokken()) {
            return "fout.escalatie.ouders";
        }
        List<Afspraak> gemaakt = afspraken.findByCasusIdOrderByAangemaakt(casus.getId());
        if (gemaakt.stream().noneMatch(a -> a.getResultaat() == EvaluatieResultaat.NIET_GENOEG)) {
            return "fout.escalatie.evaluatie";
        }
        return null;
    }
}
