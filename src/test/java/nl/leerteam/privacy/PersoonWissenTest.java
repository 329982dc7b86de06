package nl.leerteam.privacy;

import nl.leerteam.klassenbezoek.BezoekPlanningService;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.klassenbezoek.Voorgesprek;
import nl.leerteam.leerlingbespreking.CasusDetails;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.leerlingbespreking.CasusStatus;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.organisatie.UitnodigingFormulier;
import nl.leerteam.organisatie.UitnodigingVerstuurd;
import nl.leerteam.organisatie.WissenService;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Board staff erase a person on request: the account and identity link go, what they wrote in shared spaces stays
 * readable under "oud-medewerker", the visits of their lessons go, and it is in the audit log. Nobody else erases, and
 * nobody erases themselves.
 */
@LeerteamTest
class PersoonWissenTest {

    private static final String ISSUER = "https://login.example.org/wissen";

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    BeheerService beheer;
    @Autowired
    WissenService wissen;
    @Autowired
    CasusService casussen;
    @Autowired
    BezoekPlanningService planning;
    @Autowired
    KlassenbezoekService bezoeken;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void an_erased_person_leaves_their_shared_words_under_oud_medewerker_and_takes_their_own_visits_along() {
        TweedeBestuur.zorgDatHetBestaat(context);
        Inloggen.als(inlog, "fatima");
        UUID fatima = CurrentUser.require().gebruikerId();
        Inloggen.als(inlog, "marieke");
        UUID regenboog = beheer.beheerbareScholen().getFirst().id();
        LeerteamSamenvatting onderbouw = beheer.schoolBeheer(regenboog).leerteams().stream()
                .filter(l -> l.naam().equals("Onderbouw")).findFirst().orElseThrow();
        UitnodigingVerstuurd uitnodiging = beheer.uitnodigen(regenboog, new UitnodigingFormulier("Wendy Weg",
                "wendy-" + UUID.randomUUID() + "@deregenboog.nl", Set.of(Rol.LEERKRACHT), Set.of(onderbouw.id())));
        String subject = UUID.randomUUID().toString();
        Inloggen.uit();
        inlog.accepteerUitnodiging(uitnodiging.link().substring(uitnodiging.link().lastIndexOf('/') + 1), ISSUER, subject);
        UUID wendy = uitnodiging.gebruikerId();

        Inloggen.als(inlog, ISSUER, subject);
        CasusDetails casus = casussen.inbrengen(onderbouw.id(), new CasusFormulier(null, 3, "Hoe help ik hem bij het lezen?",
                null, null, null, null, false, null, null, null, Set.of(), null), false);
        UUID bezoek = planning.plannen(regenboog, fatima, true, LocalDate.now().plusDays(2));
        context.getBean(nl.leerteam.meldingen.MeldingService.class).voorkeurenOpslaan(List.of(new nl.leerteam.meldingen.Voorkeur(
                nl.leerteam.shared.melding.Ruimte.TRENDS, false, nl.leerteam.meldingen.Samenvatting.GEEN)));
        bezoeken.voorgesprek(bezoek, new Voorgesprek(LocalDate.now().plusDays(2), null, "Hoe geef ik kortere instructie?",
                null, null, null, List.of(), bezoeken.bezoek(bezoek).version()), false);

        for (String wie : List.of("lotte", "marieke", "b-bestuur")) {
            Inloggen.als(inlog, wie);
            assertThatThrownBy(() -> wissen.wissen(wendy)).as(wie + " erases nobody of this board")
                    .isInstanceOf(AccessDeniedException.class);
        }
        Inloggen.als(inlog, "annelies");
        UUID annelies = CurrentUser.require().gebruikerId();
        assertThatThrownBy(() -> wissen.wissen(annelies)).as("nobody erases themselves")
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.berichtKey()).isEqualTo("fout.zelf-wissen"));
        wissen.wissen(wendy);
        assertThatThrownBy(() -> wissen.wissen(wendy)).as("once is enough").isInstanceOf(AccessDeniedException.class);
        assertThat(audit.overPersoon(wendy, 10)).anySatisfy(regel -> {
            assertThat(regel.actie()).isEqualTo(AuditActie.VERWIJDERD);
            assertThat(regel.onderwerp()).isEqualTo("PERSOON");
            assertThat(regel.gebruikerId()).isEqualTo(annelies);
        });

        assertThat(inlog.aanmelden(ISSUER, subject)).as("the identity link is gone").isEmpty();
        Map<String, Object> rij = jdbc.queryForMap("select naam, email, oidc_subject, gewist_op from gebruiker where id = ?", wendy);
        assertThat(rij.get("naam")).isEqualTo("");
        assertThat((String) rij.get("email")).endsWith("@gewist.invalid");
        assertThat(rij.get("oidc_subject")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from school_rol where gebruiker_id = ?", Long.class, wendy)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from leerteam_lid where gebruiker_id = ?", Long.class, wendy)).isZero();

        Inloggen.als(inlog, "sanne");
        CasusDetails gelezen = casussen.casus(casus.id());
        assertThat(gelezen.inhoud().hulpvraag()).as("the team's record stays readable").isEqualTo("Hoe help ik hem bij het lezen?");
        assertThat(gelezen.eigenaarNaam()).isEqualTo("oud-medewerker");
        assertThat(gelezen.status()).as("nobody owns it any more: closed, so it ages out").isEqualTo(CasusStatus.GESLOTEN);

        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> bezoeken.bezoek(bezoek)).as("the visit of her lesson went with her")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from klassenbezoek where id = ?", Long.class, bezoek)).isZero();
        assertThat(context.getBean(nl.leerteam.meldingen.MeldingService.class).mijnMeldingen(java.util.Locale.ENGLISH))
                .as("the notification of the visit she planned has nothing left to open").noneMatch(m -> m.pad().endsWith(bezoek.toString()));
        assertThat(jdbc.queryForObject("select count(*) from melding_voorkeur where gebruiker_id = ?", Long.class, wendy))
                .as("her mail choices went with her").isZero();
        assertThat(audit.over("KLASSENBEZOEK", bezoek)).last().satisfies(r -> assertThat(r.actie()).isEqualTo(AuditActie.VERWIJDERD));

        Inloggen.als(inlog, "marieke");
        assertThat(beheer.schoolBeheer(regenboog).mensen()).extracting(PersoonSamenvatting::id).doesNotContain(wendy);
    }
}
