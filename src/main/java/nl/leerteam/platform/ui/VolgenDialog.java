package nl.leerteam.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import nl.leerteam.platform.Domein;
import nl.leerteam.platform.ThemaService;
import nl.leerteam.platform.VolgService;
import nl.leerteam.shared.ui.Meldingen;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The themes and domains of the platform a person follows without writing; the notifications bring what is new. */
class VolgenDialog extends Dialog {

    final CheckboxGroup<ThemaService.Thema> themas = new CheckboxGroup<>();
    final CheckboxGroup<Domein> domeinen = new CheckboxGroup<>();
    final Button opslaan = new Button();

    VolgenDialog(VolgService service, ThemaService themaService) {
        setHeaderTitle(getTranslation("platform.volgen.titel"));
        setWidth("min(36rem, 95vw)");
        VolgService.Gevolgd nu = service.gevolgd();
        themas.setLabel(getTranslation("platform.kaart.themas"));
        themas.setItems(themaService.themas());
        themas.setItemLabelGenerator(ThemaService.Thema::naam);
        themas.setValue(themaService.themas().stream().filter(t -> nu.themas().contains(t.id())).collect(Collectors.toSet()));
        themas.setId("volgen-themas");
        domeinen.setLabel(getTranslation("platform.kaart.domein"));
        domeinen.setItems(Domein.values());
        domeinen.setItemLabelGenerator(d -> getTranslation("platform.domein." + d.name().toLowerCase(Locale.ROOT)));
        domeinen.setValue(nu.domeinen());
        domeinen.setId("volgen-domeinen");
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("volgen-opslaan");
        opslaan.addClickListener(e -> Meldingen.opslaan(this, Map.of("themas", themas), () -> {
            service.volgen(themas.getValue().stream().map(ThemaService.Thema::id).collect(Collectors.toSet()), domeinen.getValue());
            Meldingen.succes(this, "platform.volgen.opgeslagen");
            close();
        }));
        add(new Paragraph(getTranslation("platform.volgen.uitleg")), themas, domeinen);
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
    }
}
