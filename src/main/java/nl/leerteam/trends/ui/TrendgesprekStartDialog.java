package nl.leerteam.trends.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.trends.TrendSchool;
import nl.leerteam.trends.TrendgesprekService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** A KC or the director starts a trend discussion for the school or one of its leerteams. */
final class TrendgesprekStartDialog extends Dialog {

    final TextField titel = new TextField();
    final Select<UUID> leerteam = new Select<>();
    final TextArea aanleiding = new TextArea();
    final Button starten = new Button();

    TrendgesprekStartDialog(TrendgesprekService service, TrendSchool school, Consumer<UUID> gestart) {
        this(service, school, "", "", gestart);
    }

    /** With a title and a reason filled in, as when a pattern in the school's cases opens a discussion. */
    TrendgesprekStartDialog(TrendgesprekService service, TrendSchool school, String voorstelTitel, String voorstelAanleiding,
                            Consumer<UUID> gestart) {
        setHeaderTitle(getTranslation("trends.gesprek.starten"));
        titel.setLabel(getTranslation("trends.gesprek.titel-veld"));
        titel.setHelperText(getTranslation("trends.gesprek.titel-uitleg"));
        titel.setMaxLength(TrendgesprekService.MAX_TITEL);
        titel.setValue(voorstelTitel);
        titel.setWidthFull();
        titel.setId("gesprek-titel");
        Map<UUID, String> teams = service.leerteams(school.schoolId());
        List<UUID> keuzes = new ArrayList<>(teams.keySet());
        leerteam.setLabel(getTranslation("trends.gesprek.leerteam"));
        leerteam.setItems(keuzes);
        leerteam.setEmptySelectionAllowed(true);
        leerteam.setEmptySelectionCaption(getTranslation("trends.gesprek.hele-school"));
        leerteam.setItemLabelGenerator(id -> id == null ? getTranslation("trends.gesprek.hele-school") : teams.get(id));
        aanleiding.setLabel(getTranslation("trends.gesprek.aanleiding"));
        aanleiding.setMaxLength(TrendgesprekService.MAX_AANLEIDING);
        aanleiding.setValue(voorstelAanleiding);
        aanleiding.setWidthFull();
        add(new VerticalLayout(titel, leerteam, aanleiding));
        Map<String, HasValidation> velden = Map.of("titel", titel, "leerteam", leerteam, "aanleiding", aanleiding);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("titel", titel.getLabel());
        labels.put("aanleiding", aanleiding.getLabel());
        starten.setText(getTranslation("trends.gesprek.starten"));
        starten.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        starten.setId("gesprek-starten");
        UUID[] nieuw = new UUID[1];
        starten.addClickListener(e -> PrivacyOpslaan.opslaan(this, velden, labels,
                bevestigd -> nieuw[0] = service.starten(school.schoolId(), leerteam.getValue(), titel.getValue(), aanleiding.getValue(),
                        bevestigd),
                () -> {
                    close();
                    gestart.accept(nieuw[0]);
                }));
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), starten);
        setWidth("min(36rem, 95vw)");
    }
}
