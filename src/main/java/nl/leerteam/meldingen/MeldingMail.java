package nl.leerteam.meldingen;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.leerteam.organisatie.OrganisatieProperties;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.OrganisatieService.Postadres;
import nl.leerteam.shared.domain.EenNodeTegelijk;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.melding.Ruimte;
import nl.leerteam.shared.security.GeheimeCodes;
import nl.leerteam.shared.security.SysteemTaak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Notifications by mail, through the configured SMTP server: right away for what asks to act (an outbox: the rows that
 * wait, sent after the commit that made them and retried each minute), and the daily and weekly digests. A mail
 * carries titles and links only, never case or observation text, and a one-click unsubscribe (RFC 8058) that acts
 * only on POST. Before each mail the module is asked again whether its reader may still read what it is about.
 */
@Component
class MeldingMail {

    private static final Logger LOG = LoggerFactory.getLogger(MeldingMail.class);
    static final int PER_KEER = 50;
    /** How long an unsubscribe link in a mail works. */
    static final Duration SLEUTEL_GELDIG = Duration.ofDays(365);

    private final MeldingOpslag opslag;
    private final Meldingweergave weergave;
    private final Mailsjablonen sjablonen;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final OrganisatieService organisatie;
    private final OrganisatieProperties instellingen;
    private final TransactionTemplate transactie;
    private final EenNodeTegelijk eenNode;
    private final Clock clock;
    /** One sender after commits: a click never waits for the SMTP server. */
    private final ExecutorService naCommit = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("leerteam-mail").daemon().factory());

    MeldingMail(MeldingOpslag opslag, Meldingweergave weergave, Mailsjablonen sjablonen, ObjectProvider<JavaMailSender> mailSender,
                OrganisatieService organisatie, OrganisatieProperties instellingen, TransactionTemplate transactie, EenNodeTegelijk eenNode,
                Clock clock) {
        this.opslag = opslag;
        this.weergave = weergave;
        this.sjablonen = sjablonen;
        this.mailSender = mailSender;
        this.organisatie = organisatie;
        this.instellingen = instellingen;
        this.transactie = transactie;
        this.eenNode = eenNode;
        this.clock = clock;
    }

    boolean aan() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends what waits once the surrounding transaction has committed (at once without one). */
    void naCommit() {
        if (!aan()) {
            return;
        }
        Runnable versturen = () -> naCommit.execute(() -> {
            try {
                verstuurDirecte();
            } catch (RuntimeException e) {
                LOG.warn("Notification mails could not be sent now; the next minute tries again: {}", e.getClass().getSimpleName());
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    versturen.run();
                }
            });
        } else {
            versturen.run();
        }
    }

    @Scheduled(fixedDelayString = "${leerteam.meldingen.opnieuw:PT1M}", initialDelayString = "${leerteam.meldingen.opnieuw:PT1M}")
    void elkeMinuut() {
        if (aan()) {
            verstuurDirecte();
        }
    }

    /**
     * Mails what asks to act and waits, a batch per transaction until none is left (or the server refused a whole batch:
     * the next minute tries again); how many mails went out. Rows are locked per node, so nodes share the
     * work.
     */
    int verstuurDirecte() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int totaal = 0;
        while (true) {
            int[] ronde = SysteemTaak.als(() -> transactie.execute(status -> verstuurDirecte(sender)));
            totaal += ronde[1];
            if (ronde[0] < PER_KEER || ronde[2] == ronde[0]) {
                return totaal;
            }
        }
    }

    /** One batch: how many rows it took, how many mails went out, and how many the server refused. */
    private int[] verstuurDirecte(JavaMailSender sender) {
        List<MeldingOpslag.Rij> rijen = opslag.teMailen(clock.instant(), PER_KEER);
        if (rijen.isEmpty()) {
            return new int[] {0, 0, 0};
        }
        Map<UUID, Postadres> adressen = adressen(rijen);
        int verstuurd = 0;
        int geweigerd = 0;
        for (Map.Entry<UUID, List<MeldingOpslag.Rij>> perOntvanger : rijen.stream()
                .collect(Collectors.groupingBy(MeldingOpslag.Rij::ontvanger, LinkedHashMap::new, Collectors.toList())).entrySet()) {
            Postadres aan = adressen.get(perOntvanger.getKey());
            List<Meldingweergave.Getoond> getoond = aan == null ? List.of()
                    : weergave.toon(organisatie.lezerVan(aan.id()), perOntvanger.getValue(), aan.taal());
            Set<UUID> leesbaar = getoond.stream().map(g -> g.rij().id()).collect(Collectors.toSet());
            // no longer theirs to read (or nobody to mail): not mailed, and not tried again
            perOntvanger.getValue().stream().filter(r -> !leesbaar.contains(r.id())).forEach(r -> opslag.afgehandeld(r.id(), clock.instant()));
            for (Meldingweergave.Getoond g : getoond) {
                if (verstuur(sender, direct(aan, g, adressen))) {
                    opslag.afgehandeld(g.rij().id(), clock.instant());
                    verstuurd++;
                } else {
                    opslag.mislukt(g.rij().id(), clock.instant());
                    geweigerd++;
                }
            }
        }
        return new int[] {rijen.size(), verstuurd, geweigerd};
    }

    /** At seven in the morning: the daily digests, and on Mondays the weekly ones too. */
    @Scheduled(cron = "${leerteam.meldingen.samenvatting-cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    void elkeOchtend() {
        if (!aan()) {
            return;
        }
        verstuurSamenvattingen(Samenvatting.DAGELIJKS);
        if (clock.instant().atZone(Tijdzone.SCHOOL).getDayOfWeek() == DayOfWeek.MONDAY) {
            verstuurSamenvattingen(Samenvatting.WEKELIJKS);
        }
    }

    /**
     * Sends the digests of this frequency: per person and space, what came since their last digest (at most one period
     * back) and was not mailed right away, grouped per thing, newest first. Nothing new, or nothing they may still read:
     * no mail. How many mails went out.
     */
    int verstuurSamenvattingen(Samenvatting frequentie) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || frequentie == Samenvatting.GEEN) {
            return 0;
        }
        Instant nu = clock.instant();
        Instant sinds = nu.minus(frequentie == Samenvatting.DAGELIJKS ? Duration.ofDays(1) : Duration.ofDays(7));
        return eenNode.alsSysteem("meldingen-samenvatting", () -> {
            int verstuurd = 0;
            for (Map.Entry<UUID, Ruimte> wie : opslag.voorSamenvatting(frequentie, sinds)) {
                List<MeldingOpslag.Rij> rijen = opslag.voorSamenvatting(wie.getKey(), wie.getValue(), sinds);
                Map<UUID, Postadres> adressen = adressen(rijen);
                Postadres aan = adressen.get(wie.getKey());
                List<Meldingweergave.Getoond> getoond = aan == null ? List.of()
                        : weergave.toon(organisatie.lezerVan(aan.id()), rijen, aan.taal());
                if (!getoond.isEmpty() && !verstuur(sender, samenvatting(aan, wie.getValue(), frequentie, getoond, adressen))) {
                    continue;
                }
                opslag.samenvattingVerstuurd(wie.getKey(), wie.getValue(), nu);
                verstuurd += getoond.isEmpty() ? 0 : 1;
            }
            opslag.oudeSleutelsWeg(nu.minus(SLEUTEL_GELDIG));
            return verstuurd;
        });
    }

    private Map<UUID, Postadres> adressen(List<MeldingOpslag.Rij> rijen) {
        Set<UUID> mensen = new HashSet<>();
        rijen.forEach(r -> {
            mensen.add(r.ontvanger());
            if (r.door() != null) {
                mensen.add(r.door());
            }
        });
        return organisatie.postadressen(mensen);
    }

    /** A mail ready to send. */
    record Mail(String aan, String onderwerp, String tekst, String html, String afmelden) {
    }

    private Mail direct(Postadres aan, Meldingweergave.Getoond melding, Map<UUID, Postadres> adressen) {
        Locale taal = aan.taal();
        String zin = weergave.zin(melding, door(melding, adressen, taal), taal);
        String afmelden = afmeldlink(aan.id(), melding.rij().soort().ruimte(), MeldingOpslag.Kanaal.DIRECT);
        Map<String, Object> waarden = new HashMap<>();
        waarden.put("naam", aan.naam());
        waarden.put("zin", zin);
        waarden.put("link", instellingen.publicUrl() + "/" + melding.doel().pad());
        waarden.put("ruimte", weergave.tekst("meldingen.ruimte." + melding.rij().soort().ruimte().name().toLowerCase(Locale.ROOT), taal));
        waarden.put("afmelden", afmelden);
        waarden.put("instellingen", instellingen.publicUrl() + "/instellingen/meldingen");
        waarden.put("direct", true);
        String onderwerp = weergave.tekst("meldingen.mail.onderwerp." + melding.rij().soort().name().toLowerCase(Locale.ROOT), taal,
                melding.doel().titel());
        return new Mail(aan.email(), onderwerp, sjablonen.tekst("direct", taal, waarden), sjablonen.html("direct", taal, waarden), afmelden);
    }

    /** One entry of a digest: a thing, what happened to it last and how often. */
    record Item(String zin, String link, String wanneer, int aantal) {
    }

    private Mail samenvatting(Postadres aan, Ruimte ruimte, Samenvatting frequentie, List<Meldingweergave.Getoond> getoond,
                              Map<UUID, Postadres> adressen) {
        Locale taal = aan.taal();
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(taal);
        // per thing, in the order of its newest notification
        Map<String, List<Meldingweergave.Getoond>> perDoel = getoond.stream().collect(Collectors.groupingBy(
                g -> g.rij().soort() + ":" + g.rij().doel(), LinkedHashMap::new, Collectors.toList()));
        List<Item> items = new ArrayList<>();
        for (List<Meldingweergave.Getoond> zelfde : perDoel.values()) {
            Meldingweergave.Getoond nieuwste = zelfde.getFirst();
            items.add(new Item(weergave.zin(nieuwste, door(nieuwste, adressen, taal), taal),
                    instellingen.publicUrl() + "/" + nieuwste.doel().pad(),
                    datum.format(nieuwste.rij().aangemaakt().atZone(Tijdzone.SCHOOL)), zelfde.size()));
        }
        String afmelden = afmeldlink(aan.id(), ruimte, MeldingOpslag.Kanaal.SAMENVATTING);
        String ruimteNaam = weergave.tekst("meldingen.ruimte." + ruimte.name().toLowerCase(Locale.ROOT), taal);
        Map<String, Object> waarden = new HashMap<>();
        waarden.put("naam", aan.naam());
        waarden.put("items", items);
        waarden.put("ruimte", ruimteNaam);
        waarden.put("kop", weergave.tekst("meldingen.mail.samenvatting.kop." + frequentie.name().toLowerCase(Locale.ROOT), taal, ruimteNaam));
        waarden.put("afmelden", afmelden);
        waarden.put("instellingen", instellingen.publicUrl() + "/instellingen/meldingen");
        waarden.put("direct", false);
        String onderwerp = weergave.tekst("meldingen.mail.samenvatting.onderwerp." + frequentie.name().toLowerCase(Locale.ROOT), taal,
                ruimteNaam, items.size());
        return new Mail(aan.email(), onderwerp, sjablonen.tekst("samenvatting", taal, waarden), sjablonen.html("samenvatting", taal, waarden),
                afmelden);
    }

    private String door(Meldingweergave.Getoond melding, Map<UUID, Postadres> adressen, Locale taal) {
        if (melding.rij().door() == null) {
            return null;
        }
        Postadres door = adressen.get(melding.rij().door());
        return door == null ? weergave.tekst("persoon.oud-medewerker", taal) : door.naam();
    }

    private String afmeldlink(UUID gebruiker, Ruimte ruimte, MeldingOpslag.Kanaal kanaal) {
        String code = GeheimeCodes.nieuweCode();
        opslag.sleutelBewaren(GeheimeCodes.hash(code), new MeldingOpslag.Sleutel(gebruiker, ruimte, kanaal), clock.instant());
        return instellingen.publicUrl() + "/afmelden/" + code;
    }

    private boolean verstuur(JavaMailSender sender, Mail mail) {
        try {
            MimeMessage bericht = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(bericht, true, "UTF-8");
            helper.setFrom(instellingen.mailAfzender());
            helper.setTo(mail.aan());
            helper.setSubject(mail.onderwerp());
            helper.setText(mail.tekst(), mail.html());
            // RFC 8058: a mail program unsubscribes with one POST; a GET (a scanner following links) only shows a question
            bericht.addHeader("List-Unsubscribe", "<" + mail.afmelden() + ">");
            bericht.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            sender.send(bericht);
            return true;
        } catch (MailException | MessagingException e) {
            // the kind of failure only: a server's message often names the address
            LOG.warn("A notification mail could not be sent: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    @PreDestroy
    void stoppen() {
        naCommit.shutdown();
    }
}
