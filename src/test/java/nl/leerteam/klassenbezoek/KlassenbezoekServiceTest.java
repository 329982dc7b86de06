package nl.leerteam.klassenbezoek;

import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.klassenbezoek.domain.KijkwijzerVersieRepository;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.privacy.AuditRegel;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class KlassenbezoekServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    KlassenbezoekService bezoeken;
    @Autowired
    BezoekPlanningService planning;
    @Autowired
    KijkwijzerService kijkwijzers;
    @Autowired
    KijkwijzerVersieRepository versies;
    @Autowired
    AuditLog audit;
    @Autowired
    nl.leerteam.organisatie.OrganisatieService organisatie;
    @Autowired
    BijeenkomstService bijeenkomsten;
    @Autowired
    AgendaService agendaService;

    private UUID regenboog;
    private UUID versieId;
    private List<UUID> criteria;

    @BeforeEach
    void kijkwijzer() {
        TweedeBestuur.zorgDatHetBestaat(context);
        Inloggen.als(inlog, "fatima");
        regenboog = kijkwijzers.plekken().stream().filter(p -> "OBS De Regenboog".equals(p.schoolNaam())).findFirst()
                .orElseThrow().schoolId();
        UUID id = kijkwijzers.aanmaken(regenboog, kijkwijzers.voorbeeld());
        KijkwijzerDetails details = kijkwijzers.kijkwijzer(id, null);
        versieId = details.getoond().id();
        criteria = details.inhoud().domeinen().stream().flatMap(d -> d.criteria().stream()).map(KijkwijzerInhoud.Criterium::id).toList();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    private UUID sanneVraagtFatima() {
        Inloggen.als(inlog, "fatima");
        UUID fatima = CurrentUser.require().gebruikerId();
        Inloggen.als(inlog, "sanne");
        return planning.plannen(regenboog, fatima, true, LocalDate.now().plusDays(7));
    }

    @Test
    void a_full_cycle_from_the_teachers_question_to_a_follow_up_visit() {
        UUID id = sanneVraagtFatima();
        BezoekDetails gepland = bezoeken.bezoek(id);
        assertThat(gepland.soort()).isEqualTo(BezoekSoort.KC);
        assertThat(gepland.status()).isEqualTo(BezoekStatus.GEPLAND);
        assertThatThrownBy(() -> bezoeken.voorgesprek(id, new Voorgesprek(LocalDate.now().plusDays(7), null, " ", null, 4, versieId,
                criteria.subList(0, 3), gepland.version()), false))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "leervraag");
        assertThatThrownBy(() -> bezoeken.voorgesprek(id, new Voorgesprek(LocalDate.now().plusDays(7), null, "Hoe activeer ik iedereen?",
                null, 4, versieId, criteria.subList(0, 9), gepland.version()), false))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "focus");
        assertThatThrownBy(() -> bezoeken.voorgesprek(id, new Voorgesprek(LocalDate.now().plusDays(7), java.time.LocalTime.of(6, 45),
                "Hoe activeer ik iedereen?", null, 4, versieId, List.of(), gepland.version()), false)).as("before school")
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "tijd");
        assertThat(gepland.tijd()).as("planned without a time of day").isNull();
        bezoeken.voorgesprek(id, new Voorgesprek(LocalDate.now().plusDays(7), java.time.LocalTime.of(10, 15), "Hoe activeer ik iedereen bij de instructie?",
                "Rekenen: breuken", 4, versieId, List.of(criteria.get(19), criteria.get(6)), gepland.version()), false);

        BezoekDetails voor = bezoeken.bezoek(id);
        assertThat(voor.tijd()).isEqualTo(java.time.LocalTime.of(10, 15));
        assertThat(planning.mijnBezoeken()).filteredOn(b -> b.id().equals(id)).extracting(BezoekSamenvatting::tijd)
                .containsExactly(java.time.LocalTime.of(10, 15));
        assertThat(voor.focus()).extracting(BezoekDetails.Focus::domein).as("in the kijkwijzer's order, not the order ticked")
                .containsExactly("Uitleg en begeleide inoefening", "Klimaat in de groep");
        assertThatThrownBy(() -> bezoeken.observatieStarten(id, voor.version())).as("the observer starts")
                .isInstanceOf(AccessDeniedException.class);

        Inloggen.als(inlog, "fatima");
        bezoeken.observatieStarten(id, voor.version());
        assertThat(versies.findById(versieId).orElseThrow().isGebruikt()).isTrue();
        bezoeken.waarnemen(id, criteria.get(6), Waarneming.DEELS, "Wisbordjes bij de eerste som, daarna niet meer.", false);
        bezoeken.waarnemen(id, criteria.get(19), Waarneming.GEZIEN, null, false);
        assertThatThrownBy(() -> bezoeken.waarnemen(id, criteria.get(0), Waarneming.GEZIEN, null, false))
                .as("only focus criteria").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bezoeken.snelleNotitie(id, "Daan zit achterin en kijkt naar buiten", false))
                .isInstanceOf(PrivacyBezwaar.class);
        bezoeken.snelleNotitie(id, "Drie leerlingen achterin kijken naar buiten", false);
        BezoekDetails observatie = bezoeken.bezoek(id);
        assertThat(observatie.notities()).singleElement().satisfies(n -> assertThat(n.tijdstip()).isNotNull());
        bezoeken.naarNagesprek(id, observatie.version());

        BezoekDetails na = bezoeken.bezoek(id);
        bezoeken.nagesprek(id, "Heldere uitleg met een goed voorbeeld.", "Laat alle leerlingen tijdens de uitleg iets doen.",
                "Wisbordjes de hele instructie gebruiken", na.version(), false);
        long version = bezoeken.bezoek(id).version();
        assertThatThrownBy(() -> bezoeken.reflectie(id, "Door de KC", version, false)).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "sanne");
        bezoeken.reflectie(id, "Ik merk dat ik snel doorga als de eersten het snappen.", version, false);
        assertThatThrownBy(() -> bezoeken.reflectie(id, "Oude versie", version, false)).isInstanceOf(GelijktijdigGewijzigd.class);
        UUID vervolg = bezoeken.afronden(id, LocalDate.now().plusWeeks(6), bezoeken.bezoek(id).version());

        assertThat(bezoeken.bezoek(id).status()).isEqualTo(BezoekStatus.AFGEROND);
        assertThat(bezoeken.bezoek(vervolg).vervolgVanId()).isEqualTo(id);
        assertThat(planning.mijnBezoeken()).extracting(BezoekSamenvatting::id).contains(id, vervolg);
        assertThat(audit.over(KlassenbezoekService.ONDERWERP, id)).extracting(AuditRegel::actie)
                .contains(AuditActie.AANGEMAAKT, AuditActie.GELEZEN, AuditActie.GEWIJZIGD);

        UUID onderbouw = organisatie.mijnOverzicht().mijnLeerteams().getFirst().id();
        assertThatThrownBy(() -> bezoeken.delen(vervolg, onderbouw, "Nog niet", null, false))
                .as("only from a finished visit").isInstanceOf(InvoerFout.class);
        bezoeken.delen(id, onderbouw, "Wisbordjes de hele instructie", "Iedereen schrijft mee; ik zie meteen wie het snapt.", false);
        UUID bijeenkomst = bijeenkomsten.plannen(onderbouw, new BijeenkomstFormulier("Leerteambijeenkomst", LocalDate.now().plusDays(2),
                java.time.LocalTime.of(15, 0), java.time.LocalTime.of(16, 0), "Teamkamer", null, CurrentUser.require().gebruikerId(),
                CurrentUser.require().gebruikerId(), null), false);
        BijeenkomstDetails.Voorstel voorstel = bijeenkomsten.bijeenkomst(bijeenkomst).voorstellen().stream()
                .filter(v -> v.titel().equals("Wisbordjes de hele instructie")).findFirst().orElseThrow();
        assertThat(voorstel.doorNaam()).isEqualTo("Sanne de Vries");
        agendaService.voorstelOpAgenda(bijeenkomst, voorstel.id());
        BijeenkomstDetails metVoorstel = bijeenkomsten.bijeenkomst(bijeenkomst);
        assertThat(metVoorstel.agenda()).extracting(BijeenkomstDetails.Agendapunt::notities)
                .contains("Iedereen schrijft mee; ik zie meteen wie het snapt.");
        assertThat(metVoorstel.voorstellen()).extracting(BijeenkomstDetails.Voorstel::id).doesNotContain(voorstel.id());
        assertThat(metVoorstel.agenda().toString()).as("nothing of the observation form travels along")
                .doesNotContain("Wisbordjes bij de eerste som").doesNotContain("Drie leerlingen achterin");
        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> bezoeken.delen(id, onderbouw, "Namens Sanne", null, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void what_teacher_and_kc_write_in_the_nagesprek_never_collides_and_closing_takes_nothing_from_her_reflection() {
        UUID id = sanneVraagtFatima();
        bezoeken.voorgesprek(id, new Voorgesprek(LocalDate.now().plusDays(7), null, "Hoe houd ik iedereen bij de les?", null, 5, versieId,
                List.of(criteria.get(6)), bezoeken.bezoek(id).version()), false);
        Inloggen.als(inlog, "fatima");
        bezoeken.observatieStarten(id, bezoeken.bezoek(id).version());
        bezoeken.naarNagesprek(id, bezoeken.bezoek(id).version());
        long beiden = bezoeken.bezoek(id).version();

        // both pages read the visit at the same version; she saves her reflection first
        Inloggen.als(inlog, "sanne");
        bezoeken.reflectie(id, "Ik wil vaker controleren of iedereen meedoet.", "", beiden, false);
        // the KC's fields are another field: saved as typed, from the old version
        Inloggen.als(inlog, "fatima");
        java.util.Map<String, String> leeg = java.util.Map.of("watGingGoed", "", "feedforward", "", "ontwikkeldoel", "");
        bezoeken.nagesprek(id, "Rustige start.", "Wisbordjes na elke stap.", "Begrip controleren", leeg, beiden, false);
        assertThat(bezoeken.bezoek(id).reflectie()).isEqualTo("Ik wil vaker controleren of iedereen meedoet.");
        assertThat(bezoeken.bezoek(id).watGingGoed()).isEqualTo("Rustige start.");

        // she types on while the KC closes the visit: her save still goes through, and lands with the closed visit
        long voorAfronden = bezoeken.bezoek(id).version();
        bezoeken.afronden(id, null, beiden);
        Inloggen.als(inlog, "sanne");
        bezoeken.reflectie(id, "Ik wil vaker controleren of iedereen meedoet.\nMet wisbordjes na elke stap.",
                "Ik wil vaker controleren of iedereen meedoet.", voorAfronden, false);
        assertThat(bezoeken.bezoek(id).status()).isEqualTo(BezoekStatus.AFGEROND);
        assertThat(bezoeken.bezoek(id).reflectie()).endsWith("Met wisbordjes na elke stap.");

        // her own reflection saved in two windows over the same line: both texts come back, nothing is saved unseen
        long nu = bezoeken.bezoek(id).version();
        String stand = bezoeken.bezoek(id).reflectie();
        bezoeken.reflectie(id, stand.replace("na elke stap", "na elke instructiestap"), stand, nu, false);
        nl.leerteam.shared.domain.Samenvoegconflict conflict = org.assertj.core.api.Assertions.catchThrowableOfType(
                nl.leerteam.shared.domain.Samenvoegconflict.class,
                () -> bezoeken.reflectie(id, stand.replace("na elke stap", "bij elke vraag"), stand, nu, false));
        assertThat(conflict.veld()).isEqualTo("reflectie");
        assertThat(conflict.hun()).contains("na elke instructiestap");
        assertThat(bezoeken.bezoek(id).reflectie()).contains("na elke instructiestap");
    }

    @Test
    void a_kijkwijzer_changed_after_a_visit_used_it_leaves_that_visit_as_it_was() {
        UUID id = sanneVraagtFatima();
        bezoeken.voorgesprek(id, new Voorgesprek(LocalDate.now().plusDays(7), null, "Hoe start ik de les sneller?", null, null, versieId,
                List.of(criteria.getFirst()), bezoeken.bezoek(id).version()), false);
        Inloggen.als(inlog, "fatima");
        bezoeken.observatieStarten(id, bezoeken.bezoek(id).version());
        String oud = bezoeken.bezoek(id).focus().getFirst().tekst();

        UUID kijkwijzerId = kijkwijzers.kijkwijzers().stream().filter(k -> k.versieId().equals(versieId)).findFirst().orElseThrow().id();
        KijkwijzerDetails k = kijkwijzers.kijkwijzer(kijkwijzerId, null);
        List<KijkwijzerInhoud.Domein> domeinen = new java.util.ArrayList<>(k.inhoud().domeinen());
        KijkwijzerInhoud.Domein eerste = domeinen.getFirst();
        List<KijkwijzerInhoud.Criterium> gewijzigd = new java.util.ArrayList<>(eerste.criteria());
        gewijzigd.set(0, new KijkwijzerInhoud.Criterium(gewijzigd.getFirst().id(), "Een heel andere formulering", null));
        domeinen.set(0, new KijkwijzerInhoud.Domein(eerste.naam(), gewijzigd));
        kijkwijzers.wijzigen(kijkwijzerId, new KijkwijzerInhoud(KijkwijzerInhoud.FORMAAT, k.naam(), null, domeinen), k.version());

        assertThat(kijkwijzers.kijkwijzer(kijkwijzerId, null).getoond().nummer()).isEqualTo(2);
        assertThat(bezoeken.bezoek(id).focus().getFirst().tekst()).isEqualTo(oud).isNotEqualTo("Een heel andere formulering");
        assertThat(bezoeken.bezoek(id).kijkwijzerVersieId()).isEqualTo(versieId);
    }

    @Test
    void bad_text_in_the_visit_fields_is_refused_clearly() {
        UUID id = sanneVraagtFatima();
        for (String slecht : List.of("x".repeat(1_000_001), "nul\u0000", "on\u200Bzichtbaar", "om\u202Egekeerd")) {
            assertThatThrownBy(() -> bezoeken.voorgesprek(id, new Voorgesprek(LocalDate.now(), null, slecht, null, null, null, List.of(),
                    bezoeken.bezoek(id).version()), false)).isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "leervraag");
        }
        bezoeken.voorgesprek(id, new Voorgesprek(LocalDate.now(), null, "<script>alert(1)</script>", null, null, versieId,
                List.of(criteria.getFirst()), bezoeken.bezoek(id).version()), false);
        assertThat(bezoeken.bezoek(id).leervraag()).isEqualTo("<script>alert(1)</script>");
        Inloggen.als(inlog, "fatima");
        bezoeken.observatieStarten(id, bezoeken.bezoek(id).version());
        for (String slecht : List.of("x".repeat(1_000_001), "nul\u0000", "om\u202Egekeerd")) {
            assertThatThrownBy(() -> bezoeken.waarnemen(id, criteria.getFirst(), Waarneming.GEZIEN, slecht, false))
                    .isInstanceOf(InvoerFout.class);
            assertThatThrownBy(() -> bezoeken.snelleNotitie(id, slecht, false)).isInstanceOf(InvoerFout.class);
        }
        assertThatThrownBy(() -> bezoeken.snelleNotitie(id, "BSN 111222333", false)).isInstanceOf(PrivacyBezwaar.class);
    }

    @Test
    void nobody_but_teacher_and_observer_sees_a_visit_not_even_the_director_or_a_colleague_of_the_school() {
        UUID id = sanneVraagtFatima();
        for (String ander : List.of("joris", "marieke", "annelies", "bram", "b-directeur")) {
            Inloggen.als(inlog, ander);
            assertThatThrownBy(() -> bezoeken.bezoek(id)).as(ander).isInstanceOf(AccessDeniedException.class);
            assertThat(planning.mijnBezoeken()).extracting(BezoekSamenvatting::id).as(ander).doesNotContain(id);
        }
    }

    @Test
    void a_colleague_proposes_a_peer_visit_only_at_a_school_both_work_at() {
        Inloggen.als(inlog, "sanne");
        UUID sanne = CurrentUser.require().gebruikerId();
        Inloggen.als(inlog, "noor");
        UUID noor = CurrentUser.require().gebruikerId();
        Inloggen.als(inlog, "joris");
        UUID id = planning.plannen(regenboog, sanne, false, LocalDate.now().plusDays(3));
        assertThat(bezoeken.bezoek(id).soort()).isEqualTo(BezoekSoort.COLLEGIAAL);
        assertThatThrownBy(() -> planning.plannen(regenboog, noor, false, LocalDate.now().plusDays(3)))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "ander");
    }
}
