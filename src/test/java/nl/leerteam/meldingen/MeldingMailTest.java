package nl.leerteam.meldingen;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.platform.Domein;
import nl.leerteam.platform.VraagService;
import nl.leerteam.shared.melding.Ruimte;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications by mail through a real SMTP server (GreenMail, in process): right away for what asks to act, the digest
 * grouped per thing and only when there is something, each with a one-click unsubscribe and never case text.
 */
@LeerteamTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "leerteam.mail-afzender=noreply@leerteam.test"})
class MeldingMailTest {

    private static final String FATIMA = "f.elamrani@opo-waterland.nl";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    MeldingService meldingen;
    @Autowired
    MeldingMail mail;
    @Autowired
    MeldingOpslag opslag;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    /** The mails to {@code adres} whose subject holds {@code onderwerp} and whose text holds {@code inhoud}. */
    private List<MimeMessage> aan(String adres, String onderwerp, String inhoud) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(adres) && m.getSubject().contains(onderwerp)
                        && delen(m)[0].contains(inhoud);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<MimeMessage> aan(String adres, String onderwerp) {
        return aan(adres, onderwerp, "");
    }

    /** Waits (at most ten seconds) for the mail the commit sends on its own; what came. */
    private List<MimeMessage> wachtOp(String adres, String onderwerp, String inhoud) {
        long tot = System.nanoTime() + 10_000_000_000L;
        List<MimeMessage> gekomen = aan(adres, onderwerp, inhoud);
        while (gekomen.isEmpty() && System.nanoTime() < tot) {
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
            gekomen = aan(adres, onderwerp, inhoud);
        }
        return gekomen;
    }

    /** Whether {@code voorwaarde} holds within {@code tijd}, asked every 50 ms (what another thread commits). */
    private static boolean binnen(java.time.Duration tijd, java.util.function.BooleanSupplier voorwaarde) {
        long tot = System.nanoTime() + tijd.toNanos();
        while (!voorwaarde.getAsBoolean()) {
            if (System.nanoTime() > tot) {
                return false;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        }
        return true;
    }

    /** The plain text and the HTML of a mail. */
    private static String[] delen(MimeMessage bericht) throws Exception {
        String[] delen = new String[2];
        zoek(bericht, delen);
        assertThat(delen).as("a plain text and an HTML part").doesNotContainNull();
        return delen;
    }

    private static void zoek(jakarta.mail.Part deel, String[] delen) throws Exception {
        if (deel.isMimeType("text/plain")) {
            delen[0] = (String) deel.getContent();
        } else if (deel.isMimeType("text/html")) {
            delen[1] = (String) deel.getContent();
        } else if (deel.getContent() instanceof Multipart meer) {
            for (int i = 0; i < meer.getCount(); i++) {
                zoek(meer.getBodyPart(i), delen);
            }
        }
    }

    @Test
    void an_escalation_is_mailed_right_away_with_title_and_link_only_and_a_one_click_unsubscribe() throws Exception {
        UUID casus = Escaleren.casusVanPriya(context, inlog, "Hoe krijg ik haar aan het schrijven?");
        String pseudoniem = jdbc.queryForObject("select pseudoniem from casus where id = ?", String.class, casus);

        // sent after the commit by itself, not by the person's click
        // a pseudonym is unique within its leerteam only: the link names the case
        List<MimeMessage> ontvangen = wachtOp(FATIMA, pseudoniem, "/casussen/" + casus);
        assertThat(ontvangen).hasSize(1);
        MimeMessage bericht = ontvangen.getFirst();
        assertThat(bericht.getSubject()).isEqualTo("Een casus wacht op je: " + pseudoniem);
        assertThat(bericht.getFrom()[0].toString()).isEqualTo("noreply@leerteam.test");
        String afmelden = bericht.getHeader("List-Unsubscribe")[0];
        assertThat(afmelden).matches("<http://localhost:8080/afmelden/[A-Za-z0-9_-]{43}>");
        assertThat(bericht.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String[] delen = delen(bericht);
        for (String deel : delen) {
            assertThat(deel).contains("Beste Fatima El Amrani,").contains("Priya Ramdin vraagt je hulp bij de casus van " + pseudoniem)
                    .contains("http://localhost:8080/casussen/" + casus)
                    .contains(afmelden.substring(1, afmelden.length() - 1))
                    .doesNotContain("schrijven").doesNotContain("komen kijken").doesNotContain("schrijfkaart");
        }
        assertThat(delen[1]).contains("<html lang=\"nl\">").contains("href=\"http://localhost:8080/casussen/" + casus + "\"");

        // the sender commits "done" just after the mail went: once it has, another round sends nothing
        assertThat(binnen(java.time.Duration.ofSeconds(10), () -> jdbc.queryForObject("select count(*) from melding m join gebruiker g"
                + " on g.id = m.ontvanger_id where m.doel_id = ? and g.oidc_subject = 'fatima' and m.afgehandeld_op is not null",
                Integer.class, casus) == 1)).isTrue();
        mail.verstuurDirecte();
        assertThat(aan(FATIMA, pseudoniem, "/casussen/" + casus)).as("mailed once").hasSize(1);
    }

    @Test
    void whoever_turned_right_away_mails_off_gets_none_and_the_bell_still_tells() {
        Inloggen.als(inlog, "fatima");
        meldingen.voorkeurenOpslaan(List.of(new Voorkeur(Ruimte.LEERTEAM, false, Samenvatting.WEKELIJKS)));
        try {
            UUID casus = Escaleren.casusVanPriya(context, inlog, "Hoe help ik hem met lezen?");
            String pseudoniem = jdbc.queryForObject("select pseudoniem from casus where id = ?", String.class, casus);
            mail.verstuurDirecte();
            assertThat(aan(FATIMA, pseudoniem, "/casussen/" + casus)).isEmpty();
            // (another KC of the school, made in another test, may want them: this is about Fatima)
            assertThat(jdbc.queryForObject("select count(*) from melding m join gebruiker g on g.id = m.ontvanger_id where m.doel_id = ?"
                    + " and g.oidc_subject = 'fatima' and m.direct", Integer.class, casus)).as("not even waiting to be mailed").isZero();
            Inloggen.als(inlog, "fatima");
            assertThat(meldingen.mijnMeldingen(java.util.Locale.ENGLISH)).anyMatch(m -> m.pad().equals("casussen/" + casus)
                    && m.tekst().equals("Priya Ramdin asks for your help with the case of " + pseudoniem));
        } finally {
            Inloggen.als(inlog, "fatima");
            meldingen.voorkeurenOpslaan(List.of(Voorkeur.standaard(Ruimte.LEERTEAM)));
        }
    }

    @Test
    void the_daily_digest_groups_per_thing_newest_first_and_skips_a_day_without_news() throws Exception {
        Inloggen.als(inlog, "fatima");
        meldingen.voorkeurenOpslaan(List.of(new Voorkeur(Ruimte.PLATFORM, true, Samenvatting.DAGELIJKS)));
        try {
            // what came before this test is not this test's digest
            opslag.samenvattingVerstuurd(jdbc.queryForObject("select id from gebruiker where oidc_subject = 'fatima'", UUID.class),
                    Ruimte.PLATFORM, java.time.Instant.now());
            VraagService vragen = context.getBean(VraagService.class);
            String kenmerk = MeldingenTest.kenmerk();
            UUID eerste = vragen.stellen("Wie doet " + kenmerk + " met rekenen?", null, Domein.LEERCOORDINATOR, List.of(), false);
            UUID tweede = vragen.stellen("Wie doet " + kenmerk + " met lezen?", null, Domein.LEERCOORDINATOR, List.of(), false);
            Inloggen.als(inlog, "bram");
            vragen.beantwoorden(eerste, "Wij, in groep 6.", false);
            vragen.beantwoorden(eerste, "En in groep 7 ook.", false);
            vragen.beantwoorden(tweede, "Wij niet.", false);

            assertThat(mail.verstuurSamenvattingen(Samenvatting.DAGELIJKS)).isPositive();
            List<MimeMessage> digest = aan(FATIMA, "KC-platform: wat er sinds gisteren gebeurde");
            assertThat(digest).hasSize(1);
            assertThat(digest.getFirst().getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            String tekst = delen(digest.getFirst())[0];
            assertThat(tekst).contains("Wat er sinds gisteren gebeurde in KC-platform")
                    .contains("Bram van Dijk beantwoordde je vraag 'Wie doet " + kenmerk + " met rekenen?'")
                    .contains("2 keer")
                    .doesNotContain("groep 6").doesNotContain("Wij niet");
            assertThat(tekst.indexOf("met lezen")).as("newest first").isLessThan(tekst.indexOf("met rekenen"));
            assertThat(tekst.split("met rekenen", -1)).as("once per thing").hasSize(2);

            assertThat(mail.verstuurSamenvattingen(Samenvatting.DAGELIJKS)).as("nothing new: no mail").isZero();
            assertThat(aan(FATIMA, "KC-platform: wat er sinds gisteren gebeurde")).hasSize(1);
            assertThat(GreenMailUtil.getBody(digest.getFirst())).isNotBlank();
        } finally {
            Inloggen.als(inlog, "fatima");
            meldingen.voorkeurenOpslaan(List.of(Voorkeur.standaard(Ruimte.PLATFORM)));
        }
    }

    @Test
    void the_settings_say_mail_is_on_here() {
        Inloggen.als(inlog, "sanne");
        assertThat(meldingen.mailAan()).isTrue();
    }
}
