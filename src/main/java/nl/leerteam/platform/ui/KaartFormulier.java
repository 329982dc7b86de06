package nl.leerteam.platform.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.platform.Bewijs;
import nl.leerteam.platform.Context;
import nl.leerteam.platform.Domein;
import nl.leerteam.platform.KaartDetails;
import nl.leerteam.platform.KaartInvoer;
import nl.leerteam.platform.PraktijkkaartService;
import nl.leerteam.platform.ThemaService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.ui.Datumveld;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A practice card written or changed by its owner: what, why and how, the context in bands (never a
 * school's name), the results and how they are known, the hours it costs and when to look at it again.
 */
final class KaartFormulier extends Dialog {

    final Select<UUID> school = new Select<>();
    final TextField titel = new TextField();
    final Select<Domein> domein = new Select<>();
    final MultiSelectComboBox<ThemaService.Thema> themas = new MultiSelectComboBox<>();
    final CheckboxGroup<Integer> groepen = new CheckboxGroup<>();
    final Select<Context.Schoolgrootte> grootte = new Select<>();
    final Select<Context.Populatie> populatie = new Select<>();
    final TextArea aanleiding = tekst("platform.kaart.aanleiding", PraktijkkaartService.MAX_AANLEIDING);
    final TextArea wat = tekst("platform.kaart.wat", PraktijkkaartService.MAX_TEKST);
    final TextArea waarom = tekst("platform.kaart.waarom", PraktijkkaartService.MAX_TEKST);
    final TextArea hoe = tekst("platform.kaart.hoe", PraktijkkaartService.MAX_TEKST);
    final TextArea resultaten = tekst("platform.kaart.resultaten", PraktijkkaartService.MAX_TEKST);
    final Select<Bewijs> bewijs = new Select<>();
    final IntegerField uren = new IntegerField();
    final Datumveld herzienVoor = new Datumveld();
    final Button opslaan = new Button();

    /** @param bestaand {@code null} for a new card */
    KaartFormulier(PraktijkkaartService service, List<ThemaService.Thema> alleThemas, Map<UUID, String> scholen, KaartDetails bestaand,
                   Consumer<UUID> opgeslagen) {
        setHeaderTitle(getTranslation(bestaand == null ? "platform.kaart.nieuw" : "platform.kaart.wijzigen"));
        school.setLabel(getTranslation("platform.kaart.school"));
        school.setItems(scholen.keySet());
        school.setItemLabelGenerator(scholen::get);
        school.setVisible(bestaand == null && scholen.size() > 1);
        if (!scholen.isEmpty()) {
            school.setValue(scholen.keySet().iterator().next());
        }
        titel.setLabel(getTranslation("platform.kaart.titel"));
        titel.setMaxLength(PraktijkkaartService.MAX_TITEL);
        titel.setWidthFull();
        titel.setId("kaart-titel");
        domein.setLabel(getTranslation("platform.kaart.domein"));
        domein.setItems(Domein.values());
        domein.setItemLabelGenerator(d -> getTranslation("platform.domein." + d.name().toLowerCase(Locale.ROOT)));
        domein.setId("kaart-domein");
        themas.setLabel(getTranslation("platform.kaart.themas"));
        themas.setItems(alleThemas);
        themas.setItemLabelGenerator(ThemaService.Thema::naam);
        themas.setWidthFull();
        groepen.setLabel(getTranslation("platform.kaart.groepen"));
        groepen.setItems(1, 2, 3, 4, 5, 6, 7, 8);
        grootte.setLabel(getTranslation("platform.kaart.schoolgrootte"));
        grootte.setItems(Context.Schoolgrootte.values());
        grootte.setItemLabelGenerator(g -> g == null ? getTranslation("platform.kaart.geen-keuze")
                : getTranslation("platform.schoolgrootte." + g.name().toLowerCase(Locale.ROOT)));
        grootte.setEmptySelectionAllowed(true);
        grootte.setEmptySelectionCaption(getTranslation("platform.kaart.geen-keuze"));
        populatie.setLabel(getTranslation("platform.kaart.populatie"));
        populatie.setItems(Context.Populatie.values());
        populatie.setItemLabelGenerator(p -> p == null ? getTranslation("platform.kaart.geen-keuze")
                : getTranslation("platform.populatie." + p.name().toLowerCase(Locale.ROOT)));
        populatie.setEmptySelectionAllowed(true);
        populatie.setEmptySelectionCaption(getTranslation("platform.kaart.geen-keuze"));
        bewijs.setLabel(getTranslation("platform.kaart.bewijs"));
        bewijs.setItems(Bewijs.values());
        bewijs.setItemLabelGenerator(b -> b == null ? getTranslation("platform.kaart.geen-keuze")
                : getTranslation("platform.bewijs." + b.name().toLowerCase(Locale.ROOT)));
        bewijs.setEmptySelectionAllowed(true);
        bewijs.setEmptySelectionCaption(getTranslation("platform.kaart.geen-keuze"));
        uren.setLabel(getTranslation("platform.kaart.uren"));
        uren.setMin(0);
        uren.setMax(1000);
        herzienVoor.setLabel(getTranslation("platform.kaart.herzien-voor"));
        herzienVoor.setHelperText(getTranslation("platform.kaart.herzien-uitleg"));
        if (bestaand != null) {
            vulIn(bestaand, alleThemas);
        }
        Div context = new Div(grootte, populatie, bewijs, uren, herzienVoor);
        context.addClassName("lt-invoer");
        add(new VerticalLayout(school, titel, domein, themas, groepen, aanleiding, wat, waarom, hoe, resultaten, context));
        Map<String, HasValidation> velden = new HashMap<>(Map.of("titel", titel, "domein", domein, "themas", themas, "aanleiding",
                aanleiding, "wat", wat, "waarom", waarom, "hoe", hoe, "resultaten", resultaten, "uren", uren, "herzienVoor", herzienVoor));
        Map<String, String> labels = new LinkedHashMap<>();
        List.of(titel, aanleiding, wat, waarom, hoe, resultaten).forEach(v -> labels.put(veldNaam(v), v.getLabel()));
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("kaart-opslaan");
        UUID[] id = new UUID[1];
        opslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this, velden, labels, bevestigd -> {
            KaartInvoer invoer = invoer();
            if (bestaand == null) {
                id[0] = service.nieuw(school.getValue(), invoer, bevestigd);
            } else {
                service.wijzigen(bestaand.id(), invoer, bestaand.version(), bevestigd);
                id[0] = bestaand.id();
            }
        }, () -> {
            close();
            opgeslagen.accept(id[0]);
        }));
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
        setWidth("min(48rem, 95vw)");
    }

    private KaartInvoer invoer() {
        return new KaartInvoer(titel.getValue(), domein.getValue(), themas.getValue().stream().map(ThemaService.Thema::id).toList(),
                List.copyOf(groepen.getValue()), grootte.getValue(), populatie.getValue(), aanleiding.getValue(), wat.getValue(),
                waarom.getValue(), hoe.getValue(), resultaten.getValue(), bewijs.getValue(), uren.getValue(), herzienVoor.getValue());
    }

    /** A card started from the school's own practice: its title, domain and what it is about filled in. */
    void vulVoorstelIn(KaartInvoer voorstel) {
        titel.setValue(voorstel.titel());
        domein.setValue(voorstel.domein());
        wat.setValue(leeg(voorstel.wat()));
    }

    private void vulIn(KaartDetails k, List<ThemaService.Thema> alleThemas) {
        KaartInvoer i = k.invoer();
        titel.setValue(i.titel());
        domein.setValue(i.domein());
        themas.setValue(new LinkedHashSet<>(alleThemas.stream().filter(t -> i.themas().contains(t.id())).toList()));
        groepen.setValue(new LinkedHashSet<>(i.groepen()));
        grootte.setValue(i.schoolgrootte());
        populatie.setValue(i.populatie());
        aanleiding.setValue(leeg(i.aanleiding()));
        wat.setValue(leeg(i.wat()));
        waarom.setValue(leeg(i.waarom()));
        hoe.setValue(leeg(i.hoe()));
        resultaten.setValue(leeg(i.resultaten()));
        bewijs.setValue(i.bewijs());
        uren.setValue(i.uren());
        herzienVoor.setValue(i.herzienVoor());
    }

    private TextArea tekst(String key, int max) {
        TextArea veld = new TextArea(getTranslation(key));
        veld.setMaxLength(max);
        veld.setWidthFull();
        veld.setId("kaart-" + key.substring(key.lastIndexOf('.') + 1));
        return veld;
    }

    private static String veldNaam(com.vaadin.flow.component.Component veld) {
        String id = veld.getId().orElse("");
        return id.startsWith("kaart-") ? id.substring(6) : id;
    }

    private static String leeg(String tekst) {
        return tekst == null ? "" : tekst;
    }
}
