package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.security.Rol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Tells a school's KCs when a new KC appears there. A KC reads every escalated case of the school,
 * so a KC role that someone should not have is noticed by the people who know the school best.
 * Their profile page shows the same change when mail is not configured.
 */
@Component
class RolwijzigingMailer {

    private static final Logger LOG = LoggerFactory.getLogger(RolwijzigingMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final GebruikerRepository gebruikers;
    private final SchoolRepository scholen;
    private final LeerteamI18NProvider i18n;
    private final OrganisatieProperties properties;

    RolwijzigingMailer(ObjectProvider<JavaMailSender> mailSender, GebruikerRepository gebruikers, SchoolRepository scholen,
                       LeerteamI18NProvider i18n, OrganisatieProperties properties) {
        this.mailSender = mailSender;
        this.gebruikers = gebruikers;
        this.scholen = scholen;
        this.i18n = i18n;
        this.properties = properties;
    }

    /** @param doorId who gave the role; {@code null} when Leerteam itself did */
    void nieuweKc(UUID schoolId, UUID nieuweKcId, UUID doorId) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        String school = scholen.findById(schoolId).map(s -> s.getNaam()).orElse("");
        List<Gebruiker> mensen = gebruikers.findBySchoolIn(List.of(schoolId));
        String nieuw = naam(mensen, nieuweKcId);
        String door = doorId == null ? "Leerteam" : gebruikers.findById(doorId).map(Gebruiker::getNaam).orElse("");
        mensen.stream()
                .filter(g -> g.heeftRolOp(schoolId, Rol.KC) && !g.getId().equals(nieuweKcId) && g.getEmail() != null)
                .forEach(kc -> {
                    var taal = LeerteamI18NProvider.supported(kc.getTaal());
                    SimpleMailMessage message = new SimpleMailMessage();
                    message.setFrom(properties.mailAfzender());
                    message.setTo(kc.getEmail());
                    message.setSubject(i18n.getTranslation("mail.nieuwe-kc.onderwerp", taal, school));
                    message.setText(i18n.getTranslation("mail.nieuwe-kc.tekst", taal, kc.getNaam(), nieuw, school, door,
                            properties.publicUrl() + "/profiel"));
                    try {
                        sender.send(message);
                    } catch (MailException e) {
                        // the address stays out of the log; the profile page shows the change all the same
                        LOG.warn("A mail about a new KC could not be sent: {}", e.getClass().getSimpleName());
                    }
                });
    }

    private static String naam(List<Gebruiker> mensen, UUID id) {
        return mensen.stream().filter(g -> g.getId().equals(id)).map(Gebruiker::getNaam).findFirst().orElse("");
    }
}
