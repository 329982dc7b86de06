package nl.leerteam.organisatie;

import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.privacy.AuditRegel;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A leerteam that stopped is archived, not deleted: its members keep reading what it holds, it is gone from every list,
 * nothing new starts in it, only the school's director archives it or puts it back, and both are in the audit log.
 */
@LeerteamTest
class LeerteamArchiefTest {

    @Autowired
    InlogService inlog;
    @Autowired
    BeheerService beheer;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    CasusService casussen;
    @Autowired
    BijeenkomstService bijeenkomsten;
    @Autowired
    AuditLog audit;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void an_archived_leerteam_stays_readable_to_its_members_leaves_every_list_and_starts_nothing_new() {
        Inloggen.als(inlog, "marieke");
        UUID regenboog = beheer.beheerbareScholen().getFirst().id();
        UUID ayse = organisatie.mensenVan(regenboog).stream().filter(p -> p.naam().equals("Ayşe Yılmaz")).findFirst().orElseThrow().id();
        LeerteamSamenvatting team = beheer.leerteamOpslaan(regenboog, new LeerteamFormulier(null,
                "Werkgroep rekenen " + UUID.randomUUID().toString().substring(0, 6), null, Set.of(ayse), null));

        Inloggen.als(inlog, "ayse");
        UUID casus = casussen.inbrengen(team.id(), formulier(), false).id();
        UUID bijeenkomst = bijeenkomsten.plannen(team.id(), plan(), false);

        Inloggen.als(inlog, "lotte");
        assertThatThrownBy(() -> beheer.leerteamArchiveren(regenboog, team.id(), true)).as("a teacher does not archive")
                .isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "bram");
        assertThatThrownBy(() -> beheer.leerteamArchiveren(regenboog, team.id(), true)).as("nor someone of another school")
                .isInstanceOf(AccessDeniedException.class);

        Inloggen.als(inlog, "marieke");
        beheer.leerteamArchiveren(regenboog, team.id(), true);
        assertThat(beheer.schoolBeheer(regenboog).leerteams()).filteredOn(l -> l.id().equals(team.id()))
                .extracting(LeerteamSamenvatting::gearchiveerd).containsExactly(true);
        assertThat(organisatie.mijnOverzicht().andereLeerteams()).extracting(LeerteamSamenvatting::id).doesNotContain(team.id());
        assertThat(audit.over(OrganisatieListener.LEERTEAMARCHIEF, team.id())).extracting(AuditRegel::actie)
                .containsExactly(AuditActie.VERWIJDERD);

        Inloggen.als(inlog, "ayse");
        MijnOverzicht overzicht = organisatie.mijnOverzicht();
        assertThat(overzicht.mijnLeerteams()).extracting(LeerteamSamenvatting::id).as("gone from the lists").doesNotContain(team.id());
        assertThat(overzicht.mijnArchief()).extracting(LeerteamSamenvatting::id).containsExactly(team.id());
        assertThat(organisatie.mijnKringen()).as("and from the start page").doesNotContainKey(team.id());
        assertThat(casussen.casus(casus).inhoud().hulpvraag()).as("what it holds stays readable").isEqualTo("Hoe leert hij klokkijken?");
        assertThat(casussen.casussenVan(team.id()).lid()).as("no new case").isFalse();
        assertThat(bijeenkomsten.bijeenkomstenVan(team.id()).komend()).extracting(b -> b.id()).containsExactly(bijeenkomst);
        assertThatThrownBy(() -> casussen.inbrengen(team.id(), formulier(), false)).isInstanceOfSatisfying(InvoerFout.class,
                fout -> assertThat(fout.berichtKey()).isEqualTo("fout.leerteam-gearchiveerd"));
        assertThatThrownBy(() -> bijeenkomsten.plannen(team.id(), plan(), false)).isInstanceOfSatisfying(InvoerFout.class,
                fout -> assertThat(fout.berichtKey()).isEqualTo("fout.leerteam-gearchiveerd"));

        Inloggen.als(inlog, "marieke");
        beheer.leerteamArchiveren(regenboog, team.id(), false);
        assertThat(audit.over(OrganisatieListener.LEERTEAMARCHIEF, team.id())).extracting(AuditRegel::actie)
                .containsExactly(AuditActie.VERWIJDERD, AuditActie.AANGEMAAKT);
        Inloggen.als(inlog, "ayse");
        assertThat(organisatie.mijnOverzicht().mijnLeerteams()).extracting(LeerteamSamenvatting::id).as("back in the lists")
                .contains(team.id());
        assertThat(casussen.casussenVan(team.id()).lid()).isTrue();

        // Ayşe's other tests expect her in one leerteam only
        Inloggen.als(inlog, "marieke");
        LeerteamSamenvatting nu = beheer.schoolBeheer(regenboog).leerteams().stream().filter(l -> l.id().equals(team.id()))
                .findFirst().orElseThrow();
        beheer.leerteamOpslaan(regenboog, new LeerteamFormulier(team.id(), nu.naam(), null, Set.of(), nu.version()));
    }

    private static CasusFormulier formulier() {
        return new CasusFormulier(null, 4, "Hoe leert hij klokkijken?", "Leest de grote wijzer niet.", null, "Wil graag.", null,
                false, null, null, "Nog niet nodig.", Set.of(), null);
    }

    private static BijeenkomstFormulier plan() {
        UUID ik = CurrentUser.require().gebruikerId();
        return new BijeenkomstFormulier("Overleg rekenen", LocalDate.now().plusDays(7), LocalTime.of(15, 0), LocalTime.of(16, 0),
                "Teamkamer", null, ik, ik, null);
    }
}
