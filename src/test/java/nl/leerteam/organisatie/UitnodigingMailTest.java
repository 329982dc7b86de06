package nl.leerteam.organisatie;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An invitation is mailed through a real SMTP server (GreenMail, in process). */
@LeerteamTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "leerteam.mail-afzender=noreply@leerteam.test"})
class UitnodigingMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    InlogService inlog;
    @Autowired
    BeheerService beheer;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void the_invited_person_receives_the_link_in_dutch() throws Exception {
        Inloggen.als(inlog, "henk");
        String email = "mail-" + UUID.randomUUID() + "@dewegwijzer.nl";
        UitnodigingVerstuurd verstuurd = beheer.uitnodigen(beheer.beheerbareScholen().getFirst().id(),
                new UitnodigingFormulier("Mila Mail", email, Set.of(Rol.LEERKRACHT), Set.of()));

        assertThat(verstuurd.gemaild()).isTrue();
        MimeMessage[] ontvangen = smtp.getReceivedMessagesForDomain("dewegwijzer.nl");
        assertThat(ontvangen).hasSize(1);
        assertThat(ontvangen[0].getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(ontvangen[0].getFrom()[0].toString()).isEqualTo("noreply@leerteam.test");
        assertThat(ontvangen[0].getSubject()).isEqualTo("Uitnodiging voor Leerteam van Stichting Openbaar Primair Onderwijs Waterland");
        String tekst = (String) ontvangen[0].getContent();
        assertThat(tekst).contains("Beste Mila Mail").contains("Henk Bos nodigt je uit").contains(verstuurd.link());
    }

    @Test
    void when_the_mail_server_refuses_the_link_is_still_given_to_the_person_who_invites() {
        smtp.stop();
        Inloggen.als(inlog, "henk");
        UitnodigingVerstuurd verstuurd = beheer.uitnodigen(beheer.beheerbareScholen().getFirst().id(),
                new UitnodigingFormulier("Geen Mail", "geenmail-" + UUID.randomUUID() + "@dewegwijzer.nl", Set.of(Rol.LEERKRACHT), Set.of()));
        assertThat(verstuurd.gemaild()).isFalse();
        assertThat(verstuurd.link()).contains("/uitnodiging/");
    }

    @Test
    void the_schools_kcs_are_told_by_mail_when_a_new_kc_appears_and_the_mail_holds_no_case_text() throws Exception {
        Inloggen.als(inlog, "henk");
        UUID wegwijzer = beheer.beheerbareScholen().getFirst().id();
        UitnodigingVerstuurd nieuw = beheer.uitnodigen(wegwijzer, new UitnodigingFormulier("Kai Nieuw",
                "kai-" + UUID.randomUUID() + "@elders.nl", Set.of(Rol.LEERKRACHT), Set.of()));
        beheer.rollenInstellen(wegwijzer, nieuw.gebruikerId(), Set.of(Rol.LEERKRACHT, Rol.KC));

        MimeMessage[] aanKc = smtp.getReceivedMessagesForDomain("opo-waterland.nl");
        assertThat(aanKc).as("Fatima El Amrani is KC of De Wegwijzer").hasSize(1);
        assertThat(aanKc[0].getAllRecipients()[0].toString()).isEqualTo("f.elamrani@opo-waterland.nl");
        assertThat(aanKc[0].getSubject()).isEqualTo("Nieuwe kwaliteitscoördinator op CBS De Wegwijzer");
        assertThat((String) aanKc[0].getContent()).contains("Kai Nieuw is in Leerteam kwaliteitscoördinator geworden")
                .contains("Henk Bos heeft die rol gegeven").contains("/profiel");
    }
}
