package nl.leerteam.platform;

import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.platform.PlatformGebeurtenis.BestandStap;
import nl.leerteam.platform.bestand.Bestandscontrole;
import nl.leerteam.platform.bestand.Bestandsnaam;
import nl.leerteam.platform.bestand.Bestandsopslag;
import nl.leerteam.platform.bestand.Bestandssoort;
import nl.leerteam.platform.bestand.Opschoning;
import nl.leerteam.platform.bestand.Virusscanner;
import nl.leerteam.platform.bestand.Voorbeeldmaker;
import nl.leerteam.platform.domain.BibliotheekOpslag;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.privacy.PrivacyFinding;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Tekst;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The studiedag library of a board. Teachers, KCs and directors put in what they made for a studiedag; their
 * school reads it at once, the board once a KC of the school approved the version that is current. Every file
 * goes through the same steps before a row is written: the cap, the virus scanner when there is one, the checks
 * of {@link Bestandscontrole}, the privacy guard over everything it says and its name, and a copy without author
 * fields for the board. A finding keeps the file within its school until a new version is clean or the
 * approving KC confirms it (a BSN cannot be confirmed). Nothing of one board is visible in another.
 */
@Service
@Transactional
public class BibliotheekService {

    public static final String LIVE_TOPIC = "studiedag";
    public static final int MAX_TITEL = 200;
    public static final int MAX_BESCHRIJVING = 2000;
    public static final int MAX_STUDIEDAG = 200;
    public static final int MAX_THEMAS = 8;
    public static final int MAX_VERSIES = 20;
    public static final int MAX_UITTREKSEL = 600;
    /** The "finding" of a file without text (an image, a scan): a KC confirms having looked before the board sees it. */
    public static final String ZONDER_TEKST = "ZONDER_TEKST";

    private static final Logger LOG = LoggerFactory.getLogger(BibliotheekService.class);

    private final BibliotheekOpslag opslag;
    private final OrganisatieService organisatie;
    private final ThemaService themas;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;
    private final Bestandsopslag bestanden;
    private final Bestandscontrole controle = new Bestandscontrole();
    private final Virusscanner scanner;
    private final Voorbeeldmaker voorbeelden = new Voorbeeldmaker(10);
    private final long maximaal;

    BibliotheekService(BibliotheekOpslag opslag, OrganisatieService organisatie, ThemaService themas, PrivacyControle privacy,
                       ApplicationEventPublisher gebeurtenissen, Clock clock, BibliotheekProperties properties) {
        this.opslag = opslag;
        this.organisatie = organisatie;
        this.themas = themas;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
        this.bestanden = new Bestandsopslag(properties.map());
        this.scanner = new Virusscanner(properties.clamdHost(), properties.clamdPort(), 3000);
        this.maximaal = properties.maximaalBestand().toBytes();
        opruimen();
    }

    /** Files left on their way in by a dialog that never closed (a server stopped mid-upload) go after a day. */
    private void opruimen() {
        try (var oud = Files.list(bestanden.tijdelijk())) {
            java.time.Instant grens = clock.instant().minus(java.time.Duration.ofDays(1));
            oud.filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant().isBefore(grens);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(BibliotheekService::weg);
        } catch (IOException e) {
            LOG.warn("The library's folder {} cannot be used: {}", bestanden.wortel(), e.toString());
        }
    }

    /** The cap per file, for the upload handler that streams a file in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public long maximaal() {
        return maximaal;
    }

    /** Where files on their way in wait, on the library's disk. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Path tijdelijkeMap() {
        try {
            return bestanden.tijdelijk();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schools the person may add files for: every school where they have a role. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UUID, String> uploadScholen() {
        Kijker k = Kijker.van(organisatie);
        Map<UUID, String> scholen = new LinkedHashMap<>();
        k.rollen().forEach((school, rollen) -> {
            if (!rollen.isEmpty()) {
                scholen.put(school, k.scholen().getOrDefault(school, ""));
            }
        });
        return scholen;
    }

    /** The files the person may read: all of their schools', and those of the board that were approved. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Bibliotheek.Samenvatting> bestanden() {
        Kijker k = Kijker.van(organisatie);
        Map<UUID, List<BibliotheekOpslag.Versie>> versies = opslag.versiesVanBestuur(k.bestuurId());
        Map<UUID, String> themaNamen = themaNamen();
        List<Bibliotheek.Samenvatting> lijst = new ArrayList<>();
        for (BibliotheekOpslag.Bestand b : opslag.vanBestuur(k.bestuurId())) {
            List<BibliotheekOpslag.Versie> vs = versies.getOrDefault(b.id(), List.of());
            if (vs.isEmpty() || !magLezen(k, b, vs.getLast())) {
                continue;
            }
            BibliotheekOpslag.Versie v = vs.getLast();
            lijst.add(new Bibliotheek.Samenvatting(b.id(), b.schoolId(), b.invoer().titel(), k.scholen().getOrDefault(b.schoolId(), ""),
                    namen(b.invoer().themas(), themaNamen), b.invoer().studiedag(), b.invoer().studiedagDatum(), v.soort(), v.nummer(),
                    zichtbaar(v), k.vanSchool(b.schoolId()) && v.bevindingen() != null, v.geupload()));
        }
        return lijst;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Bibliotheek.Details bestand(UUID id) {
        Kijker k = Kijker.van(organisatie);
        Gelezen g = zichtbaar(k, id);
        BibliotheekOpslag.Bestand b = g.bestand();
        List<BibliotheekOpslag.Versie> versies = g.versies();
        BibliotheekOpslag.Versie huidig = versies.getLast();
        boolean binnen = k.vanSchool(b.schoolId());
        Set<UUID> mensen = new java.util.HashSet<>();
        versies.forEach(v -> {
            mensen.add(v.geuploadDoor());
            if (v.goedgekeurdDoor() != null) {
                mensen.add(v.goedgekeurdDoor());
            }
        });
        Map<UUID, String> namen = organisatie.namen(mensen);
        Map<String, List<String>> bevindingen = binnen ? bevindingenVan(huidig.bevindingen()) : Map.of();
        boolean goedkeuren = k.kcVan(b.schoolId()) && huidig.goedgekeurdDoor() == null;
        Bibliotheek.Mag mag = new Bibliotheek.Mag(binnen, binnen && versies.size() < MAX_VERSIES, goedkeuren,
                goedkeuren && !bevindingen.isEmpty());
        String uittreksel = "";
        Bestandssoort soort = Bestandssoort.valueOf(huidig.soort());
        if (soort == Bestandssoort.DOCX || soort == Bestandssoort.PPTX) {
            String tekst = opslag.tekst(id, huidig.nummer()).strip();
            uittreksel = tekst.length() > MAX_UITTREKSEL ? tekst.substring(0, MAX_UITTREKSEL) + "…" : tekst;
        }
        return new Bibliotheek.Details(id, b.schoolId(), b.invoer(), namen(b.invoer().themas(), themaNamen()),
                k.scholen().getOrDefault(b.schoolId(), ""), versie(huidig, namen), zichtbaar(huidig), bevindingen,
                huidig.bevindingenBevestigd(), binnen ? versies.reversed().stream().map(v -> versie(v, namen)).toList()
                        : List.of(versie(huidig, namen)), mag, huidig.voorbeeld() != null, uittreksel, b.version());
    }

    /**
     * Runs the checks on a file that has just come in, before anything is saved, so the dialog can say at once
     * what is wrong with it or what the guard found. The file stays where it is.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Bibliotheek.Controle controleer(UUID schoolId, Path tijdelijk, String naam) {
        Kijker k = Kijker.van(organisatie);
        if (!k.vanSchool(schoolId)) {
            throw new AccessDeniedException("Files are added for one's own school");
        }
        Gecontroleerd g = gecontroleerd(tijdelijk, naam);
        return new Bibliotheek.Controle(g.naam(), g.uitkomst().soort().name(), g.grootte(), bevindingenVan(g.bevindingen()));
    }

    /**
     * Adds a file for a school: everybody of the school may. The temporary file moves into the board's folder; when
     * anything about the file fails, nothing of it stays (no row, no file); a refusal of the typed description
     * leaves the temporary file for the corrected or confirmed save.
     *
     * @param bevestigd whether the writer saw the privacy guard's warnings about the title and description
     */
    @PreAuthorize("isAuthenticated()")
    public UUID toevoegen(UUID schoolId, BestandInvoer invoer, Path tijdelijk, String naam, boolean bevestigd) {
        Kijker k = Kijker.van(organisatie);
        if (!k.vanSchool(schoolId)) {
            weg(tijdelijk);
            throw new AccessDeniedException("Files are added for one's own school");
        }
        UUID id = UUID.randomUUID();
        // what was typed is checked first: a refusal of it leaves the file for the corrected save
        BestandInvoer schoon = controleer(k, id, invoer, bevestigd);
        try {
            opslag.nieuw(id, k.bestuurId(), schoolId, schoon, k.gebruikerId(), clock.instant());
            bewaarVersie(k.bestuurId(), k.gebruikerId(), id, 1, tijdelijk, naam);
            gebeurtenissen.publishEvent(new BestandStap(k.bestuurId(), id, BestandStap.Stap.TOEGEVOEGD));
            return id;
        } catch (RuntimeException fout) {
            weg(tijdelijk);
            throw fout;
        }
    }

    /** A new version of a file; its approval starts again, and until then the board no longer reads the file. */
    @PreAuthorize("isAuthenticated()")
    public void nieuweVersie(UUID id, Path tijdelijk, String naam, long version) {
        try {
            Kijker k = Kijker.van(organisatie);
            Gelezen g = vanSchool(k, id);
            BibliotheekOpslag.Bestand b = g.bestand();
            List<BibliotheekOpslag.Versie> versies = g.versies();
            if (versies.size() >= MAX_VERSIES) {
                throw new InvoerFout("bestand", "bibliotheek.fout.te-veel-versies", MAX_VERSIES);
            }
            opslag.zeker(id, version);
            bewaarVersie(k.bestuurId(), k.gebruikerId(), b.id(), versies.getLast().nummer() + 1, tijdelijk, naam);
            gebeurtenissen.publishEvent(new BestandStap(k.bestuurId(), id, BestandStap.Stap.NIEUWE_VERSIE));
        } catch (RuntimeException fout) {
            weg(tijdelijk);
            throw fout;
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void wijzigen(UUID id, BestandInvoer invoer, long version, boolean bevestigd) {
        Kijker k = Kijker.van(organisatie);
        vanSchool(k, id);
        BestandInvoer schoon = controleer(k, id, invoer, bevestigd);
        opslag.zeker(id, version);
        opslag.wijzig(id, schoon);
        gebeurtenissen.publishEvent(new BestandStap(k.bestuurId(), id, BestandStap.Stap.GEWIJZIGD));
    }

    /**
     * A KC of the file's school shares its current version with the board. When the guard found something in it, the
     * KC must say so explicitly ({@code bevindingenBevestigd}); a BSN is never shared.
     */
    @PreAuthorize("hasRole('KC')")
    public void goedkeuren(UUID id, int nummer, boolean bevindingenBevestigd, long version) {
        Kijker k = Kijker.van(organisatie);
        Gelezen g = vanSchool(k, id);
        BibliotheekOpslag.Bestand b = g.bestand();
        if (!k.kcVan(b.schoolId())) {
            throw new AccessDeniedException("Only a KC of the file's school approves it");
        }
        BibliotheekOpslag.Versie huidig = g.versies().getLast();
        if (huidig.nummer() != nummer || huidig.goedgekeurdDoor() != null) {
            throw new nl.leerteam.shared.domain.GelijktijdigGewijzigd("studiedag_bestand");
        }
        Map<String, List<String>> bevindingen = bevindingenVan(huidig.bevindingen());
        if (bevindingen.values().stream().anyMatch(soorten -> soorten.contains(PrivacyFinding.Kind.BSN.name()))) {
            throw new InvoerFout("bestand", "bibliotheek.fout.bsn");
        }
        if (!bevindingen.isEmpty() && !bevindingenBevestigd) {
            throw new InvoerFout("bestand", "bibliotheek.fout.bevestigen");
        }
        opslag.zeker(id, version);
        opslag.goedkeuren(id, nummer, k.gebruikerId(), clock.instant(), !bevindingen.isEmpty());
        gebeurtenissen.publishEvent(new BestandStap(k.bestuurId(), id, BestandStap.Stap.GOEDGEKEURD));
    }

    /** The current version: the school gets the file as it was put in, the rest of the board the copy without author fields. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Bibliotheek.Download download(UUID id) {
        Kijker k = Kijker.van(organisatie);
        Gelezen g = zichtbaar(k, id);
        BibliotheekOpslag.Bestand b = g.bestand();
        BibliotheekOpslag.Versie v = g.versies().getLast();
        return download(b, v, k.vanSchool(b.schoolId()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> voorbeeld(UUID id) {
        Kijker k = Kijker.van(organisatie);
        Gelezen g = zichtbaar(k, id);
        BibliotheekOpslag.Bestand b = g.bestand();
        BibliotheekOpslag.Versie v = g.versies().getLast();
        if (v.voorbeeld() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(bestanden.pad(b.bestuurId(), v.voorbeeld())));
        } catch (IOException e) {
            LOG.warn("Preview of library file {} is missing on disk", id);
            return Optional.empty();
        }
    }

    /** The files a KC may attach to a card of {@code schoolId}: the school's own, at their current version. */
    @PreAuthorize("hasRole('KC')")
    @Transactional(readOnly = true)
    public List<Bibliotheek.Samenvatting> bijlagenVoorKaart(UUID schoolId) {
        return bestanden().stream().filter(s -> s.schoolId().equals(schoolId)).toList();
    }

    // ---- for the practice cards, which check who reads the card before they call these ----

    /** The attachments to keep with a card's version: files of the card's school, at their current version. */
    List<BibliotheekOpslag.Bijlage> vastleggen(Kijker k, UUID schoolId, List<UUID> bestandIds) {
        Map<UUID, List<BibliotheekOpslag.Versie>> versies = opslag.versiesVanBestuur(k.bestuurId());
        List<BibliotheekOpslag.Bijlage> bijlagen = new ArrayList<>();
        for (UUID bestandId : bestandIds.stream().distinct().toList()) {
            BibliotheekOpslag.Bestand b = opslag.bestand(bestandId).filter(x -> x.schoolId().equals(schoolId))
                    .orElseThrow(() -> new InvoerFout("bijlagen", "bibliotheek.fout.bijlage-onbekend"));
            bijlagen.add(new BibliotheekOpslag.Bijlage(b.id(), versies.get(b.id()).getLast().nummer()));
        }
        return bijlagen;
    }

    /** A card's attachment may go to review when the guard found nothing in it or a KC of its school confirmed what it found. */
    void zonderOpenBevindingen(List<BibliotheekOpslag.Bijlage> bijlagen) {
        for (BibliotheekOpslag.Bijlage b : bijlagen) {
            BibliotheekOpslag.Versie v = versie(b);
            if (v.bevindingen() != null && !v.bevindingenBevestigd()) {
                throw new InvoerFout("bijlagen", "bibliotheek.fout.bijlage-bevinding", v.bestandsnaam());
            }
        }
    }

    List<Bibliotheek.Bijlage> beschrijf(List<BibliotheekOpslag.Bijlage> bijlagen) {
        List<Bibliotheek.Bijlage> uit = new ArrayList<>();
        for (BibliotheekOpslag.Bijlage b : bijlagen) {
            BibliotheekOpslag.Bestand bestand = opslag.bestand(b.bestandId()).orElseThrow();
            BibliotheekOpslag.Versie v = versie(b);
            uit.add(new Bibliotheek.Bijlage(b.bestandId(), b.versie(), bestand.invoer().titel(), v.bestandsnaam(), v.soort(), v.grootte()));
        }
        return uit;
    }

    /** An attachment of a card the reader may see: the copy without author fields, unless the reader is of the file's school. */
    Bibliotheek.Download bijlage(Kijker k, BibliotheekOpslag.Bijlage bijlage) {
        BibliotheekOpslag.Bestand b = opslag.bestand(bijlage.bestandId()).orElseThrow();
        return download(b, versie(bijlage), k.vanSchool(b.schoolId()));
    }

    private BibliotheekOpslag.Versie versie(BibliotheekOpslag.Bijlage b) {
        return opslag.versies(b.bestandId()).stream().filter(v -> v.nummer() == b.versie()).findFirst().orElseThrow();
    }

    /** The demonstration board's files (development profile): the same steps as any upload, by the people named. */
    UUID demo(UUID bestuurId, UUID schoolId, UUID door, BestandInvoer invoer, byte[] inhoud, String naam, UUID goedkeurder) {
        try {
            Path tijdelijk = Files.write(Files.createTempFile(bestanden.tijdelijk(), "demo-", ".tmp"), inhoud);
            UUID id = UUID.randomUUID();
            opslag.nieuw(id, bestuurId, schoolId, invoer, door, clock.instant());
            bewaarVersie(bestuurId, door, id, 1, tijdelijk, naam);
            if (goedkeurder != null) {
                opslag.goedkeuren(id, 1, goedkeurder, clock.instant(), opslag.versies(id).getFirst().bevindingen() != null);
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the pipeline ----

    private record Gecontroleerd(String naam, long grootte, Bestandscontrole.Uitkomst uitkomst, String bevindingen) {
    }

    private Gecontroleerd gecontroleerd(Path tijdelijk, String opgegeven) {
        try {
            // the temporary file must be one of ours: a path from elsewhere is never read
            if (!tijdelijk.toAbsolutePath().normalize().startsWith(bestanden.tijdelijk())) {
                throw new AccessDeniedException("Not an upload of this library");
            }
            long grootte = Files.size(tijdelijk);
            if (grootte > maximaal) {
                throw new InvoerFout("bestand", "bibliotheek.fout.te-groot", maximaal / (1024 * 1024));
            }
            if (grootte == 0) {
                throw new InvoerFout("bestand", "bibliotheek.fout.leeg");
            }
            scanner.scan(tijdelijk);
            Bestandscontrole.Uitkomst uitkomst = controle.controleer(tijdelijk);
            String naam = Bestandsnaam.veilig(opgegeven, uitkomst.soort());
            Map<String, String> teksten = new LinkedHashMap<>();
            // the name as it was given: a name in it is a finding even where the shown name dropped characters
            teksten.put("bestandsnaam", opgegeven == null ? "" : opgegeven.replace('_', ' ').replace('-', ' '));
            teksten.putAll(uitkomst.teksten());
            List<String> delen = new java.util.ArrayList<>(privacy.bevindingen(teksten).entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue().stream().map(f -> f.kind().name()).distinct().sorted()
                            .collect(Collectors.joining(",")))
                    .toList());
            if (!uitkomst.teksten().containsKey("tekst")) {
                // an image or a scan has no text to check: what it shows is for the approving KC to look at
                delen.add("tekst:" + ZONDER_TEKST);
            }
            String bevindingen = String.join(";", delen);
            return new Gecontroleerd(naam, grootte, uitkomst, bevindingen.isEmpty() ? null : bevindingen);
        } catch (IOException e) {
            throw new InvoerFout("bestand", "bibliotheek.fout.onleesbaar");
        } catch (InvoerFout fout) {
            LOG.info("Library upload refused: {}", fout.berichtKey());
            throw fout;
        }
    }

    private void bewaarVersie(UUID bestuurId, UUID door, UUID id, int nummer, Path tijdelijk, String opgegeven) {
        Gecontroleerd g = gecontroleerd(tijdelijk, opgegeven);
        Bestandssoort soort = g.uitkomst().soort();
        List<String> bewaard = new ArrayList<>();
        // when the transaction does not commit, what was put on disk for it goes again
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    bewaard.forEach(naam -> bestanden.verwijder(bestuurId, naam));
                }
            }
        });
        Path kopie = null;
        try {
            String sha256 = sha256(tijdelijk);
            kopie = Files.createTempFile(bestanden.tijdelijk(), "gedeeld-", ".tmp");
            Opschoning.gedeeldeKopie(tijdelijk, soort, kopie);
            Optional<byte[]> voorbeeld = voorbeelden.voorbeeld(kopie, soort);
            String origineel = bestanden.bewaar(bestuurId, tijdelijk, soort.extensie());
            bewaard.add(origineel);
            String gedeeld = bestanden.bewaar(bestuurId, kopie, soort.extensie());
            bewaard.add(gedeeld);
            String plaatje = null;
            if (voorbeeld.isPresent()) {
                plaatje = bestanden.bewaar(bestuurId, voorbeeld.get(), "png");
                bewaard.add(plaatje);
            }
            String tekst = String.join("\n\n", g.uitkomst().teksten().values());
            opslag.versie(new BibliotheekOpslag.Versie(id, nummer, g.naam(), soort.name(), g.grootte(), sha256, origineel, gedeeld, plaatje,
                    g.bevindingen(), door, clock.instant(), null, null, false), tekst.replace("\u0000", ""));
        } catch (IOException e) {
            throw new InvoerFout("bestand", "bibliotheek.fout.onleesbaar");
        } finally {
            weg(kopie);
        }
    }

    private static String sha256(Path bestand) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(bestand), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void weg(Path bestand) {
        if (bestand == null) {
            return;
        }
        try {
            Files.deleteIfExists(bestand);
        } catch (IOException e) {
            LOG.warn("Could not delete temporary upload {}", bestand.getFileName());
        }
    }

    // ---- who sees what ----

    private boolean magLezen(Kijker k, BibliotheekOpslag.Bestand b, BibliotheekOpslag.Versie huidig) {
        return b.bestuurId().equals(k.bestuurId()) && (k.vanSchool(b.schoolId()) || huidig.goedgekeurdDoor() != null);
    }

    /** A file the person may read; any other is refused like one that does not exist. */
    /** A file with its versions (newest last), read once for the check and for what the caller does with it. */
    private record Gelezen(BibliotheekOpslag.Bestand bestand, List<BibliotheekOpslag.Versie> versies) {
    }

    private Gelezen zichtbaar(Kijker k, UUID id) {
        BibliotheekOpslag.Bestand b = opslag.bestand(id).orElseThrow(() -> new AccessDeniedException("No such file"));
        List<BibliotheekOpslag.Versie> versies = opslag.versies(id);
        if (versies.isEmpty() || !magLezen(k, b, versies.getLast())) {
            throw new AccessDeniedException("No such file");
        }
        return new Gelezen(b, versies);
    }

    /** A file of one of the person's schools: for changing it. */
    private Gelezen vanSchool(Kijker k, UUID id) {
        Gelezen g = zichtbaar(k, id);
        if (!k.vanSchool(g.bestand().schoolId())) {
            throw new AccessDeniedException("Only the file's school changes it");
        }
        return g;
    }

    private Bibliotheek.Download download(BibliotheekOpslag.Bestand b, BibliotheekOpslag.Versie v, boolean binnen) {
        Bestandssoort soort = Bestandssoort.valueOf(v.soort());
        Path pad = bestanden.pad(b.bestuurId(), binnen ? v.origineel() : v.gedeeld());
        try {
            return new Bibliotheek.Download(v.bestandsnaam(), soort.mime(), Files.size(pad), pad);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Bibliotheek.Zichtbaar zichtbaar(BibliotheekOpslag.Versie v) {
        return v.goedgekeurdDoor() == null ? Bibliotheek.Zichtbaar.SCHOOL : Bibliotheek.Zichtbaar.BESTUUR;
    }

    private static Bibliotheek.Versie versie(BibliotheekOpslag.Versie v, Map<UUID, String> namen) {
        return new Bibliotheek.Versie(v.nummer(), v.bestandsnaam(), v.soort(), v.grootte(), namen.getOrDefault(v.geuploadDoor(), ""),
                v.geupload(), v.goedgekeurdDoor() == null ? null : namen.getOrDefault(v.goedgekeurdDoor(), ""), v.goedgekeurd());
    }

    static Map<String, List<String>> bevindingenVan(String opgeslagen) {
        Map<String, List<String>> uit = new LinkedHashMap<>();
        if (opgeslagen == null || opgeslagen.isBlank()) {
            return uit;
        }
        for (String deel : opgeslagen.split(";")) {
            String[] delen = deel.split(":", 2);
            uit.put(delen[0], List.of(delen[1].split(",")));
        }
        return uit;
    }

    private BestandInvoer controleer(Kijker k, UUID id, BestandInvoer i, boolean bevestigd) {
        if (i == null) {
            throw new InvoerFout("titel", "fout.verplicht");
        }
        List<UUID> gekozen = i.themas().stream().filter(Objects::nonNull).distinct().toList();
        if (gekozen.size() > MAX_THEMAS) {
            throw new InvoerFout("themas", "fout.te-veel", MAX_THEMAS);
        }
        if (!themaNamen().keySet().containsAll(gekozen)) {
            throw new InvoerFout("themas", "platform.kaart.thema-onbekend");
        }
        BestandInvoer schoon = new BestandInvoer(Tekst.verplicht("titel", i.titel(), MAX_TITEL),
                Tekst.optioneel("beschrijving", i.beschrijving(), MAX_BESCHRIJVING), gekozen,
                Tekst.optioneel("studiedag", i.studiedag(), MAX_STUDIEDAG), i.studiedagDatum());
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("titel", schoon.titel());
        if (schoon.beschrijving() != null) {
            teksten.put("beschrijving", schoon.beschrijving());
        }
        if (schoon.studiedag() != null) {
            teksten.put("studiedag", schoon.studiedag());
        }
        // what is typed about a file is checked like any text: a finding there is fixed before saving
        privacy.controleer(PlatformListener.BESTAND, id, teksten, bevestigd);
        return schoon;
    }

    private Map<UUID, String> themaNamen() {
        return themas.themas().stream().collect(Collectors.toMap(ThemaService.Thema::id, ThemaService.Thema::naam));
    }

    private static List<String> namen(List<UUID> ids, Map<UUID, String> namen) {
        return ids.stream().map(namen::get).filter(Objects::nonNull).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        voorbeelden.close();
    }

}
