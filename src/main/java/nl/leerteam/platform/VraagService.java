package nl.leerteam.platform;

import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.shared.melding.Melding;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.platform.PlatformGebeurtenis.VraagStap;
import nl.leerteam.platform.domain.VraagOpslag;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Questions a KC puts to the board's other KCs: before asking, similar questions and published cards are
 * shown; others answer; the asker marks the answer that helped. Board staff read along. People follow a
 * question without writing. Nothing of one board is visible in another.
 */
@Service
@Transactional
public class VraagService {

    public static final String LIVE_TOPIC = "platformvraag";
    public static final int MAX_TITEL = 200;
    public static final int MAX_TEKST = 4000;
    public static final int MAX_GELIJKEND = 5;

    private final VraagOpslag opslag;
    private final PraktijkkaartService kaarten;
    private final ThemaService themas;
    private final OrganisatieService organisatie;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    VraagService(VraagOpslag opslag, PraktijkkaartService kaarten, ThemaService themas, OrganisatieService organisatie,
                 PrivacyControle privacy, ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.opslag = opslag;
        this.kaarten = kaarten;
        this.themas = themas;
        this.organisatie = organisatie;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('KC', 'BESTUURDER')")
    @Transactional(readOnly = true)
    public List<Vragen.Samenvatting> vragen() {
        UUID bestuur = bestuur();
        List<VraagOpslag.Vraag> vragen = opslag.vanBestuur(bestuur);
        Map<UUID, Integer> antwoorden = opslag.aantalAntwoorden(bestuur);
        Map<UUID, String> namen = organisatie.namen(vragen.stream().map(VraagOpslag.Vraag::vragerId).collect(Collectors.toSet()));
        return vragen.stream().map(v -> new Vragen.Samenvatting(v.id(), v.titel(), v.domein(), namen.getOrDefault(v.vragerId(), ""),
                antwoorden.getOrDefault(v.id(), 0), v.besteAntwoord() != null, v.aangemaakt())).toList();
    }

    @PreAuthorize("hasAnyRole('KC', 'BESTUURDER')")
    @Transactional(readOnly = true)
    public Vragen.Details vraag(UUID vraagId) {
        LeerteamPrincipal ik = CurrentUser.require();
        VraagOpslag.Vraag v = vanMijnBestuur(vraagId);
        List<VraagOpslag.Antwoord> antwoorden = opslag.antwoorden(vraagId);
        Set<UUID> mensen = new HashSet<>();
        mensen.add(v.vragerId());
        antwoorden.forEach(a -> mensen.add(a.auteurId()));
        Map<UUID, String> namen = organisatie.namen(mensen);
        Map<UUID, String> themaNamen = themas.themas().stream().collect(Collectors.toMap(ThemaService.Thema::id, ThemaService.Thema::naam));
        return new Vragen.Details(v.id(), v.titel(), v.tekst(), v.domein(),
                v.themas().stream().map(themaNamen::get).filter(java.util.Objects::nonNull).toList(), namen.getOrDefault(v.vragerId(), ""),
                antwoorden.stream().map(a -> new Vragen.Antwoord(a.id(), a.tekst(), namen.getOrDefault(a.auteurId(), ""), a.aangemaakt(),
                        a.id().equals(v.besteAntwoord()), a.auteurId().equals(CurrentUser.require().gebruikerId()))).toList(),
                ik.heeft(nl.leerteam.shared.security.Rol.KC), v.vragerId().equals(ik.gebruikerId()),
                opslag.volgt(ik.gebruikerId(), "VRAAG", vraagId.toString()), v.version());
    }

    /** Questions and published cards of the board whose titles share words with what is about to be asked. */
    @PreAuthorize("hasRole('KC')")
    @Transactional(readOnly = true)
    public List<Vragen.Gelijkend> gelijkend(String titel) {
        Set<String> woorden = woorden(titel);
        if (woorden.isEmpty()) {
            return List.of();
        }
        Map<Vragen.Gelijkend, Long> scores = new LinkedHashMap<>();
        opslag.vanBestuur(bestuur()).forEach(v -> scores.put(new Vragen.Gelijkend(v.id(), v.titel(), false), gedeeld(woorden, v.titel())));
        kaarten.kaarten().stream().filter(k -> k.stand() == KaartStand.GEPUBLICEERD || k.stand() == KaartStand.VEROUDERD)
                .forEach(k -> scores.put(new Vragen.Gelijkend(k.id(), k.titel(), true), gedeeld(woorden, k.titel())));
        return scores.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Vragen.Gelijkend, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(MAX_GELIJKEND).map(Map.Entry::getKey).toList();
    }

    @PreAuthorize("hasRole('KC')")
    public UUID stellen(String titel, String tekst, Domein domein, List<UUID> themaIds, boolean privacyBevestigd) {
        UUID bestuur = bestuur();
        String kop = Tekst.verplicht("titel", titel, MAX_TITEL);
        String uitleg = Tekst.optioneel("tekst", tekst, MAX_TEKST);
        if (domein == null) {
            throw new InvoerFout("domein", "fout.verplicht");
        }
        List<UUID> gekozen = themaIds == null ? List.of() : themaIds.stream().distinct().toList();
        Set<UUID> bekend = themas.themas().stream().map(ThemaService.Thema::id).collect(Collectors.toSet());
        if (!bekend.containsAll(gekozen)) {
            throw new InvoerFout("themas", "platform.kaart.thema-onbekend");
        }
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("titel", kop);
        if (uitleg != null) {
            teksten.put("tekst", uitleg);
        }
        privacy.controleer(PlatformListener.VRAAG, bestuur, teksten, privacyBevestigd);
        UUID id = opslag.stellen(bestuur, CurrentUser.require().gebruikerId(), kop, uitleg, domein, gekozen, clock.instant());
        // the asker follows their own question
        opslag.volgen(CurrentUser.require().gebruikerId(), "VRAAG", id.toString(), true, clock.instant());
        gebeurtenissen.publishEvent(new VraagStap(bestuur, id, VraagStap.Stap.GESTELD));
        gebeurtenissen.publishEvent(Melding.van(Meldingsoort.VRAAG_IN_GEVOLGD, id,
                volgersVan(domein, gekozen), CurrentUser.require().gebruikerId()));
        return id;
    }

    @PreAuthorize("hasRole('KC')")
    public void beantwoorden(UUID vraagId, String tekst, boolean privacyBevestigd) {
        VraagOpslag.Vraag v = vanMijnBestuur(vraagId);
        String schoon = Tekst.verplicht("antwoord", tekst, MAX_TEKST);
        privacy.controleer(PlatformListener.VRAAG, v.id(), Map.of("antwoord", schoon), privacyBevestigd);
        UUID ik = CurrentUser.require().gebruikerId();
        opslag.beantwoorden(v.id(), ik, schoon, clock.instant());
        gebeurtenissen.publishEvent(new VraagStap(v.bestuurId(), v.id(), VraagStap.Stap.BEANTWOORD));
        gebeurtenissen.publishEvent(Melding.van(Meldingsoort.ANTWOORD_OP_VRAAG, v.id(), Set.of(v.vragerId()), ik));
        Set<UUID> volgers = new java.util.HashSet<>(opslag.volgers("VRAAG", List.of(v.id().toString())));
        volgers.retainAll(organisatie.platformlezers());
        volgers.remove(v.vragerId());
        gebeurtenissen.publishEvent(Melding.van(Meldingsoort.GEVOLGDE_VRAAG_BEANTWOORD, v.id(), volgers, ik));
    }

    /** The asker marks the answer that helped (or another one later). */
    @PreAuthorize("hasRole('KC')")
    public void geholpen(UUID vraagId, UUID antwoordId, long version) {
        VraagOpslag.Vraag v = vanMijnBestuur(vraagId);
        if (!v.vragerId().equals(CurrentUser.require().gebruikerId())) {
            throw new AccessDeniedException("Only the asker marks the answer that helped");
        }
        if (opslag.antwoorden(vraagId).stream().noneMatch(a -> a.id().equals(antwoordId))) {
            throw new AccessDeniedException("Not an answer to this question");
        }
        opslag.besteAntwoord(vraagId, antwoordId, version);
        gebeurtenissen.publishEvent(new VraagStap(v.bestuurId(), v.id(), VraagStap.Stap.GEHOLPEN));
    }

    /** Follows a question without writing, or stops following it. */
    @PreAuthorize("hasAnyRole('KC', 'BESTUURDER')")
    public void volgen(UUID vraagId, boolean aan) {
        VraagOpslag.Vraag v = vanMijnBestuur(vraagId);
        opslag.volgen(CurrentUser.require().gebruikerId(), "VRAAG", vraagId.toString(), aan, clock.instant());
        gebeurtenissen.publishEvent(new VraagStap(v.bestuurId(), v.id(), aan ? VraagStap.Stap.GEVOLGD : VraagStap.Stap.ONTVOLGD));
    }

    private VraagOpslag.Vraag vanMijnBestuur(UUID vraagId) {
        UUID bestuur = bestuur();
        return opslag.vraag(vraagId).filter(v -> v.bestuurId().equals(bestuur))
                .orElseThrow(() -> new AccessDeniedException("No such question for this person"));
    }

    private static UUID bestuur() {
        UUID bestuur = CurrentUser.require().bestuurId();
        if (bestuur == null) {
            throw new AccessDeniedException("The platform belongs to a board");
        }
        return bestuur;
    }

    /** The words of a title that say something: four letters or more, without accents or case. */
    private static Set<String> woorden(String tekst) {
        if (tekst == null) {
            return Set.of();
        }
        String gewoon = java.text.Normalizer.normalize(tekst.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return Arrays.stream(gewoon.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 4).collect(Collectors.toSet());
    }

    private static long gedeeld(Set<String> woorden, String titel) {
        return woorden(titel).stream().filter(woorden::contains).count();
    }

    /** Who follows the domain or one of the themes, of this board's platform readers. */
    Set<UUID> volgersVan(Domein domein, java.util.Collection<UUID> themaIds) {
        Set<UUID> volgers = new java.util.HashSet<>(opslag.volgers(VolgService.DOMEIN, List.of(domein.name())));
        volgers.addAll(opslag.volgers(VolgService.THEMA, themaIds.stream().map(UUID::toString).toList()));
        volgers.retainAll(organisatie.platformlezers());
        return volgers;
    }
}
