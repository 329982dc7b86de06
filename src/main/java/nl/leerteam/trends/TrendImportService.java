package nl.leerteam.trends;

import nl.leerteam.privacy.PrivacyGuard;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import nl.leerteam.trends.ImportVoorbeeld.Regel;
import nl.leerteam.trends.ImportVoorbeeld.Status;
import nl.leerteam.trends.domain.KolomindelingOpslag;
import nl.leerteam.trends.domain.ToetsresultaatOpslag;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Imports a school's aggregate test results: first a dry run that shows every line with its errors,
 * warnings and what would change, then the import itself in one transaction, all or nothing. The same
 * file twice changes nothing; a changed value is replaced only when the person says "vervangen". A file
 * with pupil rows is refused whole, with an audit line that holds nothing of it. For the school's KCs
 * and director.
 */
@Service
@Transactional
public class TrendImportService {

    /** Large enough for a board's whole history of one school (50,000 lines), small enough to read at once. */
    public static final int MAX_BESTAND = 8 * 1024 * 1024;
    static final int MAX_BESTANDSNAAM = 200;

    private final TrendbestandLezer lezer = new TrendbestandLezer(new PrivacyGuard());
    private final TrendToegang toegang;
    private final ToetsresultaatOpslag opslag;
    private final KolomindelingOpslag kolomindelingen;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    TrendImportService(TrendToegang toegang, ToetsresultaatOpslag opslag, KolomindelingOpslag kolomindelingen,
                       ApplicationEventPublisher gebeurtenissen,
                       Clock clock) {
        this.toegang = toegang;
        this.opslag = opslag;
        this.kolomindelingen = kolomindelingen;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /**
     * A file that is not in Leerteam's own format, read as a group overview: its columns, its first rows and the
     * mapping the school used last time. Empty for a file of Leerteam's own format. A file with a column about
     * pupils one by one is refused whole, as in the own format.
     */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public Optional<Groepsoverzicht> groepsoverzicht(UUID schoolId, String bestandsnaam, byte[] inhoud) {
        toegang.beheerbaar(schoolId);
        List<List<String>> cellen = cellen(schoolId, inhoud);
        if (cellen == null) {
            return Optional.of(new Groepsoverzicht(List.of(), List.of(), null, true));
        }
        List<String> koppen = cellen.getFirst();
        if (TrendbestandLezer.eigenFormaat(koppen)) {
            return Optional.empty();
        }
        return Optional.of(new Groepsoverzicht(koppen, cellen.subList(1, Math.min(cellen.size(), 6)),
                kolomindelingen.vanSchool(schoolId).map(j -> json.readValue(j, Groepsoverzicht.Indeling.class)).orElse(null), false));
    }

    /** The dry run of a group overview by its mapping; nothing is stored. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public ImportVoorbeeld voorbeeld(UUID schoolId, String bestandsnaam, byte[] inhoud, Groepsoverzicht.Indeling indeling) {
        toegang.beheerbaar(schoolId);
        byte[] bestand = alsTrendbestand(schoolId, inhoud, indeling);
        return bestand == null ? geweigerd(bestandsnaam) : voorbeeldVan(schoolId, naam(bestandsnaam), bestand);
    }

    /** Imports a group overview by its mapping, and remembers the mapping for the school's next file. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public ImportResultaat importeren(UUID schoolId, String bestandsnaam, byte[] inhoud, Groepsoverzicht.Indeling indeling,
                                      boolean vervangen) {
        toegang.beheerbaar(schoolId);
        byte[] bestand = alsTrendbestand(schoolId, inhoud, indeling);
        if (bestand == null) {
            return new ImportResultaat(true, 0, 0, 0);
        }
        ImportResultaat resultaat = importeren(schoolId, bestandsnaam, bestand, vervangen);
        if (!resultaat.geweigerd()) {
            kolomindelingen.bewaar(CurrentUser.require().bestuurId(), schoolId, json.writeValueAsString(indeling), clock.instant());
        }
        return resultaat;
    }

    /** The file in Leerteam's own format; {@code null} when it is about pupils one by one. */
    private byte[] alsTrendbestand(UUID schoolId, byte[] inhoud, Groepsoverzicht.Indeling indeling) {
        controleer(indeling);
        List<List<String>> cellen = cellen(schoolId, inhoud);
        return cellen == null ? null : GroepsoverzichtLezer.alsTrendbestand(cellen, indeling);
    }

    private static ImportVoorbeeld geweigerd(String bestandsnaam) {
        return new ImportVoorbeeld(naam(bestandsnaam), new ImportVoorbeeld.Gelezen("", "", false), List.of(),
                List.of(ImportMelding.fout(0, "", "trends.import.leerlinggegevens")), true);
    }

    /**
     * The cells of a group overview; a file that cannot be read is refused with its reason. {@code null} for a
     * file about pupils one by one: it is refused whole, with an audit line that keeps nothing of it.
     */
    private List<List<String>> cellen(UUID schoolId, byte[] inhoud) {
        if (inhoud == null || inhoud.length == 0) {
            throw new InvoerFout("bestand", "trends.import.leeg");
        }
        if (inhoud.length > MAX_BESTAND) {
            throw new InvoerFout("bestand", "fout.bestand-te-groot", MAX_BESTAND / 1024);
        }
        List<ImportMelding> bestand = new ArrayList<>();
        List<List<String>> cellen = GroepsoverzichtLezer.cellen("", inhoud, bestand);
        if (cellen == null || cellen.isEmpty()) {
            ImportMelding reden = bestand.isEmpty() ? ImportMelding.fout(0, "", "trends.import.leeg") : bestand.getFirst();
            throw new InvoerFout("bestand", reden.key(), reden.params().toArray());
        }
        if (cellen.getFirst().stream().anyMatch(TrendbestandLezer::leerlingkolom)) {
            gebeurtenissen.publishEvent(new TrendsGebeurtenis.TrendbestandGeweigerd(CurrentUser.require().bestuurId(), schoolId,
                    UUID.randomUUID()));
            return null;
        }
        return cellen;
    }

    private static void controleer(Groepsoverzicht.Indeling i) {
        if (i == null || i.groep() == null) {
            throw new InvoerFout("groep", "fout.verplicht");
        }
        if (i.schooljaar() == null) {
            throw new InvoerFout("schooljaar", "fout.verplicht");
        }
        if (i.vak() == null) {
            throw new InvoerFout("vak", "fout.verplicht");
        }
        if (i.aanbieder() == null) {
            throw new InvoerFout("aanbieder", "fout.verplicht");
        }
        if (i.schaal() == null || i.schaal() == Schaal.PCT) {
            throw new InvoerFout("schaal", "trends.groeps.schaal");
        }
        Tekst.verplicht("toets", i.toets(), 100);
        if (i.meetmoment() == null && i.afnamedatum() == null) {
            throw new InvoerFout("meetmoment", "trends.import.moment-of-datum");
        }
        if (i.niveaus() == null || i.niveaus().size() != i.schaal().niveaus().size() || i.niveaus().stream().anyMatch(Objects::isNull)) {
            throw new InvoerFout("niveaus", "trends.groeps.niveaus", i.schaal().niveaus().size());
        }
        if (i.percentages() && i.aantal() == null) {
            throw new InvoerFout("aantal", "trends.groeps.aantal-bij-percentages");
        }
    }

    /** How the file reads and what importing it would do; nothing is stored (a refused file leaves an audit line). */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public ImportVoorbeeld voorbeeld(UUID schoolId, String bestandsnaam, byte[] inhoud) {
        toegang.beheerbaar(schoolId);
        return voorbeeldVan(schoolId, naam(bestandsnaam), inhoud);
    }

    /**
     * Imports the file as its dry run showed it.
     *
     * @param vervangen replace results that are stored with other values; without it such a file is refused
     */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public ImportResultaat importeren(UUID schoolId, String bestandsnaam, byte[] inhoud, boolean vervangen) {
        toegang.beheerbaar(schoolId);
        String naam = naam(bestandsnaam);
        ImportVoorbeeld voorbeeld = voorbeeldVan(schoolId, naam, inhoud);
        if (voorbeeld.leerlinggegevens()) {
            return new ImportResultaat(true, 0, 0, 0);
        }
        if (!voorbeeld.importeerbaar()) {
            throw new InvoerFout("bestand", "trends.import.niet-importeerbaar");
        }
        long gewijzigd = voorbeeld.aantal(Status.GEWIJZIGD);
        if (gewijzigd > 0 && !vervangen) {
            throw new InvoerFout("vervangen", "trends.import.vervangen-nodig", gewijzigd);
        }
        int nieuw = (int) voorbeeld.aantal(Status.NIEUW);
        int ongewijzigd = (int) voorbeeld.aantal(Status.ONGEWIJZIGD);
        if (nieuw == 0 && gewijzigd == 0) {
            return new ImportResultaat(false, 0, 0, ongewijzigd);
        }
        LeerteamPrincipal ik = CurrentUser.require();
        UUID importId = UUID.randomUUID();
        opslag.importVastleggen(importId, ik.bestuurId(), schoolId, ik.gebruikerId(), clock.instant(), naam, hash(inhoud), nieuw,
                (int) gewijzigd, ongewijzigd);
        opslag.nieuw(ik.bestuurId(), schoolId, importId, voorbeeld.regels().stream().filter(r -> r.status() == Status.NIEUW)
                .map(Regel::resultaat).toList());
        if (gewijzigd > 0) {
            Map<Toetsresultaat.Sleutel, ToetsresultaatOpslag.Opgeslagen> bestaand = opslag.vanSchool(schoolId, schooljaren(voorbeeld));
            opslag.vervang(importId, voorbeeld.regels().stream().filter(r -> r.status() == Status.GEWIJZIGD)
                    .map(r -> Map.entry(bestaand.get(r.resultaat().sleutel()).id(), r.resultaat()))
                    .toList());
        }
        gebeurtenissen.publishEvent(new TrendsGebeurtenis.ToetsresultatenGeimporteerd(schoolId, importId, nieuw, (int) gewijzigd));
        return new ImportResultaat(false, nieuw, (int) gewijzigd, ongewijzigd);
    }

    private ImportVoorbeeld voorbeeldVan(UUID schoolId, String bestandsnaam, byte[] inhoud) {
        if (inhoud == null || inhoud.length == 0) {
            throw new InvoerFout("bestand", "trends.import.leeg");
        }
        if (inhoud.length > MAX_BESTAND) {
            throw new InvoerFout("bestand", "fout.bestand-te-groot", MAX_BESTAND / 1024);
        }
        TrendbestandLezer.Gelezen gelezen = gelezen(inhoud);
        if (gelezen.leerlinggegevens()) {
            gebeurtenissen.publishEvent(new TrendsGebeurtenis.TrendbestandGeweigerd(CurrentUser.require().bestuurId(), schoolId,
                    UUID.randomUUID()));
            return new ImportVoorbeeld(bestandsnaam, gelezen.gelezenAls(), List.of(), gelezen.bestand(), true);
        }
        Map<Toetsresultaat.Sleutel, ToetsresultaatOpslag.Opgeslagen> bestaand = opslag.vanSchool(schoolId,
                gelezen.regels().stream().filter(r -> r.resultaat() != null).map(r -> r.resultaat().schooljaar().beginjaar())
                        .collect(Collectors.toSet()));
        List<Regel> regels = new ArrayList<>(gelezen.regels().size());
        for (Regel regel : gelezen.regels()) {
            if (regel.resultaat() == null) {
                regels.add(regel);
                continue;
            }
            ToetsresultaatOpslag.Opgeslagen eerder = bestaand.get(regel.resultaat().sleutel());
            Status status = eerder == null ? Status.NIEUW
                    : Objects.equals(eerder.resultaat(), regel.resultaat()) ? Status.ONGEWIJZIGD : Status.GEWIJZIGD;
            regels.add(new Regel(regel.regel(), regel.resultaat(), status, regel.meldingen()));
        }
        return new ImportVoorbeeld(bestandsnaam, gelezen.gelezenAls(), regels, gelezen.bestand(), false);
    }

    /**
     * The file as read: the import right after its dry run reads the same bytes again, and a large file takes
     * seconds to read, so the last few reads are kept by the SHA-256 of their bytes for a few minutes. Reading
     * is a function of the bytes alone; what is stored is compared again on every call.
     */
    private TrendbestandLezer.Gelezen gelezen(byte[] inhoud) {
        String sleutel = hash(inhoud);
        long nu = System.nanoTime();
        synchronized (gelezenBestanden) {
            Bewaard bewaard = gelezenBestanden.get(sleutel);
            if (bewaard != null && nu - bewaard.moment() < BEWAARD_NANOS) {
                return bewaard.gelezen();
            }
        }
        TrendbestandLezer.Gelezen gelezen = lezer.lees(inhoud);
        synchronized (gelezenBestanden) {
            gelezenBestanden.put(sleutel, new Bewaard(gelezen, nu));
        }
        return gelezen;
    }

    private record Bewaard(TrendbestandLezer.Gelezen gelezen, long moment) {
    }

    private static final long BEWAARD_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
    private static final int BEWAARD_AANTAL = 2;
    private final Map<String, Bewaard> gelezenBestanden = new java.util.LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bewaard> oudste) {
            return size() > BEWAARD_AANTAL;
        }
    };

    private static Set<Integer> schooljaren(ImportVoorbeeld voorbeeld) {
        return voorbeeld.regels().stream().filter(r -> r.resultaat() != null).map(r -> r.resultaat().schooljaar().beginjaar())
                .collect(Collectors.toSet());
    }

    private static String naam(String bestandsnaam) {
        return Tekst.optioneel("bestand", bestandsnaam, MAX_BESTANDSNAAM);
    }

    private static String hash(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
