package nl.leerteam.bijeenkomst;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed text never becomes markup in the minutes, and reads as typed when the Markdown is pasted as plain text. */
class VerslagMarkdownTest {

    @Test
    void ordinary_sentences_times_and_dashes_stay_as_typed() {
        assertThat(VerslagMarkdown.escape("Om 07:30 begint het overleg - kort. Daarna (10 min.) de rondvraag: \"ja\" of 'nee'!"))
                .isEqualTo("Om 07:30 begint het overleg - kort. Daarna (10 min.) de rondvraag: \"ja\" of 'nee'!");
        assertThat(VerslagMarkdown.escape("groep 5-6 = 28 leerlingen + 2 zij-instromers")).isEqualTo("groep 5-6 = 28 leerlingen + 2 zij-instromers");
    }

    @Test
    void what_markdown_would_read_as_markup_is_escaped() {
        assertThat(VerslagMarkdown.escape("*vet* en _schuin_ en `code`")).isEqualTo("\\*vet\\* en \\_schuin\\_ en \\`code\\`");
        assertThat(VerslagMarkdown.escape("[klik](javascript:alert(1)) ![beeld](x)")).isEqualTo("\\[klik\\](javascript:alert(1)) !\\[beeld\\](x)");
        assertThat(VerslagMarkdown.escape("<script>alert(1)</script> a | b ~~weg~~ &lt;")).isEqualTo(
                "\\<script\\>alert(1)\\</script\\> a \\| b \\~\\~weg\\~\\~ \\&lt;");
    }

    @Test
    void what_would_start_a_block_at_the_start_of_a_line_is_escaped_there_only() {
        assertThat(VerslagMarkdown.escape("# geen kop")).isEqualTo("\\# geen kop");
        assertThat(VerslagMarkdown.escape("- geen lijst")).isEqualTo("\\- geen lijst");
        assertThat(VerslagMarkdown.escape("+ geen lijst")).isEqualTo("\\+ geen lijst");
        assertThat(VerslagMarkdown.escape("12. geen genummerde lijst")).isEqualTo("12\\. geen genummerde lijst");
        assertThat(VerslagMarkdown.escape("===")).isEqualTo("\\===");
        assertThat(VerslagMarkdown.escape("    geen codeblok")).isEqualTo("geen codeblok");
        assertThat(VerslagMarkdown.escape("Stap 1. en #2")).isEqualTo("Stap 1. en #2");
    }
}
