package nl.leerteam.meldingen;

import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.melding.Melding;
import nl.leerteam.shared.melding.Ruimte;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.zoeken.Zoeker;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The person's notifications and what they hear by mail. Each notification is shown only while its module still lets
 * its reader read what it is about; the count counts only those.
 */
@Service
@Transactional
public class MeldingService {

    /** Live updates of one person's notifications: the id is the person's. */
    public static final String LIVE_TOPIC = "meldingen";
    /** The most recent notifications in the list. */
    public static final int LIJST = 30;
    /** Unread notifications counted at most; the bell shows "99+" beyond. */
    public static final int TELLEN = 99;

    private final MeldingOpslag opslag;
    private final Meldingweergave weergave;
    private final MeldingMail mail;
    private final OrganisatieService organisatie;
    private final LiveUpdates live;
    private final Clock clock;

    MeldingService(MeldingOpslag opslag, Meldingweergave weergave, MeldingMail mail, OrganisatieService organisatie, LiveUpdates live,
                   Clock clock) {
        this.opslag = opslag;
        this.weergave = weergave;
        this.mail = mail;
        this.organisatie = organisatie;
        this.live = live;
        this.clock = clock;
    }

    /**
     * Stores what a module told, in its transaction: once per receiver (and once per key), never for the one who caused
     * it; marked for mail right away where it asks to act and the receiver wants that. Their bells hear of it after the
     * commit.
     */
    void melden(Melding melding) {
        Set<UUID> ontvangers = new HashSet<>(melding.ontvangers());
        if (melding.door() != null) {
            ontvangers.remove(melding.door());
        }
        if (ontvangers.isEmpty()) {
            return;
        }
        Set<UUID> direct = new HashSet<>();
        if (melding.soort().vraagtActie()) {
            ontvangers.stream().filter(o -> opslag.voorkeuren(o).get(melding.soort().ruimte()).direct()).forEach(direct::add);
        }
        Set<UUID> nieuw = opslag.toevoegen(melding, ontvangers, direct, clock.instant());
        nieuw.forEach(o -> live.publish(LIVE_TOPIC, o));
        if (nieuw.stream().anyMatch(direct::contains)) {
            mail.naCommit();
        }
    }

    /** The person's most recent notifications that they may still read, newest first, in {@code taal}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeldingRegel> mijnMeldingen(Locale taal) {
        UUID ik = CurrentUser.require().gebruikerId();
        List<Meldingweergave.Getoond> getoond = weergave.toon(organisatie.zoeker(), opslag.recent(ik, LIJST), taal);
        Map<UUID, String> namen = organisatie.namen(getoond.stream().map(g -> g.rij().door()).filter(java.util.Objects::nonNull)
                .distinct().toList());
        List<MeldingRegel> regels = new ArrayList<>();
        for (Meldingweergave.Getoond g : getoond) {
            String door = g.rij().door() == null ? null
                    : namen.getOrDefault(g.rij().door(), weergave.tekst("persoon.oud-medewerker", taal));
            regels.add(new MeldingRegel(g.rij().id(), g.rij().soort(), weergave.zin(g, door, taal), g.doel().pad(), g.rij().aangemaakt(),
                    g.rij().gelezen() != null));
        }
        return regels;
    }

    /** How many of the person's notifications they have not read (and may still read), at most {@link #TELLEN}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int ongelezen() {
        Zoeker ik = organisatie.zoeker();
        return weergave.toon(ik, opslag.ongelezen(ik.ik(), TELLEN), LeerteamI18NProvider.DUTCH).size();
    }

    /** Marks one of the person's own notifications read; another's is not found. */
    @PreAuthorize("isAuthenticated()")
    public void gelezen(UUID meldingId) {
        UUID ik = CurrentUser.require().gebruikerId();
        if (opslag.gelezen(ik, meldingId, clock.instant())) {
            live.publish(LIVE_TOPIC, ik);
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void allesGelezen() {
        UUID ik = CurrentUser.require().gebruikerId();
        if (opslag.allesGelezen(ik, clock.instant()) > 0) {
            live.publish(LIVE_TOPIC, ik);
        }
    }

    /** What the person hears by mail from each space they work in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Voorkeur> voorkeuren() {
        Map<Ruimte, Voorkeur> alle = opslag.voorkeuren(CurrentUser.require().gebruikerId());
        return ruimten(organisatie.zoeker()).stream().map(alle::get).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public void voorkeurenOpslaan(List<Voorkeur> voorkeuren) {
        Set<Ruimte> mijn = ruimten(organisatie.zoeker());
        UUID ik = CurrentUser.require().gebruikerId();
        for (Voorkeur v : voorkeuren) {
            if (v == null || v.ruimte() == null || v.samenvatting() == null) {
                throw new InvoerFout("voorkeuren", "fout.verplicht");
            }
            if (!mijn.contains(v.ruimte())) {
                throw new InvoerFout("voorkeuren", "meldingen.fout.ruimte");
            }
        }
        voorkeuren.forEach(v -> opslag.voorkeurOpslaan(ik, v));
    }

    /** Whether Leerteam can send mail here (an SMTP server is configured); without it, only the bell tells. */
    @PreAuthorize("isAuthenticated()")
    public boolean mailAan() {
        return mail.aan();
    }

    /** The spaces a person works in: the KC-platform only for KCs and board staff. */
    static Set<Ruimte> ruimten(Zoeker wie) {
        Set<Ruimte> ruimten = EnumSet.of(Ruimte.LEERTEAM, Ruimte.KLASSENBEZOEK, Ruimte.TRENDS);
        if (!wie.kcScholen().isEmpty() || wie.bestuurder()) {
            ruimten.add(Ruimte.PLATFORM);
        }
        return ruimten;
    }

    Instant nu() {
        return clock.instant();
    }
}
