package nl.leerteam.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * What a person is told when something fails that a form could not handle itself: in their language,
 * that it was not saved and that their text is still on the screen (no form clears itself on a
 * failure). A database that is gone says so; anything else is logged with its stack. Vaadin's own
 * messages (session expired, connection lost, as when a node behind the load balancer stops) speak
 * Dutch or English too.
 */
@Component
class FoutAfhandeling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FoutAfhandeling.class);

    private final LeerteamI18NProvider i18n;

    FoutAfhandeling(LeerteamI18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessie -> sessie.getSession().setErrorHandler(this::fout));
        event.getSource().setSystemMessagesProvider(info -> berichten(LeerteamI18NProvider.supported(
                info.getLocale() == null ? null : info.getLocale().getLanguage())));
    }

    void fout(ErrorEvent event) {
        Soort soort = soort(event.getThrowable());
        switch (soort) {
            case DATABASE -> LOG.warn("Not saved, the database cannot be reached: {}", oorzaak(event.getThrowable()));
            case GEEN_TOEGANG -> LOG.info("Refused: {}", event.getThrowable().getMessage());
            case ONVERWACHT -> LOG.error("Unexpected failure in a request", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification melding = new Notification(ui.getTranslation(soort.key), 10_000, Notification.Position.MIDDLE);
        melding.addThemeVariants(NotificationVariant.LUMO_ERROR);
        melding.setId("fout-melding");
        melding.open();
    }

    enum Soort {
        DATABASE("fout.database-weg"), GEEN_TOEGANG("fout.geen-rechten"), ONVERWACHT("fout.onverwacht");

        final String key;

        Soort(String key) {
            this.key = key;
        }
    }

    static Soort soort(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransientDataAccessResourceException || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return Soort.DATABASE;
            }
            if (t instanceof AccessDeniedException) {
                return Soort.GEEN_TOEGANG;
            }
        }
        return Soort.ONVERWACHT;
    }

    private static String oorzaak(Throwable fout) {
        Throwable t = fout;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private CustomizedSystemMessages berichten(Locale taal) {
        CustomizedSystemMessages berichten = new CustomizedSystemMessages();
        // said, not a silent reload: someone whose node stopped should know why they log in again
        berichten.setSessionExpiredNotificationEnabled(true);
        berichten.setSessionExpiredCaption(i18n.getTranslation("systeem.sessie-verlopen.titel", taal));
        berichten.setSessionExpiredMessage(i18n.getTranslation("systeem.sessie-verlopen.tekst", taal));
        berichten.setInternalErrorCaption(i18n.getTranslation("systeem.fout.titel", taal));
        berichten.setInternalErrorMessage(i18n.getTranslation("systeem.fout.tekst", taal));
        berichten.setCookiesDisabledCaption(i18n.getTranslation("systeem.cookies.titel", taal));
        berichten.setCookiesDisabledMessage(i18n.getTranslation("systeem.cookies.tekst", taal));
        return berichten;
    }
}
