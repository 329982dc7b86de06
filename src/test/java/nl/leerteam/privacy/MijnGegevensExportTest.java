package nl.leerteam.privacy;

import nl.leerteam.klassenbezoek.BezoekPlanningService;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.klassenbezoek.Voorgesprek;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person downloads everything Leerteam holds about them: every kind of their data, nothing of anyone else, as JSON and
 * as a PDF summary, and the download is itself on record.
 */
@LeerteamTest
class MijnGegevensExportTest {

    @Autowired
    InlogService inlog;
    @Autowired
    ExportService export;
    @Autowired
    CasusService casussen;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    BezoekPlanningService planning;
    @Autowired
    KlassenbezoekService bezoeken;
    @Autowired
    AuditLog audit;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void the_export_holds_every_kind_of_my_data_and_nothing_of_anyone_else() throws Exception {
        String mijnCasus = "Hoe help ik hem met " + woord() + "?";
        String mijnLeervraag = "Hoe geef ik kortere instructie bij " + woord() + "?";
        String andermansCasus = "Hoe help ik haar met " + woord() + "?";
        String andermansLeervraag = "Hoe houd ik de klas bij " + woord() + "?";

        Inloggen.als(inlog, "fatima");
        UUID fatima = CurrentUser.require().gebruikerId();
        Inloggen.als(inlog, "joris");
        UUID team = organisatie.mijnOverzicht().mijnLeerteams().stream().map(LeerteamSamenvatting::id).findFirst().orElseThrow();
        UUID school = organisatie.mijnOverzicht().mijnLeerteams().getFirst().schoolId();
        casussen.inbrengen(team, formulier(andermansCasus), false);
        bezoek(school, fatima, andermansLeervraag);

        Inloggen.als(inlog, "sanne");
        UUID sanne = CurrentUser.require().gebruikerId();
        casussen.inbrengen(team, formulier(mijnCasus), false);
        bezoek(school, fatima, mijnLeervraag);

        GegevensExport gegevens = export.mijnGegevens();
        assertThat(gegevens.naam()).isEqualTo("Sanne de Vries");
        assertThat(gegevens.onderdelen()).extracting(MijnGegevens.Onderdeel::sleutel)
                .contains("profiel", "schoolrollen", "leerteams", "casussen", "klassenbezoeken", "audit_door_mij");
        String json = new String(GegevensExportBestanden.json(gegevens), StandardCharsets.UTF_8);
        assertThat(json).contains("Sanne de Vries", mijnCasus, mijnLeervraag, "\"mijn_rol\" : \"BEZOCHT\"");
        assertThat(json).as("nothing of anyone else").doesNotContain(andermansCasus, andermansLeervraag, "Joris", "Fatima",
                fatima.toString());

        byte[] pdf = GegevensExportBestanden.pdf(gegevens, Locale.of("nl"), ZoneId.of("Europe/Amsterdam"),
                (sleutel, parameters) -> java.text.MessageFormat.format(sleutel + " {0}", parameters));
        try (var document = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(tekst).contains("export.pdf.titel Sanne de Vries", "export.onderdeel.casussen", mijnCasus);
            assertThat(tekst).doesNotContain(andermansCasus);
        }
        assertThat(audit.over(ExportService.ONDERWERP, sanne)).extracting(AuditRegel::actie).contains(AuditActie.GELEZEN);

        Inloggen.uit();
        assertThatThrownBy(() -> export.mijnGegevens()).as("nobody without a login")
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void bezoek(UUID school, UUID observator, String leervraag) {
        UUID id = planning.plannen(school, observator, true, LocalDate.now().plusDays(3));
        bezoeken.voorgesprek(id, new Voorgesprek(LocalDate.now().plusDays(3), null, leervraag, null, null, null, List.of(),
                bezoeken.bezoek(id).version()), false);
    }

    private static CasusFormulier formulier(String hulpvraag) {
        return new CasusFormulier(null, 4, hulpvraag, null, null, null, null, false, null, null, null, Set.of(), null);
    }

    /** Letters only, so the privacy guard reads no number in it. */
    private static String woord() {
        Random random = new Random();
        return IntStream.range(0, 8).mapToObj(i -> String.valueOf((char) ('a' + random.nextInt(26)))).collect(Collectors.joining());
    }
}
