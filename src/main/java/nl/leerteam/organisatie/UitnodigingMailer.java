package nl.leerteam.organisatie;

import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Mails an invitation link when mail is configured. Without mail, or when sending fails, the person
 * who invites still gets the link to pass on themselves.
 */
@Component
class UitnodigingMailer {

    private final Mailer mailer;
    private final LeerteamI18NProvider i18n;

    UitnodigingMailer(Mailer mailer, LeerteamI18NProvider i18n) {
        this.mailer = mailer;
        this.i18n = i18n;
    }

    /** @return whether the mail was handed to the mail server */
    boolean verstuur(String email, String naam, String bestuurNaam, String uitnodigerNaam, String link, Locale taal) {
        return mailer.verstuur(email, i18n.getTranslation("mail.uitnodiging.onderwerp", taal, bestuurNaam),
                i18n.getTranslation("mail.uitnodiging.tekst", taal, naam, uitnodigerNaam, bestuurNaam, link),
                "An invitation mail");
    }
}
