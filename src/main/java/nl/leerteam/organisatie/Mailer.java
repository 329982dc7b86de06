package nl.leerteam.organisatie;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a plain-text mail through the configured SMTP server ({@code spring.mail.host}), from
 * Leerteam's address. Without mail, or when the server refuses, it says so by its answer; the log
 * gets the kind of failure, never the address (a server's message often names it).
 */
@Component
class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final OrganisatieProperties properties;

    Mailer(ObjectProvider<JavaMailSender> mailSender, OrganisatieProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    boolean geconfigureerd() {
        return mailSender.getIfAvailable() != null;
    }

    /** @param waarom what the mail is, for the log line when it fails */
    boolean verstuur(String aan, String onderwerp, String tekst, String waarom) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailAfzender());
        message.setTo(aan);
        message.setSubject(onderwerp);
        message.setText(tekst);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            LOG.warn("{} could not be sent: {}", waarom, e.getClass().getSimpleName());
            return false;
        }
    }
}
