package nl.leerteam.e2e;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import nl.leerteam.platform.bestand.Testbestanden;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A file travels across three schools in three browsers: a KC of Het Kompas uploads a PDF through the real upload,
 * attaches it to a practice card and submits the card; a KC of another school approves the card; a teacher of a
 * third school downloads the file from the published card: as an attachment, with nosniff, and without the
 * author the uploaded file carried. axe finds nothing on the library's screens.
 */
class BibliotheekBrowserTest extends ChromiumTest {

    private static final LocatorAssertions.ContainsTextOptions TRAAG = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @Test
    void a_file_uploaded_at_one_school_approved_at_another_is_downloaded_by_a_teacher_of_a_third() throws Exception {
        List<BrowserContext> contexten = new ArrayList<>();
        try {
            String titel = "Wisbordjes in groep 5 " + System.nanoTime();
            Page kc = nieuweContext(contexten).newPage();
            inloggen(kc, "bram");
            kc.navigate(url("/platform/bibliotheek"));
            kc.locator("#bibliotheek-toevoegen").click();
            kc.locator("#bibliotheek-bestand input[type=file]").setInputFiles(new FilePayload("wisbordjes.pdf", "application/pdf",
                    Testbestanden.pdf("Wisbordjes: na elke stap een vraag aan de hele groep")));
            assertThat(kc.locator("#bibliotheek-gelezen")).containsText("Gelezen: wisbordjes.pdf (PDF", TRAAG);
            kc.locator("#bibliotheek-titel input").fill(titel);
            kc.locator("#bibliotheek-opslaan").click();
            assertThat(kc.locator("#bestand-zichtbaar")).containsText("Alleen de eigen school", TRAAG);
            assertThat(kc.locator("#bestand-voorbeeld img")).isVisible();
            toegankelijk(kc, "a library file");
            kc.navigate(url("/platform/bibliotheek"));
            assertThat(kc.locator("#bibliotheek-lijst")).containsText(titel, TRAAG);
            toegankelijk(kc, "the library");

            // a card that carries the file
            kc.navigate(url("/platform"));
            kc.locator("#kaart-nieuw").click();
            kc.locator("#kaart-titel input").fill("Wisbordjes bij de instructie " + System.nanoTime());
            kc.locator("#kaart-domein").click();
            kc.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Leercoördinator")).click();
            kc.locator("#kaart-wat textarea").fill("Na elke instructiestap schrijven alle leerlingen het antwoord op een wisbordje.");
            kc.locator("#kaart-opslaan").click();
            kc.locator("#kaart-bijlagen-kiezen").click();
            kc.locator("#kaart-bijlagen-keuze input").fill(titel);
            kc.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(titel)).click();
            kc.keyboard().press("Escape");
            kc.locator("#kaart-bijlagen-opslaan").click();
            assertThat(kc.locator("#kaart-bijlagen")).containsText("wisbordjes.pdf", TRAAG);
            kc.locator("#kaart-indienen").click();
            assertThat(kc.locator("#kaart-stand")).containsText("Ter review", TRAAG);
            String kaart = kc.url();

            Page reviewer = nieuweContext(contexten).newPage();
            inloggen(reviewer, "fatima");
            reviewer.navigate(kaart);
            assertThat(reviewer.locator("#kaart-bijlagen")).containsText("wisbordjes.pdf", TRAAG);
            reviewer.locator("#kaart-goedkeuren").click();
            assertThat(reviewer.locator("#kaart-stand")).containsText("Gepubliceerd", TRAAG);

            Page leerkracht = nieuweContext(contexten).newPage();
            inloggen(leerkracht, "noor");
            leerkracht.navigate(kaart);
            Locator bijlage = leerkracht.locator("#kaart-bijlagen a").first();
            assertThat(bijlage).containsText("wisbordjes.pdf", TRAAG);
            Download download = leerkracht.waitForDownload(bijlage::click);
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("wisbordjes.pdf");
            byte[] pdf = Files.readAllBytes(download.path());
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(doc)).contains("Wisbordjes");
                org.assertj.core.api.Assertions.assertThat(doc.getDocumentInformation().getAuthor()).as("author cleared").isNull();
            }
            APIResponse antwoord = leerkracht.request().get(url("/") + bijlage.getAttribute("href").replaceFirst("^/", ""));
            org.assertj.core.api.Assertions.assertThat(antwoord.status()).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(antwoord.headers().get("x-content-type-options")).isEqualTo("nosniff");
            org.assertj.core.api.Assertions.assertThat(antwoord.headers().get("content-disposition")).startsWith("attachment");
            org.assertj.core.api.Assertions.assertThat(antwoord.headers().get("content-type")).startsWith("application/pdf");

            // the library itself has not shared the file: the teacher reaches it through the card only
            leerkracht.navigate(url("/platform/bibliotheek"));
            assertThat(leerkracht.locator("#bibliotheek-lijst")).not().containsText(titel);
            toegankelijk(leerkracht, "the library (teacher of another school)");
        } finally {
            contexten.forEach(BrowserContext::close);
        }
    }
}
