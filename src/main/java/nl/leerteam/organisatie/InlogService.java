package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.BestuurRepository;
import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.Uitnodiging;
import nl.leerteam.organisatie.domain.UitnodigingRepository;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Maps a login to a person. These methods run during the login itself, before anybody is
 * authenticated, which is why they are open to all callers: each one only answers for the
 * identity or the secret invitation code it is given. No account is ever created here.
 */
@Service
@Transactional
public class InlogService {

    private final GebruikerRepository gebruikers;
    private final UitnodigingRepository uitnodigingen;
    private final BestuurRepository besturen;
    private final Clock clock;
    private final ApplicationEventPublisher gebeurtenissen;

    InlogService(GebruikerRepository gebruikers, UitnodigingRepository uitnodigingen, BestuurRepository besturen,
                 ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.gebeurtenissen = gebeurtenissen;
        this.gebruikers = gebruikers;
        this.uitnodigingen = uitnodigingen;
        this.besturen = besturen;
        this.clock = clock;
    }

    /** The person with this identity, if there is one. */
    @PreAuthorize("permitAll()")
    public Optional<LeerteamPrincipal> aanmelden(String issuer, String subject) {
        return gebruikers.findByOidcIssuerAndOidcSubject(issuer, subject)
                .map(gebruiker -> {
                    gebruiker.ingelogd(clock.instant());
                    gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.Aangemeld(gebruiker.getId()));
                    return principal(gebruiker);
                });
    }

    /** Binds an identity to the person an open invitation is for, and uses up the invitation. */
    @PreAuthorize("permitAll()")
    public LeerteamPrincipal accepteerUitnodiging(String code, String issuer, String subject) {
        Instant nu = clock.instant();
        Uitnodiging uitnodiging = openUitnodiging(code, nu).orElseThrow(() -> new UitnodigingOngeldig("unknown or closed"));
        if (uitnodiging.getUitgenodigdDoor() != null && CurrentUser.find()
                .filter(ingelogd -> uitnodiging.getUitgenodigdDoor().equals(ingelogd.gebruikerId())).isPresent()) {
            throw new UitnodigingOngeldig.EigenUitnodiging();
        }
        if (gebruikers.findByOidcIssuerAndOidcSubject(issuer, subject).isPresent()) {
            throw new UitnodigingOngeldig("identity already bound to another person");
        }
        Gebruiker gebruiker = gebruikers.findWithRollenById(uitnodiging.getGebruikerId()).orElseThrow();
        if (gebruiker.heeftIdentiteit()) {
            throw new UitnodigingOngeldig("person already has an identity");
        }
        gebruiker.koppelIdentiteit(issuer, subject);
        gebruiker.ingelogd(nu);
        uitnodiging.accepteer(nu);
        gebruikers.flush();
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.UitnodigingGeaccepteerd(gebruiker.getId(), uitnodiging.getId()));
        return principal(gebruiker);
    }

    /** Who an open invitation is for, to greet them on the invitation page. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<UitnodigingInfo> uitnodiging(String code) {
        return openUitnodiging(code, clock.instant())
                .flatMap(u -> gebruikers.findById(u.getGebruikerId()))
                .map(g -> new UitnodigingInfo(g.getNaam(), g.getBestuurId() == null ? "Leerteam"
                        : besturen.findById(g.getBestuurId()).map(b -> b.getNaam()).orElse("")));
    }

    private Optional<Uitnodiging> openUitnodiging(String code, Instant nu) {
        if (!UitnodigingCodes.isWelgevormd(code)) {
            return Optional.empty();
        }
        return uitnodigingen.findByCodeHash(UitnodigingCodes.hash(code)).filter(u -> u.isOpen(nu));
    }

    static LeerteamPrincipal principal(Gebruiker gebruiker) {
        return new LeerteamPrincipal(gebruiker.getId(), gebruiker.getBestuurId(), gebruiker.getNaam(),
                gebruiker.getEmail(), gebruiker.getTaal(), gebruiker.alleRollen());
    }
}
