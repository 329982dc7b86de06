package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.security.Rol;
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

    private final Mailer mailer;
    private final GebruikerRepository gebruikers;
    private final SchoolRepository scholen;
    private final LeerteamI18NProvider i18n;
    private final OrganisatieProperties properties;

    RolwijzigingMailer(Mailer mailer, GebruikerRepository gebruikers, SchoolRepository scholen,
                       LeerteamI18NProvider i18n, OrganisatieProperties properties) {
        this.mailer = mailer;
        this.gebruikers = gebruikers;
        this.scholen = scholen;
        this.i18n = i18n;
        this.properties = properties;
    }

    /** @param doorId who gave the role; {@code null} when Leerteam itself did */
    void nieuweKc(UUID schoolId, UUID nieuweKcId, UUID doorId) {
        if (!mailer.geconfigureerd()) {
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
                    // when it fails, the profile page shows the change all the same
                    mailer.verstuur(kc.getEmail(), i18n.getTranslation("mail.nieuwe-kc.onderwerp", taal, school),
                            i18n.getTranslation("mail.nieuwe-kc.tekst", taal, kc.getNaam(), nieuw, school, door,
                                    properties.publicUrl() + "/profiel"), "A mail about a new KC");
                });
    }

    private static String naam(List<Gebruiker> mensen, UUID id) {
        return mensen.stream().filter(g -> g.getId().equals(id)).map(Gebruiker::getNaam).findFirst().orElse("");
    }
}
