package nl.leerteam.trends;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The secret calendar feed a calendar program fetches without a login. An unknown or revoked code gets
 * the same 404 as an address that never existed.
 */
@RestController
class KalenderFeed {

    static final String PAD = "/kalender/";

    private final KwaliteitskalenderService service;
    private final I18NProvider i18n;

    KalenderFeed(KwaliteitskalenderService service, I18NProvider i18n) {
        this.service = service;
        this.i18n = i18n;
    }

    @GetMapping(PAD + "{code}.ics")
    ResponseEntity<String> feed(@PathVariable String code) {
        Locale nl = Locale.of("nl");
        return service.feed(code, (key, params) -> i18n.getTranslation(key, nl, params))
                .map(ics -> ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore()).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
