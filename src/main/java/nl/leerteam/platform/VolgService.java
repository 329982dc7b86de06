package nl.leerteam.platform;

import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.platform.domain.VraagOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a person follows on the board's platform without writing: themes of the board's vocabulary and the three
 * domains (questions are followed on their own page). The notifications deliver what is followed; here it is kept.
 */
@Service
@Transactional
public class VolgService {

    public static final String THEMA = "THEMA";
    public static final String DOMEIN = "DOMEIN";

    private final VraagOpslag opslag;
    private final ThemaService themas;
    private final OrganisatieService organisatie;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    VolgService(VraagOpslag opslag, ThemaService themas, OrganisatieService organisatie, ApplicationEventPublisher gebeurtenissen,
                Clock clock) {
        this.opslag = opslag;
        this.themas = themas;
        this.organisatie = organisatie;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** The themes (of the person's own board) and domains they follow. */
    public record Gevolgd(Set<UUID> themas, Set<Domein> domeinen) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Gevolgd gevolgd() {
        Kijker k = Kijker.van(organisatie);
        Set<UUID> vanBestuur = themas.themas().stream().map(ThemaService.Thema::id).collect(Collectors.toSet());
        Set<UUID> themasGevolgd = opslag.gevolgd(k.gebruikerId(), THEMA).stream().map(UUID::fromString).filter(vanBestuur::contains)
                .collect(Collectors.toSet());
        Set<Domein> domeinen = EnumSet.noneOf(Domein.class);
        opslag.gevolgd(k.gebruikerId(), DOMEIN).forEach(d -> domeinen.add(Domein.valueOf(d)));
        return new Gevolgd(themasGevolgd, domeinen);
    }

    /** Sets what the person follows; a theme of another board is refused like an unknown one. */
    @PreAuthorize("isAuthenticated()")
    public void volgen(Set<UUID> themaIds, Set<Domein> domeinen) {
        Kijker k = Kijker.van(organisatie);
        Set<UUID> vanBestuur = themas.themas().stream().map(ThemaService.Thema::id).collect(Collectors.toSet());
        if (!vanBestuur.containsAll(themaIds)) {
            throw new nl.leerteam.shared.domain.InvoerFout("themas", "platform.kaart.thema-onbekend");
        }
        Gevolgd nu = gevolgd();
        Set<UUID> weg = new HashSet<>(nu.themas());
        weg.removeAll(themaIds);
        weg.forEach(t -> opslag.volgen(k.gebruikerId(), THEMA, t.toString(), false, clock.instant()));
        themaIds.stream().filter(t -> !nu.themas().contains(t))
                .forEach(t -> opslag.volgen(k.gebruikerId(), THEMA, t.toString(), true, clock.instant()));
        for (Domein d : Domein.values()) {
            if (domeinen.contains(d) != nu.domeinen().contains(d)) {
                opslag.volgen(k.gebruikerId(), DOMEIN, d.name(), domeinen.contains(d), clock.instant());
            }
        }
        gebeurtenissen.publishEvent(new PlatformGebeurtenis.Gevolgd(k.bestuurId(), k.gebruikerId()));
    }
}
