package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.Map;

/** How views tell people what happened: a short notification, or a message next to a field. */
public final class Meldingen {

    private Meldingen() {
    }

    public static void succes(Component context, String key, Object... params) {
        Notification notification = Notification.show(context.getTranslation(key, params), 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Something the person should know that is neither a success nor a failure, such as text put back. */
    public static void info(Component context, String key, Object... params) {
        Notification notification = Notification.show(context.getTranslation(key, params), 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
    }

    public static Notification fout(Component context, String key, Object... params) {
        Notification notification = Notification.show(context.getTranslation(key, params), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    /**
     * Shows why the server refused a save. The form stays as it is, so nothing typed is lost.
     *
     * @return whether the failure was one a person can act on (else the caller rethrows it)
     */
    static boolean toonWeigering(Component context, RuntimeException failure, Map<String, ? extends HasValidation> velden) {
        if (failure instanceof InvoerFout fout) {
            HasValidation veld = velden.get(fout.veld());
            String bericht = context.getTranslation(fout.berichtKey(), fout.parameters());
            if (veld != null) {
                veld.setErrorMessage(bericht);
                veld.setInvalid(true);
            } else {
                fout(context, fout.berichtKey(), fout.parameters());
            }
            return true;
        }
        if (failure instanceof GelijktijdigGewijzigd || failure instanceof OptimisticLockingFailureException) {
            if (velden.size() == 1) {
                // one field: the reason stands where the person is looking, not in the middle of the page
                HasValidation veld = velden.values().iterator().next();
                veld.setErrorMessage(context.getTranslation("fout.gelijktijdig.veld"));
                veld.setInvalid(true);
            } else {
                fout(context, "fout.gelijktijdig");
            }
            return true;
        }
        return false;
    }

    /**
     * Runs a save. A refusal a person can act on is shown next to its field (or as a notification)
     * and the form stays as it is; anything else is rethrown.
     *
     * @return whether the save went through
     */
    public static boolean opslaan(Component context, Map<String, ? extends HasValidation> velden, Runnable opslaan) {
        velden.values().forEach(veld -> veld.setInvalid(false));
        for (HasValidation veld : velden.values()) {
            if (veld instanceof Datumveld datum && !datum.leesbaar()) {
                // what was typed stays in the field, with the reason next to it
                datum.setErrorMessage(context.getTranslation("fout.datum-onleesbaar"));
                datum.setInvalid(true);
                return false;
            }
        }
        try {
            opslaan.run();
            return true;
        } catch (RuntimeException failure) {
            if (!toonWeigering(context, failure, velden)) {
                throw failure;
            }
            return false;
        }
    }
}
