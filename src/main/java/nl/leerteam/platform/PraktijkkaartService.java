package nl.leerteam.platform;

import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.shared.melding.Melding;
import nl.leerteam.organisatie.MijnOverzicht;
import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.bijeenkomst.VerslagService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.trends.TrendgesprekService;
import nl.leerteam.platform.PlatformGebeurtenis.KaartStap;
import nl.leerteam.platform.domain.BibliotheekOpslag;
import nl.leerteam.platform.domain.KaartOpslag;
import nl.leerteam.platform.domain.VraagOpslag;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import nl.leerteam.shared.security.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Practice cards of a board. A KC writes a card for their school (a concept, visible to the school), submits
 * it through the privacy guard, and a KC of another school of the board approves it (published board-wide)
 * or sends it back with a remark. A published card becomes outdated when its review-by date passes, until
 * its owner confirms it or writes a new version, which goes through review again while the published one
 * stays readable. Every step is in the card's history. Nothing of one board is visible in another.
 */
@Service
@Transactional
public class PraktijkkaartService {

    public static final String LIVE_TOPIC = "praktijkkaart";
    public static final String LIVE_TOPIC_BESTUUR = "platform";
    public static final int MAX_TITEL = 200;
    public static final int MAX_AANLEIDING = 2000;
    public static final int MAX_TEKST = 4000;
    public static final int MAX_OPMERKING = 1000;
    public static final int MAX_FEEDBACK = 500;
    public static final int MAX_THEMAS = 8;
    /** A card is looked at again within this many years at the latest. */
    public static final int MAX_JAREN_HERZIEN = 3;

    public static final int MAX_BIJLAGEN = 10;

    private final KaartOpslag opslag;
    private final BibliotheekOpslag bijlagen;
    private final BibliotheekService bibliotheek;
    private final VraagOpslag vragen;
    private final AgendaService agenda;
    private final OrganisatieService organisatie;
    private final TrendgesprekService trendgesprekken;
    private final VerslagService verslagen;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    PraktijkkaartService(KaartOpslag opslag, BibliotheekOpslag bijlagen, BibliotheekService bibliotheek, VraagOpslag vragen,
                         AgendaService agenda, OrganisatieService organisatie,
                         TrendgesprekService trendgesprekken, VerslagService verslagen, PrivacyControle privacy,
                         ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.bijlagen = bijlagen;
        this.bibliotheek = bibliotheek;
        this.vragen = vragen;
        this.agenda = agenda;
        this.trendgesprekken = trendgesprekken;
        this.verslagen = verslagen;
        this.opslag = opslag;
        this.organisatie = organisatie;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** A card with its versions, and what of it this person may see. */
    private record Gezien(KaartOpslag.Kaart kaart, List<KaartOpslag.Versie> versies, KaartOpslag.Versie getoond, KaartStand stand,
                          boolean nieuwerInWerk) {

        KaartOpslag.Versie laatste() {
            return versies.getLast();
        }
    }

    /** The cards the person may see, each as they may see it: published ones of the board, their school's concepts, reviews. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<KaartSamenvatting> kaarten() {
        Kijker k = kijker();
        Map<UUID, List<KaartOpslag.Versie>> versies = opslag.versiesVanBestuur(k.bestuurId());
        Map<UUID, String> themas = themaNamen(k.bestuurId());
        List<Gezien> zichtbaar = opslag.vanBestuur(k.bestuurId()).stream()
                .map(kaart -> gezien(k, kaart, versies.getOrDefault(kaart.id(), List.of())))
                .filter(java.util.Objects::nonNull).toList();
        Map<UUID, String> namen = organisatie.namen(zichtbaar.stream().map(g -> g.kaart().eigenaarId()).collect(Collectors.toSet()));
        return zichtbaar.stream().map(g -> new KaartSamenvatting(g.kaart().id(), g.getoond().invoer().titel(), g.getoond().invoer().domein(),
                g.getoond().invoer().themas().stream().map(themas::get).filter(java.util.Objects::nonNull).toList(), g.stand(),
                k.scholen().getOrDefault(g.kaart().schoolId(), ""), namen.getOrDefault(g.kaart().eigenaarId(), ""),
                g.getoond().invoer().herzienVoor())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public KaartDetails kaart(UUID kaartId) {
        Kijker k = kijker();
        Gezien g = zichtbaar(k, kaartId);
        KaartOpslag.Versie laatste = g.laatste();
        boolean eigenaar = g.kaart().eigenaarId().equals(k.gebruikerId());
        List<KaartOpslag.Stap> stappen = opslag.stappen(kaartId);
        List<KaartOpslag.Adoptie> adopties = opslag.adopties(kaartId);
        List<KaartOpslag.Feedback> feedback = opslag.feedback(kaartId);
        Set<UUID> mensen = new HashSet<>();
        mensen.add(g.kaart().eigenaarId());
        stappen.forEach(s -> mensen.add(s.doorId()));
        feedback.forEach(f -> mensen.add(f.doorId()));
        Map<UUID, String> namen = organisatie.namen(mensen);
        Map<UUID, String> themas = themaNamen(k.bestuurId());
        boolean binnen = k.vanSchool(g.kaart().schoolId());
        boolean gepubliceerd = g.kaart().gepubliceerdeVersie() != null;
        Set<UUID> geadopteerd = adopties.stream().map(KaartOpslag.Adoptie::schoolId).collect(Collectors.toSet());
        Map<UUID, String> adopteren = new LinkedHashMap<>();
        if (gepubliceerd) {
            k.scholen().forEach((school, naam) -> {
                if (k.kcVan(school) && !school.equals(g.kaart().schoolId()) && !geadopteerd.contains(school)) {
                    adopteren.put(school, naam);
                }
            });
        }
        KaartDetails.Mag mag = new KaartDetails.Mag(
                eigenaar && laatste.status() != KaartOpslag.Status.TER_REVIEW,
                eigenaar && laatste.status() == KaartOpslag.Status.CONCEPT,
                laatste.status() == KaartOpslag.Status.TER_REVIEW && !eigenaar && k.kcElders(g.kaart().schoolId()),
                eigenaar && gepubliceerd && laatste.status() == KaartOpslag.Status.GOEDGEKEURD, adopteren, gepubliceerd && !eigenaar,
                eigenaar && laatste.status() == KaartOpslag.Status.CONCEPT);
        return new KaartDetails(kaartId, g.stand(), g.getoond().nummer(), g.getoond().invoer(),
                g.getoond().invoer().themas().stream().map(themas::get).filter(java.util.Objects::nonNull).toList(),
                k.scholen().getOrDefault(g.kaart().schoolId(), ""), namen.getOrDefault(g.kaart().eigenaarId(), ""), g.nieuwerInWerk(),
                binnen || mag.beoordelen() ? g.getoond().opmerking() : null,
                // outside its school the history shows the steps of what was published, not the school's drafts
                stappen.stream().filter(s -> binnen || mag.beoordelen() || s.nummer() <= g.getoond().nummer())
                        .map(s -> new KaartDetails.Stap(s.stap(), s.nummer(), namen.getOrDefault(s.doorId(), ""), s.moment(), binnen ? s.opmerking() : null))
                        .toList(), mag,
                adopties.stream().map(a -> new KaartDetails.Adoptie(a.schoolId(), k.scholen().getOrDefault(a.schoolId(), ""), a.sinds(),
                        a.verslag(), k.kcVan(a.schoolId()))).toList(),
                feedback.stream().map(f -> new KaartDetails.Feedback(f.bruikbaar(), f.zin(), namen.getOrDefault(f.doorId(), ""), f.moment()))
                        .toList(),
                bibliotheek.beschrijf(bijlagen.bijlagen(kaartId, g.getoond().nummer())), g.kaart().version());
    }

    /**
     * Where a card from practice starts: a decision of a leerteam meeting, an intervention of a trend discussion, a
     * learning point a teacher shared from a classroom visit (a proposal of her leerteam), or one's own answer to a
     * peer's question on the platform.
     */
    public enum Bron {
        BESLUIT, INTERVENTIE, ANTWOORD, LEERPUNT
    }

    /** A card to start for a school, with its text taken from what the school did. */
    public record Kaartvoorstel(UUID schoolId, String schoolNaam, KaartInvoer invoer) {
    }

    /**
     * A KC of the school starts a card from a decision of one of its meetings or an intervention of one of its
     * trend discussions: the title and that one text are filled in; nothing else of the meeting or discussion
     * travels, and the card is a concept like any other until it is saved, submitted and reviewed.
     */
    @PreAuthorize("hasRole('KC')")
    @Transactional(readOnly = true)
    public Kaartvoorstel voorstel(Bron bron, UUID bronId) {
        Kijker k = kijker();
        UUID school;
        KaartInvoer invoer;
        if (bron == Bron.ANTWOORD) {
            // an answer to a peer's question becomes a card of its author's school: the practice it describes is theirs
            VraagOpslag.Antwoord antwoord = vragen.antwoord(bronId).orElseThrow(() -> new AccessDeniedException("No such answer"));
            VraagOpslag.Vraag vraag = vragen.vraag(antwoord.vraagId()).filter(v -> v.bestuurId().equals(k.bestuurId()))
                    .orElseThrow(() -> new AccessDeniedException("No such answer"));
            if (!antwoord.auteurId().equals(k.gebruikerId())) {
                throw new AccessDeniedException("Only its author makes a card of an answer");
            }
            school = k.rollen().entrySet().stream().filter(e -> e.getValue().contains(Rol.KC)).map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new AccessDeniedException("Only a KC writes cards"));
            invoer = new KaartInvoer(afgekapt(vraag.titel(), MAX_TITEL), vraag.domein(), vraag.themas(), List.of(), null, null,
                    afgekapt(vraag.tekst(), MAX_AANLEIDING), afgekapt(antwoord.tekst(), MAX_TEKST), null, null, null, null, null, null);
        } else if (bron == Bron.LEERPUNT) {
            AgendaService.Leerpunttekst leerpunt = agenda.leerpunt(bronId);
            school = leerpunt.schoolId();
            invoer = new KaartInvoer(afgekapt(leerpunt.titel(), MAX_TITEL), Domein.LEERCOORDINATOR, List.of(), List.of(), null, null,
                    null, afgekapt(leerpunt.toelichting(), MAX_TEKST), null, null, null, null, null, null);
        } else if (bron == Bron.BESLUIT) {
            VerslagService.Besluittekst besluit = verslagen.besluit(bronId);
            school = besluit.schoolId();
            invoer = new KaartInvoer(afgekapt(besluit.agendapunt(), MAX_TITEL), Domein.LEERCOORDINATOR, List.of(), List.of(), null, null,
                    null, besluit.tekst(), null, null, null, null, null, null);
        } else {
            TrendgesprekService.Interventietekst interventie = trendgesprekken.interventie(bronId);
            school = interventie.schoolId();
            invoer = new KaartInvoer(afgekapt(interventie.gesprek(), MAX_TITEL), Domein.TRENDANALIST, List.of(), List.of(), null, null,
                    null, interventie.wat(), null, null, null, null, null, null);
        }
        if (!k.kcVan(school)) {
            throw new AccessDeniedException("Only a KC of the school shares its practice");
        }
        return new Kaartvoorstel(school, k.scholen().getOrDefault(school, ""), invoer);
    }

    private static String afgekapt(String tekst, int max) {
        return tekst == null || tekst.length() <= max ? tekst : tekst.substring(0, max);
    }

    /** A KC records that their school adopted a published card of another school. */
    @PreAuthorize("hasRole('KC')")
    public void adopteren(UUID kaartId, UUID schoolId) {
        Kijker k = kijker();
        Gezien g = zichtbaar(k, kaartId);
        if (!k.kcVan(schoolId) || schoolId.equals(g.kaart().schoolId())) {
            throw new AccessDeniedException("A KC records adoption for their own school, of another school's card");
        }
        if (g.kaart().gepubliceerdeVersie() == null) {
            throw new InvoerFout("school", "platform.kaart.niet-gepubliceerd");
        }
        opslag.adopteer(kaartId, schoolId, k.gebruikerId(), LocalDate.now(clock), clock.instant());
        gebeurtenissen.publishEvent(new KaartStap(k.bestuurId(), kaartId, KaartStap.Stap.GEADOPTEERD));
    }

    /** A KC of a school that adopted the card says, later, how it went there. */
    @PreAuthorize("hasRole('KC')")
    public void adoptieVerslag(UUID kaartId, UUID schoolId, String verslag, boolean privacyBevestigd) {
        Kijker k = kijker();
        zichtbaar(k, kaartId);
        if (!k.kcVan(schoolId) || opslag.adopties(kaartId).stream().noneMatch(a -> a.schoolId().equals(schoolId))) {
            throw new AccessDeniedException("Only a KC of a school that adopted the card reports on it");
        }
        String schoon = Tekst.verplicht("verslag", verslag, MAX_OPMERKING);
        privacy.controleer(PlatformListener.KAART, kaartId, Map.of("verslag", schoon), privacyBevestigd);
        opslag.verslag(kaartId, schoolId, schoon, clock.instant());
        gebeurtenissen.publishEvent(new KaartStap(k.bestuurId(), kaartId, KaartStap.Stap.VERSLAG));
    }

    /** Anybody of the board who reads a published card says whether it is usable, always with a sentence why. */
    @PreAuthorize("isAuthenticated()")
    public void feedback(UUID kaartId, boolean bruikbaar, String zin, boolean privacyBevestigd) {
        Kijker k = kijker();
        Gezien g = zichtbaar(k, kaartId);
        if (g.kaart().gepubliceerdeVersie() == null || g.kaart().eigenaarId().equals(k.gebruikerId())) {
            throw new AccessDeniedException("Feedback is for a published card of someone else");
        }
        String schoon = Tekst.verplicht("zin", zin, MAX_FEEDBACK);
        privacy.controleer(PlatformListener.KAART, kaartId, Map.of("zin", schoon), privacyBevestigd);
        opslag.feedback(kaartId, k.gebruikerId(), bruikbaar, schoon, clock.instant());
        gebeurtenissen.publishEvent(new KaartStap(k.bestuurId(), kaartId, KaartStap.Stap.FEEDBACK));
    }

    /** A KC writes a new card for their school: a concept, visible to the school. */
    @PreAuthorize("hasRole('KC')")
    public UUID nieuw(UUID schoolId, KaartInvoer invoer, boolean privacyBevestigd) {
        Kijker k = kijker();
        if (!k.kcVan(schoolId)) {
            throw new AccessDeniedException("Only a KC of the school writes its cards");
        }
        KaartInvoer schoon = controleer(k, invoer);
        privacyControle(null, schoon, privacyBevestigd);
        UUID id = opslag.nieuw(k.bestuurId(), schoolId, k.gebruikerId(), schoon, clock.instant());
        opslag.stap(id, 1, "AANGEMAAKT", k.gebruikerId(), clock.instant(), null);
        gebeurtenissen.publishEvent(new KaartStap(k.bestuurId(), id, KaartStap.Stap.AANGEMAAKT));
        return id;
    }

    /**
     * The owner changes the card: a concept in place; a published card gets a new version (a concept again),
     * while the published one stays what the board reads.
     */
    @PreAuthorize("hasRole('KC')")
    public void wijzigen(UUID kaartId, KaartInvoer invoer, long version, boolean privacyBevestigd) {
        Kijker k = kijker();
        Gezien g = alsEigenaar(k, kaartId);
        KaartOpslag.Versie laatste = g.laatste();
        if (laatste.status() == KaartOpslag.Status.TER_REVIEW) {
            throw new InvoerFout("titel", "platform.kaart.in-review");
        }
        KaartInvoer schoon = controleer(k, invoer);
        privacyControle(kaartId, schoon, privacyBevestigd);
        opslag.zeker(kaartId, version);
        if (laatste.status() == KaartOpslag.Status.CONCEPT) {
            opslag.wijzigConcept(kaartId, laatste.nummer(), schoon);
            gebeurtenissen.publishEvent(new KaartStap(k.bestuurId(), kaartId, KaartStap.Stap.GEWIJZIGD));
        } else {
            opslag.nieuweVersie(kaartId, laatste.nummer() + 1, schoon);
            // the new version carries the same files until its owner chooses others
            bijlagen.bijlagen(kaartId, laatste.nummer() + 1, bijlagen.bijlagen(kaartId, laatste.nummer()));
            opslag.stap(kaartId, laatste.nummer() + 1, "NIEUWE_VERSIE", k.gebruikerId(), clock.instant(), null);
            gebeurtenissen.publishEvent(new KaartStap(k.bestuurId(), kaartId, KaartStap.Stap.NIEUWE_VERSIE));
        }
    }

    /** The owner submits the concept for review; every text passes the privacy guard again first. */
    @PreAuthorize("hasRole('KC')")
    public void indienen(UUID kaartId, long version, boolean privacyBevestigd) {
        Kijker k = kijker();
        Gezien g = alsEigenaar(k, kaartId);
        KaartOpslag.Versie laatste = g.laatste();
        if (laatste.status() != KaartOpslag.Status.CONCEPT) {
            throw new InvoerFout("titel", "platform.kaart.geen-concept");
        }
        privacyControle(kaartId, laatste.invoer(), privacyBevestigd);
        // and every attached file: what the guard found in one must have been confirmed by a KC of its school
        bibliotheek.zonderOpenBevindingen(bijlagen.bijlagen(kaartId, laatste.nummer()));
        opslag.zeker(kaartId, version);
        opslag.status(kaartId, laatste.nummer(), KaartOpslag.Status.TER_REVIEW, null, null);
        opslag.stap(kaartId, laatste.nummer(), "INGEDIEND", k.gebruikerId(), clock.instant(), null);
        gebeurtenissen.publishEvent(new KaartStap(k.bestuurId(), kaartId, KaartStap.Stap.INGEDIEND));
        // who may review: the KCs of the board's other schools
        Set<UUID> reviewers = new java.util.HashSet<>();
        organisatie.kcsPerSchool().forEach((school, kcs) -> {
            if (!school.equals(g.kaart().schoolId())) {
                reviewers.addAll(kcs);
            }
        });
        gebeurtenissen.publishEvent(Melding.van(Meldingsoort.KAART_TER_REVIEW, kaartId, reviewers, k.gebruikerId()));
    }

    /** The owner chooses the files of the school's library that the concept carries, at their current version. */
    @PreAuthorize("hasRole('KC')")
    public void bijlagen(UUID kaartId, List<UUID> bestandIds, long version) {
        Kijker k = kijker();
        Gezien g = alsEigenaar(k, kaartId);
        if (g.laatste().status() != KaartOpslag.Status.CONCEPT) {
            throw new InvoerFout("bijlagen", "platform.kaart.geen-concept");
        }
        if (bestandIds.size() > MAX_BIJLAGEN) {
            throw new InvoerFout("bijlagen", "fout.te-veel", MAX_BIJLAGEN);
        }
        List<BibliotheekOpslag.Bijlage> gekozen = bibliotheek.vastleggen(k, g.kaart().schoolId(), bestandIds);
        opslag.zeker(kaartId, version);
        bijlagen.bijlagen(kaartId, g.laatste().nummer(), gekozen);
        gebeurtenissen.publishEvent(new KaartStap(k.bestuurId(), kaartId, KaartStap.Stap.GEWIJZIGD));
    }

    /** The files of the card's school its owner may attach. */
    @PreAuthorize("hasRole('KC')")
    @Transactional(readOnly = true)
    public List<Bibliotheek.Samenvatting> kiesbareBijlagen(UUID kaartId) {
        Kijker k = kijker();
        Gezien g = alsEigenaar(k, kaartId);
        return bibliotheek.bijlagenVoorKaart(g.kaart().schoolId());
    }

    /**
     * An attachment of the card as the reader sees it: whoever may read the card's shown version may download the
     * files it carries (outside the file's school, the copy without author fields), even when the library itself
     * does not share the file with them.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Bibliotheek.Download bijlage(UUID kaartId, UUID bestandId) {
        Kijker k = kijker();
        Gezien g = zichtbaar(k, kaartId);
        BibliotheekOpslag.Bijlage bijlage = bijlagen.bijlagen(kaartId, g.getoond().nummer()).stream()
                .filter(b -> b.bestandId().equals(bestandId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not an attachment of this card"));
        return bibliotheek.bijlage(k, bijlage);
    }

    /** A KC of another school of the board approves the version in review: the board reads it from now on. */
    @PreAuthorize("hasRole('KC')")
    public void goedkeuren(UUID kaartId, long version) {
        Kijker k = kijker();
        KaartOpslag.Versie laatste = inReviewVoor(k, kaartId);
        opslag.zeker(kaartId, version);
        opslag.status(kaartId, laatste.nummer(), KaartOpslag.Status.GOEDGEKEURD, k.gebruikerId(), null);
        opslag.publiceer(kaartId, laatste.nummer());
        opslag.stap(kaartId, laatste.nummer(), "GOEDGEKEURD", k.gebruikerId(), clock.instant(), null);
        gebeurtenissen.publishEvent(new KaartStap(k.bestuurId(), kaartId, KaartStap.Stap.GOEDGEKEURD));
        Set<UUID> volgers = new java.util.HashSet<>(vragen.volgers(VolgService.DOMEIN, List.of(laatste.invoer().domein().name())));
        volgers.addAll(vragen.volgers(VolgService.THEMA, laatste.invoer().themas().stream().map(UUID::toString).toList()));
        volgers.retainAll(organisatie.platformlezers());
        opslag.kaart(kaartId).ifPresent(kaart -> volgers.remove(kaart.eigenaarId()));
        gebeurtenissen.publishEvent(Melding.van(Meldingsoort.KAART_IN_GEVOLGD, kaartId, volgers, k.gebruikerId()));
    }

    /** A KC of another school sends the version back to its owner with a remark; it is a concept again. */
    @PreAuthorize("hasRole('KC')")
    public void terugsturen(UUID kaartId, String opmerking, long version, boolean privacyBevestigd) {
        Kijker k = kijker();
        KaartOpslag.Versie laatste = inReviewVoor(k, kaartId);
        String schoon = Tekst.verplicht("opmerking", opmerking, MAX_OPMERKING);
        privacy.controleer(PlatformListener.KAART, kaartId, Map.of("opmerking", schoon), privacyBevestigd);
        opslag.zeker(kaartId, version);
        opslag.status(kaartId, laatste.nummer(), KaartOpslag.Status.CONCEPT, k.gebruikerId(), schoon);
        opslag.stap(kaartId, laatste.nummer(), "TERUGGESTUURD", k.gebruikerId(), clock.instant(), schoon);
        gebeurtenissen.publishEvent(new KaartStap(k.bestuurId(), kaartId, KaartStap.Stap.TERUGGESTUURD));
    }

    /** The owner confirms that the published card still holds: it is looked at again a year from now. */
    @PreAuthorize("hasRole('KC')")
    public void bevestigen(UUID kaartId, long version) {
        Kijker k = kijker();
        Gezien g = alsEigenaar(k, kaartId);
        Integer gepubliceerd = g.kaart().gepubliceerdeVersie();
        if (gepubliceerd == null || g.laatste().status() != KaartOpslag.Status.GOEDGEKEURD) {
            throw new InvoerFout("titel", "platform.kaart.niet-gepubliceerd");
        }
        opslag.zeker(kaartId, version);
        opslag.herzienVoor(kaartId, gepubliceerd, LocalDate.now(clock).plusYears(1));
        opslag.stap(kaartId, gepubliceerd, "BEVESTIGD", k.gebruikerId(), clock.instant(), null);
        gebeurtenissen.publishEvent(new KaartStap(k.bestuurId(), kaartId, KaartStap.Stap.BEVESTIGD));
    }

    /** The schools where the person may write a card: where they are KC. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UUID, String> schrijfScholen() {
        Kijker k = kijker();
        Map<UUID, String> scholen = new LinkedHashMap<>();
        k.scholen().forEach((id, naam) -> {
            if (k.kcVan(id)) {
                scholen.put(id, naam);
            }
        });
        return scholen;
    }

    private Gezien alsEigenaar(Kijker k, UUID kaartId) {
        Gezien g = zichtbaar(k, kaartId);
        if (!g.kaart().eigenaarId().equals(k.gebruikerId())) {
            throw new AccessDeniedException("Only the card's owner changes it");
        }
        return g;
    }

    private KaartOpslag.Versie inReviewVoor(Kijker k, UUID kaartId) {
        Gezien g = zichtbaar(k, kaartId);
        if (g.kaart().eigenaarId().equals(k.gebruikerId()) || !k.kcElders(g.kaart().schoolId())) {
            throw new AccessDeniedException("A card is reviewed by a KC of another school of the board");
        }
        if (g.laatste().status() != KaartOpslag.Status.TER_REVIEW) {
            throw new InvoerFout("opmerking", "platform.kaart.niet-in-review");
        }
        return g.laatste();
    }

    /** The card as this person may see it; any card they may not see is refused like one that does not exist. */
    private Gezien zichtbaar(Kijker k, UUID kaartId) {
        KaartOpslag.Kaart kaart = opslag.kaart(kaartId).filter(c -> c.bestuurId().equals(k.bestuurId()))
                .orElseThrow(() -> new AccessDeniedException("No such card for this person"));
        Gezien g = gezien(k, kaart, opslag.versies(kaartId));
        if (g == null) {
            throw new AccessDeniedException("No such card for this person");
        }
        return g;
    }

    /** What of a card this person sees, or {@code null} when they see nothing of it. */
    private Gezien gezien(Kijker k, KaartOpslag.Kaart kaart, List<KaartOpslag.Versie> versies) {
        if (versies.isEmpty()) {
            return null;
        }
        KaartOpslag.Versie laatste = versies.getLast();
        KaartOpslag.Versie gepubliceerd = kaart.gepubliceerdeVersie() == null ? null
                : versies.stream().filter(v -> v.nummer() == kaart.gepubliceerdeVersie()).findFirst().orElse(null);
        KaartStand publiek = gepubliceerd == null ? null
                : gepubliceerd.invoer().herzienVoor().isBefore(LocalDate.now(clock)) ? KaartStand.VEROUDERD : KaartStand.GEPUBLICEERD;
        boolean nieuwer = gepubliceerd != null && laatste.nummer() > gepubliceerd.nummer();
        if (k.vanSchool(kaart.schoolId())) {
            KaartStand stand = switch (laatste.status()) {
                case CONCEPT -> KaartStand.CONCEPT;
                case TER_REVIEW -> KaartStand.TER_REVIEW;
                case GOEDGEKEURD -> publiek;
            };
            return new Gezien(kaart, versies, laatste, stand, nieuwer);
        }
        if (laatste.status() == KaartOpslag.Status.TER_REVIEW && k.kcElders(kaart.schoolId())) {
            return new Gezien(kaart, versies, laatste, KaartStand.TER_REVIEW, false);
        }
        return gepubliceerd == null ? null : new Gezien(kaart, versies, gepubliceerd, publiek, false);
    }

    private KaartInvoer controleer(Kijker k, KaartInvoer i) {
        if (i == null) {
            throw new InvoerFout("titel", "fout.verplicht");
        }
        String titel = Tekst.verplicht("titel", i.titel(), MAX_TITEL);
        if (i.domein() == null) {
            throw new InvoerFout("domein", "fout.verplicht");
        }
        List<UUID> themas = i.themas() == null ? List.of() : i.themas().stream().distinct().toList();
        if (themas.size() > MAX_THEMAS) {
            throw new InvoerFout("themas", "fout.te-veel", MAX_THEMAS);
        }
        if (!themaNamen(k.bestuurId()).keySet().containsAll(themas)) {
            throw new InvoerFout("themas", "platform.kaart.thema-onbekend");
        }
        List<Integer> groepen = i.groepen() == null ? List.of() : i.groepen().stream().distinct().sorted().toList();
        if (groepen.stream().anyMatch(g -> g == null || g < 1 || g > 8)) {
            throw new InvoerFout("groepen", "platform.kaart.groepen");
        }
        if (i.uren() != null && (i.uren() < 0 || i.uren() > 1000)) {
            throw new InvoerFout("uren", "platform.kaart.uren");
        }
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate herzien = i.herzienVoor() == null ? vandaag.plusYears(1) : i.herzienVoor();
        if (!herzien.isAfter(vandaag) || herzien.isAfter(vandaag.plusYears(MAX_JAREN_HERZIEN))) {
            throw new InvoerFout("herzienVoor", "platform.kaart.herzien", MAX_JAREN_HERZIEN);
        }
        KaartInvoer schoon = new KaartInvoer(titel, i.domein(), themas, groepen, i.schoolgrootte(), i.populatie(),
                Tekst.optioneel("aanleiding", i.aanleiding(), MAX_AANLEIDING), Tekst.optioneel("wat", i.wat(), MAX_TEKST),
                Tekst.optioneel("waarom", i.waarom(), MAX_TEKST), Tekst.optioneel("hoe", i.hoe(), MAX_TEKST),
                Tekst.optioneel("resultaten", i.resultaten(), MAX_TEKST), i.bewijs(), i.uren(), herzien);
        // the context is said in bands; a school's name in the text would say which school
        teksten(schoon).forEach((veld, tekst) -> k.scholen().values().forEach(school -> {
            if (!school.isBlank() && tekst.toLowerCase(Locale.ROOT).contains(school.toLowerCase(Locale.ROOT))) {
                throw new InvoerFout(veld, "platform.kaart.schoolnaam");
            }
        }));
        return schoon;
    }

    private void privacyControle(UUID kaartId, KaartInvoer i, boolean bevestigd) {
        privacy.controleer(PlatformListener.KAART, kaartId == null ? UUID.randomUUID() : kaartId, teksten(i), bevestigd);
    }

    private static Map<String, String> teksten(KaartInvoer i) {
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("titel", i.titel());
        for (Map.Entry<String, String> e : Map.of("aanleiding", nul(i.aanleiding()), "wat", nul(i.wat()), "waarom", nul(i.waarom()),
                "hoe", nul(i.hoe()), "resultaten", nul(i.resultaten())).entrySet()) {
            if (!e.getValue().isEmpty()) {
                teksten.put(e.getKey(), e.getValue());
            }
        }
        return teksten;
    }

    private static String nul(String tekst) {
        return tekst == null ? "" : tekst;
    }

    private Map<UUID, String> themaNamen(UUID bestuurId) {
        return opslag.themas(bestuurId).stream().collect(Collectors.toMap(KaartOpslag.Thema::id, KaartOpslag.Thema::naam));
    }

    private Kijker kijker() {
        return Kijker.van(organisatie);
    }
}
