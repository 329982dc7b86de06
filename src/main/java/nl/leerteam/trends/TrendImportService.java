package nl.leerteam.trends;

import nl.leerteam.privacy.PrivacyGuard;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import nl.leerteam.trends.ImportVoorbeeld.Regel;
import nl.leerteam.trends.ImportVoorbeeld.Status;
import nl.leerteam.trends.domain.ToetsresultaatOpslag;
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
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    TrendImportService(TrendToegang toegang, ToetsresultaatOpslag opslag, ApplicationEventPublisher gebeurtenissen,
                       Clock clock) {
        this.toegang = toegang;
        this.opslag = opslag;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
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
        TrendbestandLezer.Gelezen gelezen = lezer.lees(inhoud);
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
