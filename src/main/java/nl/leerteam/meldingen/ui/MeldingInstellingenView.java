package nl.leerteam.meldingen.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.leerteam.meldingen.MeldingService;
import nl.leerteam.meldingen.Samenvatting;
import nl.leerteam.meldingen.Voorkeur;
import nl.leerteam.shared.melding.Ruimte;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Paginatitel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a person hears by mail, per space they work in: right away for what asks them to act, and how often a digest of
 * the rest. Says so when this installation sends no mail at all; the bell tells everything either way.
 */
@Route("instellingen/meldingen")
@PermitAll
public class MeldingInstellingenView extends Div implements Paginatitel {

    private final MeldingService service;
    final Paragraph mail = new Paragraph();
    final Map<Ruimte, Checkbox> direct = new EnumMap<>(Ruimte.class);
    final Map<Ruimte, RadioButtonGroup<Samenvatting>> samenvatting = new EnumMap<>(Ruimte.class);
    final Button opslaan = new Button();

    public MeldingInstellingenView(MeldingService service) {
        this.service = service;
        addClassName("lt-page");
        Paragraph uitleg = new Paragraph(getTranslation("meldingen.instellingen.uitleg"));
        uitleg.addClassName("lt-muted");
        mail.setId("meldingen-mail");
        mail.setText(getTranslation(service.mailAan() ? "meldingen.instellingen.mail-aan" : "meldingen.instellingen.mail-uit"));
        mail.addClassName(service.mailAan() ? "lt-muted" : "lt-waarschuwing");
        add(uitleg, mail);

        for (Voorkeur v : service.voorkeuren()) {
            String naam = v.ruimte().name().toLowerCase(Locale.ROOT);
            H2 kop = new H2(getTranslation("meldingen.ruimte." + naam));
            kop.addClassName("lt-section");
            Checkbox meteen = new Checkbox(getTranslation("meldingen.instellingen.direct"));
            meteen.setHelperText(getTranslation("meldingen.instellingen.direct.hulp." + naam));
            meteen.setId("direct-" + naam);
            meteen.setValue(v.direct());
            RadioButtonGroup<Samenvatting> vaak = new RadioButtonGroup<>(getTranslation("meldingen.instellingen.samenvatting"));
            vaak.setItems(Samenvatting.values());
            vaak.setItemLabelGenerator(s -> getTranslation("meldingen.samenvatting." + s.name().toLowerCase(Locale.ROOT)));
            vaak.setId("samenvatting-" + naam);
            vaak.setValue(v.samenvatting());
            direct.put(v.ruimte(), meteen);
            samenvatting.put(v.ruimte(), vaak);
            Div ruimte = new Div(kop, meteen, vaak);
            ruimte.addClassName("lt-meldingruimte");
            add(ruimte);
        }

        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("meldingen-opslaan");
        opslaan.addClickListener(e -> opslaan());
        add(opslaan);
    }

    void opslaan() {
        List<Voorkeur> voorkeuren = new ArrayList<>();
        direct.forEach((ruimte, meteen) -> voorkeuren.add(new Voorkeur(ruimte, meteen.getValue(), samenvatting.get(ruimte).getValue())));
        service.voorkeurenOpslaan(voorkeuren);
        Meldingen.succes(this, "meldingen.instellingen.opgeslagen");
    }

    @Override
    public String titel() {
        return getTranslation("meldingen.instellingen.titel");
    }
}
