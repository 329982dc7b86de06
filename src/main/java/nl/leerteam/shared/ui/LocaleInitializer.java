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
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String SESSION_LOCALE = "leerteam.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(localeFor(init.getUI().getSession())));
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

    private static Locale fromBrowser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale browser = request == null ? null : request.getLocale();
        return browser != null && "en".equals(browser.getLanguage()) ? LeerteamI18NProvider.ENGLISH : LeerteamI18NProvider.DUTCH;
    }
}
