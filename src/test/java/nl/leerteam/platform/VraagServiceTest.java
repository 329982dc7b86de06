package nl.leerteam.platform;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class VraagServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    VraagService vragen;
    @Autowired
    PraktijkkaartService kaarten;
    @Autowired
    VolgService volgen;
    @Autowired
    ThemaService themas;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void a_kc_sees_similar_cards_before_asking_another_answers_and_the_asker_marks_what_helped() {
        Inloggen.als(inlog, "fatima");
        assertThat(vragen.gelijkend("Werken jullie met wisbordjes bij de instructie?")).as("the published demonstration card")
                .anySatisfy(g -> {
                    assertThat(g.kaart()).isTrue();
                    assertThat(g.titel()).isEqualTo("Korte instructie met wisbordjes");
                });
        assertThat(vragen.gelijkend("de het een")).as("no words that say something").isEmpty();
        UUID id = vragen.stellen("Werken jullie met wisbordjes bij de instructie?", "Hoe houden jullie het tempo erin?",
                Domein.LEERCOORDINATOR, List.of(), false);
        assertThat(vragen.vraag(id).volgIk()).as("the asker follows her own question").isTrue();
        assertThat(vragen.gelijkend("Wisbordjes in groep 3")).anySatisfy(g -> assertThat(g.id()).isEqualTo(id));

        Inloggen.als(inlog, "bram");
        assertThatThrownBy(() -> vragen.beantwoorden(id, " ", false)).isInstanceOf(InvoerFout.class);
        vragen.beantwoorden(id, "Drie vragen per instructie, niet meer.", false);
        Vragen.Details gelezen = vragen.vraag(id);
        UUID antwoord = gelezen.antwoorden().getFirst().id();
        assertThat(gelezen.magKiezen()).isFalse();
        assertThatThrownBy(() -> vragen.geholpen(id, antwoord, gelezen.version())).isInstanceOf(AccessDeniedException.class);
        vragen.volgen(id, true);
        assertThat(vragen.vraag(id).volgIk()).isTrue();

        Inloggen.als(inlog, "fatima");
        vragen.geholpen(id, antwoord, vragen.vraag(id).version());
        assertThat(vragen.vraag(id).antwoorden()).singleElement().satisfies(a -> {
            assertThat(a.geholpen()).isTrue();
            assertThat(a.auteurNaam()).isEqualTo("Bram van Dijk");
        });
        assertThat(vragen.vragen()).filteredOn(v -> v.id().equals(id)).singleElement().satisfies(v -> {
            assertThat(v.opgelost()).isTrue();
            assertThat(v.antwoorden()).isEqualTo(1);
        });
        Inloggen.als(inlog, "annelies");
        assertThat(vragen.vraag(id).magBeantwoorden()).as("board staff read along").isFalse();

        // the answer becomes a card of its author's school, with the question as its title and reason
        assertThatThrownBy(() -> kaarten.voorstel(PraktijkkaartService.Bron.ANTWOORD, antwoord)).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "fatima");
        assertThat(vragen.vraag(id).antwoorden().getFirst().vanMij()).isFalse();
        assertThatThrownBy(() -> kaarten.voorstel(PraktijkkaartService.Bron.ANTWOORD, antwoord)).as("only its author")
                .isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "bram");
        assertThat(vragen.vraag(id).antwoorden().getFirst().vanMij()).isTrue();
        PraktijkkaartService.Kaartvoorstel voorstel = kaarten.voorstel(PraktijkkaartService.Bron.ANTWOORD, antwoord);
        assertThat(voorstel.schoolNaam()).isEqualTo("Kindcentrum Het Kompas");
        assertThat(voorstel.invoer().titel()).isEqualTo("Werken jullie met wisbordjes bij de instructie?");
        assertThat(voorstel.invoer().aanleiding()).isEqualTo("Hoe houden jullie het tempo erin?");
        assertThat(voorstel.invoer().wat()).isEqualTo("Drie vragen per instructie, niet meer.");
        assertThat(voorstel.invoer().domein()).isEqualTo(Domein.LEERCOORDINATOR);
    }

    @Test
    void a_person_follows_themes_and_domains_of_their_own_board_without_writing() {
        Inloggen.als(inlog, "emma");
        UUID thema = themas.themas().getFirst().id();
        assertThat(volgen.gevolgd().themas()).isEmpty();
        volgen.volgen(java.util.Set.of(thema), java.util.Set.of(Domein.ZORGREGISSEUR));
        assertThat(volgen.gevolgd().themas()).containsExactly(thema);
        assertThat(volgen.gevolgd().domeinen()).containsExactly(Domein.ZORGREGISSEUR);
        volgen.volgen(java.util.Set.of(), java.util.Set.of(Domein.TRENDANALIST));
        assertThat(volgen.gevolgd().themas()).isEmpty();
        assertThat(volgen.gevolgd().domeinen()).containsExactly(Domein.TRENDANALIST);
        nl.leerteam.organisatie.TweedeBestuur.zorgDatHetBestaat(context);
        Inloggen.als(inlog, "b-leerkracht");
        assertThatThrownBy(() -> volgen.volgen(java.util.Set.of(thema), java.util.Set.of())).as("a theme of another board")
                .isInstanceOf(InvoerFout.class);
        assertThat(volgen.gevolgd().themas()).isEmpty();
    }

    @Test
    void a_question_passes_the_privacy_guard_and_nobody_of_another_board_or_without_a_kc_role_reads_it() {
        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> vragen.stellen("Hoe help ik Jan de Vries (BSN 111222333)?", null, Domein.ZORGREGISSEUR, List.of(), false))
                .isInstanceOf(PrivacyBezwaar.class);
        UUID id = vragen.stellen("Hoe plannen jullie de groepsbesprekingen?", null, Domein.ZORGREGISSEUR, List.of(), false);
        TweedeBestuur.zorgDatHetBestaat(context);
        for (String buiten : List.of("b-bestuur", "emma", "ingrid")) {
            Inloggen.als(inlog, buiten);
            assertThatThrownBy(() -> vragen.vraag(id)).as(buiten).isInstanceOf(AccessDeniedException.class);
        }
    }
}
