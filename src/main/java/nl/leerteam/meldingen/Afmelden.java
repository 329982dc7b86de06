package nl.leerteam.meldingen;

import nl.leerteam.shared.security.GeheimeCodes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Unsubscribing from one kind of mail with the key its link carries: the key is the only authorisation (no login, as a
 * mail program posts it without cookies), made for one person, one space and one kind of mail, kept as a hash.
 */
@Component
class Afmelden {

    private final MeldingOpslag opslag;
    private final Clock clock;

    Afmelden(MeldingOpslag opslag, Clock clock) {
        this.opslag = opslag;
        this.clock = clock;
    }

    /** What the link stops, without stopping it. */
    @Transactional(readOnly = true)
    Optional<MeldingOpslag.Sleutel> wat(String code) {
        if (!GeheimeCodes.isWelgevormd(code)) {
            return Optional.empty();
        }
        return opslag.sleutel(GeheimeCodes.hash(code), clock.instant().minus(MeldingMail.SLEUTEL_GELDIG));
    }

    /** Stops that mail: right-away mails of the space off, or its digest to none. What it stopped. */
    @Transactional
    Optional<MeldingOpslag.Sleutel> afmelden(String code) {
        Optional<MeldingOpslag.Sleutel> sleutel = wat(code);
        sleutel.ifPresent(s -> {
            Voorkeur nu = opslag.voorkeuren(s.gebruiker()).get(s.ruimte());
            opslag.voorkeurOpslaan(s.gebruiker(), s.kanaal() == MeldingOpslag.Kanaal.DIRECT
                    ? new Voorkeur(s.ruimte(), false, nu.samenvatting())
                    : new Voorkeur(s.ruimte(), nu.direct(), Samenvatting.GEEN));
        });
        return sleutel;
    }
}
