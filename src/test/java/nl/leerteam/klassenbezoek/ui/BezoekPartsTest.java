package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.signals.local.ValueSignal;
import nl.leerteam.klassenbezoek.BezoekDetails;
import nl.leerteam.klassenbezoek.BezoekPagina;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.klassenbezoek.Waarneming;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each phase of a visit on its own: it shows its record, and what the reader types survives the other's saves. */
class BezoekPartsTest extends KaribuTest {

    @Autowired
    KlassenbezoekService service;
    @Autowired
    KijkwijzerService kijkwijzers;
    @Autowired
    OrganisatieService organisatie;

    private final BezoekActies acties = new BezoekActies(UUID.randomUUID(), null, () -> {
    });

    private static <C extends Component> C opScherm(C part) {
        UI.getCurrent().add(part);
        return part;
    }

    private static BezoekDetails.Focus focus(String tekst, Waarneming waarneming, String notitie) {
        return new BezoekDetails.Focus(UUID.nameUUIDFromBytes(tekst.getBytes()), "Instructie", tekst, null, waarneming, notitie);
    }

    @Test
    void the_voorgesprek_shows_what_was_agreed_and_keeps_a_learning_question_being_typed() {
        login("daan");
        ValueSignal<BezoekPagina.VoorgesprekStap> stap = new ValueSignal<>(new BezoekPagina.VoorgesprekStap(LocalDate.now(), null,
                "Hoe betrek ik iedereen?", null, 5, null, List.of(), true, false, 1, java.util.Map.of()));
        VoorgesprekPart part = opScherm(new VoorgesprekPart(stap, new BezoekActies(UUID.randomUUID(), service, () -> {
        }), kijkwijzers));
        assertThat(part.leervraag.getValue()).isEqualTo("Hoe betrek ik iedereen?");
        assertThat(part.groep.getValue()).isEqualTo(5);
        assertThat(part.observatieStarten.isAttached()).as("the teacher does not start the observation").isFalse();
        part.leervraag.setValue("Hoe betrek ik iedereen bij de uitleg?");

        stap.set(new BezoekPagina.VoorgesprekStap(LocalDate.now(), java.time.LocalTime.of(10, 30), "Hoe betrek ik iedereen?", "Rekenen", 6, null, List.of(), true,
                false, 2, java.util.Map.of()));
        assertThat(part.leervraag.getValue()).as("typed, not saved: it stays").isEqualTo("Hoe betrek ik iedereen bij de uitleg?");
        assertThat(part.les.getValue()).as("an untouched field shows the other's save").isEqualTo("Rekenen");
        assertThat(part.groep.getValue()).isEqualTo(6);
    }

    @Test
    void the_observation_form_is_the_observers_and_keeps_a_note_being_typed_when_another_criterion_is_saved() {
        BezoekDetails.Focus start = focus("Start van de les", null, null);
        BezoekDetails.Focus uitleg = focus("Heldere uitleg", null, null);
        ValueSignal<BezoekPagina.ObservatieStap> stap = new ValueSignal<>(new BezoekPagina.ObservatieStap("Hoe betrek ik iedereen?",
                "Fatima El Amrani", true, List.of(start, uitleg), List.of(), 3));
        ObservatiePart part = opScherm(new ObservatiePart(stap, acties));
        assertThat(part.velden()).extracting(v -> v.criterium().tekst()).containsExactly("Start van de les", "Heldere uitleg");
        WaarnemingPart eerste = part.velden().getFirst();
        eerste.notitie.setValue("Begint met een vraag aan de groep");

        stap.set(new BezoekPagina.ObservatieStap("Hoe betrek ik iedereen?", "Fatima El Amrani", true,
                List.of(start, focus("Heldere uitleg", Waarneming.GEZIEN, "Stap voor stap")),
                List.of(new BezoekDetails.Notitie(Instant.now(), "Groepje bij het raam")), 3));
        assertThat(part.velden().getFirst()).isSameAs(eerste);
        assertThat(eerste.notitie.getValue()).isEqualTo("Begint met een vraag aan de groep");
        assertThat(part.velden().get(1).waarneming.getValue()).isEqualTo(Waarneming.GEZIEN);
        assertThat(part.getElement().getTextRecursively()).contains("Groepje bij het raam");

        stap.set(new BezoekPagina.ObservatieStap("Hoe betrek ik iedereen?", "Fatima El Amrani", false, List.of(start, uitleg),
                List.of(), 3));
        assertThat(part.snelleNotitie.isVisible() && part.snelleNotitie.getParent().orElseThrow().getParent().orElseThrow().isVisible())
                .as("the teacher sees that the observation runs, not the form").isFalse();
        assertThat(part.getElement().getTextRecursively()).contains("Fatima El Amrani observeert nu");
    }

    @Test
    void in_the_nagesprek_the_teachers_reflection_stays_while_the_observer_saves_the_feedback() {
        ValueSignal<BezoekPagina.NagesprekStap> stap = new ValueSignal<>(new BezoekPagina.NagesprekStap("Hoe betrek ik iedereen?",
                List.of(focus("Start van de les", Waarneming.DEELS, "Alleen bij de start")), List.of(), null, null, null, null,
                false, true, 4));
        NagesprekPart part = opScherm(new NagesprekPart(stap, acties));
        assertThat(part.watGingGoed.isReadOnly()).isTrue();
        assertThat(part.reflectie.isReadOnly()).isFalse();
        part.reflectie.setValue("Ik ga vaker checken");

        stap.set(new BezoekPagina.NagesprekStap("Hoe betrek ik iedereen?", List.of(focus("Start van de les", Waarneming.DEELS,
                "Alleen bij de start")), List.of(), "Rustige uitleg", null, null, null, false, true, 5));
        assertThat(part.watGingGoed.getValue()).isEqualTo("Rustige uitleg");
        assertThat(part.reflectie.getValue()).isEqualTo("Ik ga vaker checken");
        assertThat(part.getElement().getTextRecursively()).contains("Alleen bij de start", "Deels");
    }

    @Test
    void a_finished_visit_shows_what_was_agreed_and_lets_the_teacher_share_a_learning_point() {
        login("daan");
        ValueSignal<BezoekPagina.AfgerondStap> stap = new ValueSignal<>(new BezoekPagina.AfgerondStap("Hoe betrek ik iedereen?",
                List.of(), List.of(), "Rustige uitleg", "Wisbordjes", null, "Ik ga vaker checken", true));
        AfgerondPart part = opScherm(new AfgerondPart(stap, acties, organisatie));
        assertThat(part.getElement().getTextRecursively()).contains("Rustige uitleg", "Wisbordjes", "Ik ga vaker checken");
        assertThat(part.delen.isVisible() && part.delen.getParent().orElseThrow().getParent().orElseThrow().isVisible()).isTrue();
        assertThat(part.deelLeerteam.getValue()).isNotNull();

        login("fatima");
        AfgerondPart observator = opScherm(new AfgerondPart(new ValueSignal<>(new BezoekPagina.AfgerondStap("Hoe betrek ik iedereen?",
                List.of(), List.of(), "Rustige uitleg", null, null, null, false)), acties, organisatie));
        assertThat(observator.delen.getParent().orElseThrow().getParent().orElseThrow().isVisible()).as("only the teacher shares").isFalse();
    }
}
