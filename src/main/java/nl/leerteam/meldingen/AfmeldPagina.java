package nl.leerteam.meldingen;

import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.security.SysteemTaak;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The unsubscribe link of a notification mail. A GET (a person's click, or a mail scanner following every link) only
 * asks; the POST — the button on that page, or the mail program's one click (RFC 8058) — unsubscribes. An unknown or
 * expired link gets the same 404 as an address that never existed.
 */
@RestController
class AfmeldPagina {

    static final String PAD = "/afmelden/";

    private final Afmelden afmelden;
    private final Mailsjablonen sjablonen;
    private final OrganisatieService organisatie;
    private final LeerteamI18NProvider i18n;

    AfmeldPagina(Afmelden afmelden, Mailsjablonen sjablonen, OrganisatieService organisatie, LeerteamI18NProvider i18n) {
        this.afmelden = afmelden;
        this.sjablonen = sjablonen;
        this.organisatie = organisatie;
        this.i18n = i18n;
    }

    @GetMapping(PAD + "{code}")
    ResponseEntity<String> vraag(@PathVariable String code) {
        return pagina(afmelden.wat(code), "afmelden", code);
    }

    @PostMapping(PAD + "{code}")
    ResponseEntity<String> afmelden(@PathVariable String code) {
        return pagina(afmelden.afmelden(code), "afgemeld", code);
    }

    private ResponseEntity<String> pagina(Optional<MeldingOpslag.Sleutel> sleutel, String sjabloon, String code) {
        if (sleutel.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, sjablonen.html("onbekend", LeerteamI18NProvider.DUTCH, Map.of()));
        }
        MeldingOpslag.Sleutel s = sleutel.get();
        Locale taal = Optional.ofNullable(SysteemTaak.als(() -> organisatie.postadressen(Set.of(s.gebruiker()))).get(s.gebruiker()))
                .map(OrganisatieService.Postadres::taal).orElse(LeerteamI18NProvider.DUTCH);
        return html(HttpStatus.OK, sjablonen.html(sjabloon, taal, Map.of(
                "ruimte", i18n.getTranslation("meldingen.ruimte." + s.ruimte().name().toLowerCase(Locale.ROOT), taal),
                "kanaal", s.kanaal().name().toLowerCase(Locale.ROOT),
                "actie", PAD + code)));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(body);
    }
}
