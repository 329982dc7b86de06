package nl.leerteam.trends.ui;

import nl.leerteam.trends.Aanbieder;
import nl.leerteam.trends.Meetmoment;
import nl.leerteam.trends.Resultatenoverzicht;
import nl.leerteam.trends.Schaal;
import nl.leerteam.trends.Trendnotitie;
import nl.leerteam.trends.Vak;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TabelCsvTest {

    @Test
    void the_table_twin_exports_for_dutch_excel_and_holds_no_hidden_number() {
        Resultatenoverzicht.Vakoverzicht vak = new Resultatenoverzicht.Vakoverzicht(Vak.SPELLING, List.of(
                new Resultatenoverzicht.Rij(4, Meetmoment.M, "4A", Aanbieder.CITO, "Spelling M4", Schaal.IV, 22L,
                        new BigDecimal("131.50"), Arrays.asList(null, 5L, 5L, null, null), 10L, "Nieuwe methode; sinds september", false),
                new Resultatenoverzicht.Rij(8, Meetmoment.E, "8", Aanbieder.CITO, "Spelling E8", Schaal.IV, null, null,
                        Arrays.asList(null, null, null, null, null), null, null, false)), List.of(),
                List.of(new Trendnotitie(UUID.randomUUID(), Vak.SPELLING, 8, Meetmoment.E, "Twee nieuwkomers", "Emma Kok", false)),
                new Resultatenoverzicht.Ontwikkeling(List.of(), List.of()));

        byte[] csv = TabelCsv.van(vak, (key, params) -> key + (params.length == 0 ? "" : params[0]));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> regels = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(regels.get(0)).startsWith("trends.kolom.jaargroep;trends.kolom.moment;").contains("trends.csv.niveau1;");
        assertThat(regels.get(1)).isEqualTo("4;M;Spelling M4;IV;22;131,50;;5;5;;;\"Nieuwe methode; sinds september\"");
        assertThat(regels.get(2)).as("with the note on its point").isEqualTo("8;E;Spelling E8;IV;;;;;;;;Twee nieuwkomers (Emma Kok)");
        assertThat(regels.get(3)).isEqualTo("trends.csv.verborgen");
    }
}
