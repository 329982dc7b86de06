package nl.leerteam.platform.ui;

import com.vaadin.flow.component.HasValidation;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.platform.Domein;
import nl.leerteam.platform.VraagService;
import nl.leerteam.platform.Vragen;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.LeegTekst;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The board's questions to peers, and for a KC a new question with similar questions and cards shown first. */
@Route("platform/vragen")
@RolesAllowed({"KC", "BESTUURDER"})
public class VragenView extends Div implements Paginatitel {

    private final VraagService service;
    final UnorderedList lijst = new UnorderedList();
    final Button stellen = new Button();

    public VragenView(VraagService service) {
        this.service = service;
        addClassName("lt-page");
        stellen.setText(getTranslation("platform.vraag.stellen"));
        stellen.setIcon(VaadinIcon.QUESTION_CIRCLE_O.create());
        stellen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stellen.setId("vraag-stellen");
        stellen.setVisible(CurrentUser.require().heeft(Rol.KC));
        stellen.addClickListener(e -> new VraagDialog(service).open());
        lijst.setId("vragen");
        lijst.addClassName("lt-bijdragen");
        add(new RouterLink(getTranslation("platform.terug"), PlatformView.class), new H2(getTranslation("platform.vragen.titel")),
                new Paragraph(getTranslation("platform.vragen.uitleg")), stellen, lijst);
        List<Vragen.Samenvatting> vragen = service.vragen();
        if (vragen.isEmpty()) {
            add(new LeegTekst(getTranslation("platform.vragen.geen.titel"), getTranslation("platform.vragen.geen.tekst")));
        }
        vragen.forEach(v -> {
            Span over = new Span(" " + getTranslation("platform.vragen.regel", v.vragerNaam(), v.antwoorden())
                    + (v.opgelost() ? " · " + getTranslation("platform.vragen.opgelost") : ""));
            over.addClassName("lt-muted");
            ListItem item = new ListItem(new RouterLink(v.titel(), VraagView.class, VraagView.parameters(v.id())), over);
            item.addClassName("lt-bijdrage");
            lijst.add(item);
        });
    }

    /** A new question: while its title is typed, the board's similar questions and cards appear below it. */
    static final class VraagDialog extends Dialog {

        final TextField titel = new TextField();
        final TextArea tekst = new TextArea();
        final Select<Domein> domein = new Select<>();
        final UnorderedList gelijkend = new UnorderedList();
        final Button opslaan = new Button();

        VraagDialog(VraagService service) {
            setHeaderTitle(getTranslation("platform.vraag.stellen"));
            titel.setLabel(getTranslation("platform.vraag.titel"));
            titel.setMaxLength(VraagService.MAX_TITEL);
            titel.setWidthFull();
            titel.setValueChangeMode(ValueChangeMode.LAZY);
            titel.setId("vraag-titel");
            tekst.setLabel(getTranslation("platform.vraag.tekst"));
            tekst.setMaxLength(VraagService.MAX_TEKST);
            tekst.setWidthFull();
            domein.setLabel(getTranslation("platform.kaart.domein"));
            domein.setItems(Domein.values());
            domein.setItemLabelGenerator(d -> getTranslation("platform.domein." + d.name().toLowerCase(Locale.ROOT)));
            gelijkend.setId("vraag-gelijkend");
            Paragraph eerst = new Paragraph(getTranslation("platform.vraag.gelijkend"));
            eerst.addClassName("lt-muted");
            eerst.setVisible(false);
            titel.addValueChangeListener(e -> {
                gelijkend.removeAll();
                List<Vragen.Gelijkend> lijkt = service.gelijkend(e.getValue());
                eerst.setVisible(!lijkt.isEmpty());
                lijkt.forEach(g -> gelijkend.add(new ListItem(g.kaart()
                        ? new RouterLink(getTranslation("platform.vraag.kaart", g.titel()), KaartView.class, KaartView.parameters(g.id()))
                        : new RouterLink(g.titel(), VraagView.class, VraagView.parameters(g.id())))));
            });
            add(new VerticalLayout(titel, eerst, gelijkend, tekst, domein));
            Map<String, HasValidation> velden = Map.of("titel", titel, "tekst", tekst, "domein", domein);
            opslaan.setText(getTranslation("platform.vraag.plaatsen"));
            opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            opslaan.setId("vraag-plaatsen");
            UUID[] id = new UUID[1];
            opslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this, velden, Map.of("titel", titel.getLabel(), "tekst", tekst.getLabel()),
                    bevestigd -> id[0] = service.stellen(titel.getValue(), tekst.getValue(), domein.getValue(), List.of(), bevestigd), () -> {
                        close();
                        UI.getCurrent().navigate(VraagView.class, VraagView.parameters(id[0]));
                    }));
            getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
            setWidth("min(40rem, 95vw)");
        }
    }

    @Override
    public String titel() {
        return getTranslation("platform.vragen.titel");
    }
}
