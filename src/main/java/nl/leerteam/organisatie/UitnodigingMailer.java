package nl.leerteam.organisatie;

import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Mails an invitation link when mail is configured ({@code spring.mail.host}). Without mail, or
 * when sending fails, the person who invites still gets the link to pass on themselves.
 */
@Component
class UitnodigingMailer {

    private static final Logger LOG = LoggerFactory.getLogger(UitnodigingMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final LeerteamI18NProvider i18n;
    private final OrganisatieProperties properties;

    UitnodigingMailer(ObjectProvider<JavaMailSender> mailSender, LeerteamI18NProvider i18n, OrganisatieProperties properties) {
        this.mailSender = mailSender;
        this.i18n = i18n;
        this.properties = properties;
    }

    /** @return whether the mail was handed to the mail server */
    boolean verstuur(String email, String naam, String bestuurNaam, String uitnodigerNaam, String link, Locale taal) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailAfzender());
        message.setTo(email);
        message.setSubject(i18n.getTranslation("mail.uitnodiging.onderwerp", taal, bestuurNaam));
        message.setText(i18n.getTranslation("mail.uitnodiging.tekst", taal, naam, uitnodigerNaam, bestuurNaam, link));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            // the message can hold the address; the class says enough to look further
            LOG.warn("Invitation mail to a new member could not be sent: {}", e.getClass().getSimpleName());
            return false;
        }
    }
}
