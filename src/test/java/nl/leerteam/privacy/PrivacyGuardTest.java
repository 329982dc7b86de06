package nl.leerteam.privacy;

import nl.leerteam.privacy.PrivacyFinding.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyGuardTest {

    private final PrivacyGuard guard = new PrivacyGuard(Year.of(2026));

    private List<PrivacyFinding> scan(String text) {
        return guard.scan(text);
    }

    private static String found(String text, PrivacyFinding finding) {
        return text.substring(finding.start(), finding.end());
    }

    @Nested
    class Bsn {

        @ParameterizedTest
        @ValueSource(strings = {"123456782", "1234.56.782", "123 456 782", "111.222.333", "1112 22 333"})
        void a_number_that_passes_the_eleven_check_blocks_the_save(String bsn) {
            String text = "Het BSN is " + bsn + ", zie de administratie.";
            assertThat(scan(text)).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(Kind.BSN);
                assertThat(f.blocking()).isTrue();
                assertThat(found(text, f)).isEqualTo(bsn);
            });
            assertThat(guard.blocks(text)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"123456789", "000000000", "12345678", "1234567820"})
        void numbers_that_fail_the_check_or_have_the_wrong_length_are_not_a_bsn(String number) {
            assertThat(scan("Nummer " + number + " in de lijst.")).noneMatch(f -> f.kind() == Kind.BSN);
        }

        @Test
        void a_phone_number_whose_digits_pass_the_check_is_a_phone_number_and_does_not_block() {
            String text = "Bel school op +31 (0)20 123 4567.";
            assertThat(scan(text)).extracting(PrivacyFinding::kind).containsExactly(Kind.PHONE);
            assertThat(guard.blocks(text)).isFalse();
        }

        @Test
        void only_the_bsn_blocks() {
            assertThat(guard.blocks("Mail naar ouders@example.nl of bel 06-12345678.")).isFalse();
        }
    }

    @Nested
    class Email {

        @Test
        void an_email_address_is_found_with_its_exact_range() {
            String text = "Moeder mailde vanaf j.de.vries+school@ziggo.nl gisteren.";
            assertThat(scan(text)).filteredOn(f -> f.kind() == Kind.EMAIL)
                    .singleElement().satisfies(f -> assertThat(found(text, f)).isEqualTo("j.de.vries+school@ziggo.nl"));
        }
    }

    @Nested
    class Phone {

        @ParameterizedTest
        @ValueSource(strings = {"06-12345678", "06 12345678", "0612345678", "+31 6 12345678", "+31612345678",
                "0031 6 1234 5678", "020-1234567", "0299 123456", "(020) 123 4567", "+31 (0)20 123 4567"})
        void dutch_phone_numbers_are_found(String phone) {
            String text = "Vader is bereikbaar op " + phone + " na drie uur.";
            assertThat(scan(text)).filteredOn(f -> f.kind() == Kind.PHONE)
                    .singleElement().satisfies(f -> assertThat(found(text, f)).isEqualTo(phone));
        }
    }

    @Nested
    class BirthDate {

        @ParameterizedTest
        @ValueSource(strings = {"14-03-2017", "4/7/2016", "04.07.2019", "2018-11-02", "3 mei 2016", "12 okt. 2015", "30 december 2020"})
        void a_date_in_the_years_pupils_are_born_is_found(String date) {
            String text = "Op " + date + " gebeurde het.";
            assertThat(scan(text)).filteredOn(f -> f.kind() == Kind.DATE_OF_BIRTH)
                    .singleElement().satisfies(f -> assertThat(found(text, f)).isEqualTo(date));
        }

        @ParameterizedTest
        @ValueSource(strings = {"geboren op 3 mei", "geb. 12-04", "geboortedatum: 5 juni 1990"})
        void a_date_after_geboren_is_a_birth_date_whatever_the_year(String text) {
            assertThat(scan("Leerling A is " + text + ".")).anyMatch(f -> f.kind() == Kind.DATE_OF_BIRTH);
        }

        @ParameterizedTest
        @ValueSource(strings = {"We evalueren op 14-03-2026.", "Afgesproken op 2 februari 2027.", "In 2016 begonnen we met Snappet.",
                "Toets van 12-01-2025 besproken.", "De score steeg van 3.5 naar 4.2 in groep 5."})
        void meeting_dates_years_and_scores_are_not_birth_dates(String text) {
            assertThat(scan(text)).noneMatch(f -> f.kind() == Kind.DATE_OF_BIRTH);
        }
    }

    @Nested
    class Address {

        @ParameterizedTest
        @ValueSource(strings = {"Kerkstraat 12", "Van Goghlaan 3a", "Burgemeester de Vlugtlaan 10", "Laan van Meerdervoort 53",
                "Oudegracht 114-2", "Dorpsplein 7"})
        void a_street_with_a_house_number_is_found(String street) {
            String text = "Het gezin woont aan de " + street + " sinds de zomer.";
            assertThat(scan(text)).filteredOn(f -> f.kind() == Kind.ADDRESS)
                    .singleElement().satisfies(f -> assertThat(found(text, f)).endsWith(street.substring(street.lastIndexOf(' ') + 1)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1441 AB", "1441AB", "1012ab"})
        void a_postcode_is_found(String postcode) {
            String text = "Postcode " + postcode + " in Purmerend.";
            assertThat(scan(text)).filteredOn(f -> f.kind() == Kind.ADDRESS)
                    .singleElement().satisfies(f -> assertThat(found(text, f)).isEqualTo(postcode));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Groep 5 heeft 28 leerlingen.", "In 2024 AB-testen gedaan.", "Les 12 van blok 3.", "1000 SS"})
        void numbers_in_school_texts_are_not_addresses(String text) {
            assertThat(scan(text)).noneMatch(f -> f.kind() == Kind.ADDRESS);
        }
    }

    @Nested
    class Name {

        @ParameterizedTest
        @ValueSource(strings = {"Emma", "Mohammed", "Yusuf", "Ayşe", "Zeynep", "Fatima", "Rishi", "Priya", "Jayden", "Noah",
                "Zoë", "Ömer", "Aïcha", "Jermaine", "Sem"})
        void common_first_names_of_pupils_are_found_in_a_sentence(String name) {
            String text = "Ik zag dat " + name + " vaak alleen speelt.";
            assertThat(scan(text)).filteredOn(f -> f.kind() == Kind.NAME)
                    .singleElement().satisfies(f -> assertThat(found(text, f)).isEqualTo(name));
        }

        @Test
        void a_clear_name_at_the_start_of_a_sentence_is_still_found() {
            assertThat(scan("Mohammed leest graag. Emma ook.")).extracting(PrivacyFinding::kind).containsExactly(Kind.NAME, Kind.NAME);
        }

        @Test
        void a_name_that_is_also_a_word_counts_only_as_a_capital_mid_sentence() {
            assertThat(scan("Roos en storm tekenen. De roos is rood.")).isEmpty();
            assertThat(scan("Vandaag speelde hij met Roos op het plein.")).singleElement()
                    .satisfies(f -> assertThat(f.kind()).isEqualTo(Kind.NAME));
        }

        @Test
        void names_in_lower_case_are_words() {
            assertThat(scan("de mila-methode en een jade steen")).isEmpty();
        }
    }

    @Nested
    class CleanText {

        @ParameterizedTest
        @ValueSource(strings = {
                "Leerling A heeft moeite met begrijpend lezen; Nieuwsbegrip helpt weinig.",
                "Rekenen gaat goed. Met Snappet oefent hij de tafels van 6 en 7.",
                "Spelling: Staal categorie 12 en 13 worden nog niet beheerst.",
                "Taal actief, thema 4. Blink wereldoriëntatie en Kwink voor sociaal-emotioneel leren.",
                "In groep 5 scoort de leerling op de Cito-toets een IV; bij de DMT kaart 3.",
                "Ouders zijn op 14-10-2026 gesproken; afgesproken is dat we over zes weken evalueren.",
                "Wat gaat goed: hij helpt anderen. Wat belemmert: onrust in de klas na de pauze.",
                "Hulpvraag: hoe krijg ik Leerling B sneller aan het werk bij zelfstandig werken?",
                "Juf en meester van groep 7 overleggen met de KC over de aanpak.",
        })
        void everyday_case_texts_are_not_flagged(String text) {
            assertThat(scan(text)).isEmpty();
        }

        @Test
        void empty_and_missing_text_have_no_findings() {
            assertThat(scan("")).isEmpty();
            assertThat(scan(null)).isEmpty();
        }

        @Test
        void a_megabyte_of_text_is_scanned_without_trouble() {
            String lang = "Leerling A werkt rustig door. ".repeat(35_000);
            assertThat(scan(lang + "Bel 06-12345678.")).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(Kind.PHONE));
        }
    }

    @Test
    void findings_come_in_text_order_and_do_not_overlap() {
        String text = "Sanne (geboren 3 mei 2017) woont Kerkstraat 12, 1441 AB; BSN 123456782, tel. 06-12345678.";
        List<PrivacyFinding> findings = scan(text);
        assertThat(findings).extracting(PrivacyFinding::kind)
                .containsExactly(Kind.NAME, Kind.DATE_OF_BIRTH, Kind.ADDRESS, Kind.ADDRESS, Kind.BSN, Kind.PHONE);
        for (int i = 1; i < findings.size(); i++) {
            assertThat(findings.get(i).start()).isGreaterThanOrEqualTo(findings.get(i - 1).end());
        }
    }

    @Test
    void words_a_school_listed_as_no_name_are_no_name_findings_as_whole_words_only() {
        List<String> schoolwoorden = List.of("Sterrenpad", "project groene loper");
        assertThat(guard.scan("Sterrenpad werkt goed in groep 5.", List.of(), schoolwoorden)).isEmpty();
        assertThat(guard.scan("Het Project Groene Loper werkt goed in groep 5.", List.of(), schoolwoorden))
                .as("a listed phrase, in any case").extracting(PrivacyFinding::kind).doesNotContain(Kind.NAME);
        assertThat(guard.scan("Maxime werkt niet mee.", List.of(), List.of("Max")))
                .as("a longer word is another word").extracting(PrivacyFinding::kind).containsExactly(Kind.NAME);
        assertThat(guard.scan("Sterrenpad werkt goed. Daan is vaak moe. Bel 06-12345678.", List.of(), schoolwoorden))
                .as("other names and other kinds stay").extracting(PrivacyFinding::kind).containsExactly(Kind.NAME, Kind.PHONE);
        assertThat(guard.scan("BSN 123456782", List.of(), List.of("BSN 123456782"))).as("a listed word never hides a BSN")
                .singleElement().satisfies(f -> assertThat(f.blocking()).isTrue());
    }

    @Test
    void the_eleven_check_is_the_official_one() {
        assertThat(PrivacyGuard.passesElevenCheck("123456782")).isTrue();
        assertThat(PrivacyGuard.passesElevenCheck("111222333")).isTrue();
        assertThat(PrivacyGuard.passesElevenCheck("123456789")).isFalse();
        assertThat(PrivacyGuard.passesElevenCheck("000000000")).isFalse();
    }

    @Test
    void the_guard_works_without_spring_and_with_todays_year() {
        assertThat(new PrivacyGuard().scan("BSN 123456782")).singleElement().satisfies(f -> assertThat(f.blocking()).isTrue());
    }

    @Nested
    class InVermomming {

        @Test
        void full_width_digits_and_an_at_sign_are_read_as_what_they_are() {
            String text = "BSN ５０７５２９１７０ en mail sanne＠gmail.com";
            assertThat(scan(text)).extracting(PrivacyFinding::kind).containsExactly(Kind.BSN, Kind.EMAIL);
            assertThat(found(text, scan(text).getFirst())).as("the finding marks what was typed").isEqualTo("５０７５２９１７０");
        }

        @Test
        void invisible_characters_and_letters_of_another_script_hide_nothing() {
            String bsn = "1234\u200B56782";
            assertThat(scan("Het nummer " + bsn)).extracting(PrivacyFinding::kind).containsExactly(Kind.BSN);
            // a Cyrillic "і" and "р" in "Jip": the name is found and marked on the characters typed
            String text = "Jі\u0440 speelt alleen op het plein.";
            assertThat(scan(text)).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(Kind.NAME);
                assertThat(found(text, f)).isEqualTo("Jі\u0440");
            });
        }
    }

    @Nested
    class NamenInHunZin {

        @ParameterizedTest
        @ValueSource(strings = {"Iris is faalangstig bij dictees.", "Lelie durft niet te vragen.", "Jip speelt alleen op het plein.",
                "Rosa is vaak moe.", "Timo's vader belde vanochtend.", "Vera haar ouders gaan scheiden.",
                "Jade en Lente spelen samen.", "Sem-Bo raakt snel gefrustreerd.", "Familie de Boer komt op gesprek.",
                "Tim van der Berg komt bij ons in de klas.", "Xandro zit vaak alleen in de pauze."})
        void a_name_is_found_by_what_surrounds_it(String text) {
            assertThat(scan(text)).extracting(PrivacyFinding::kind).contains(Kind.NAME);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Lijn 3 loopt goed in groep 3.", "Taalverhaal gebruiken we vanaf groep 4.",
                "Wereld in getallen heeft een nieuwe versie.", "Zien! vullen we in oktober in.", "Rekenen gaat goed.",
                "In januari zijn de toetsen.", "Na Pasen starten we.", "Thuis spreekt hij Pools.", "Roos van Leary helpt bij het gesprek.",
                "Storm op komst: de excursie gaat niet door.", "Max. 20 minuten per opdracht.", "Jip en Janneke lezen we voor."})
        void school_language_with_capitals_is_not_a_name(String text) {
            assertThat(scan(text)).isEmpty();
        }
    }

    @Nested
    class Telefoonnummers {

        @ParameterizedTest
        @ValueSource(strings = {"06 – 12 34 56 78", "06.12.34.56.78", "0 6 1 2 3 4 5 6 7 8", "(06) 23 45 67 89", "06/12345678",
                "+31 6 12 34 56 78", "0031 6 98765432", "+31 (0)6 45 67 89 01", "020 - 123 45 67", "+32 470 12 34 56"})
        void every_shape_people_type(String nummer) {
            String text = "Bel " + nummer + " na schooltijd.";
            assertThat(scan(text)).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(Kind.PHONE);
                assertThat(found(text, f)).isEqualTo(nummer);
            });
        }
    }

    @Nested
    class Collegas {

        private final List<String> collegas = List.of("Sanne de Vries", "Joris Bakker", "Esther van Dam");

        @ParameterizedTest
        @ValueSource(strings = {"Sanne: we proberen het drie weken.", "Via Joris kwam de vraag binnen.", "Dit kwam via Joris.",
                "Juf Esther neemt de leesgroep over.", "Joris Bakker zit de bijeenkomst voor.", "Afgesproken met Sanne de Vries."})
        void a_colleague_named_as_a_colleague_is_not_a_finding(String text) {
            assertThat(guard.scan(text, collegas)).isEmpty();
            assertThat(scan(text)).as("without knowing the colleagues it is").isNotEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Sanne is faalangstig bij dictees.", "Ik maak me zorgen over Joris.", "Sanne: moeite met rekenen, zegt Emma."})
        void the_same_first_name_about_someone_else_still_is(String text) {
            assertThat(guard.scan(text, collegas)).extracting(PrivacyFinding::kind).contains(Kind.NAME);
        }
    }
}
