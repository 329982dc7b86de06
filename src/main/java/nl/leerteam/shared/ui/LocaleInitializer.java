package nl.leerteam.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Every UI opens in the language of the person: the one chosen in this session, else the one
 * saved in their profile, else Dutch (browsers that ask for English get English on the login page).
 * The page's {@code <html lang>} says the same.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String SESSION_LOCALE = "leerteam.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(localeFor(init.getUI().getSession()));
            Verbindingsindicator.inrichten(init.getUI());
        });
        // A screen reader reads the page in the language of <html lang>; switching the language reloads the page.
        event.addIndexHtmlRequestListener(pagina -> pagina.getDocument().getElementsByTag("html")
                .attr("lang", localeFor(VaadinSession.getCurrent()).getLanguage()));
    }

    static Locale localeFor(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_LOCALE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return CurrentUser.find()
                .map(principal -> LeerteamI18NProvider.supported(principal.taal()))
                .orElseGet(LocaleInitializer::fromBrowser);
    }

    /** The browser's first preference among Dutch and English; Dutch when it states none of them. */
    static Locale fromBrowser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String header = request == null ? null : request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return LeerteamI18NProvider.DUTCH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), LeerteamI18NProvider.LOCALES);
            return match == null ? LeerteamI18NProvider.DUTCH : match;
        } catch (IllegalArgumentException malformed) {
            return LeerteamI18NProvider.DUTCH;
        }
    }
}
