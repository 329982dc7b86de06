package nl.leerteam.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leerteam.platform.Bibliotheek;
import nl.leerteam.platform.KaartDetails;
import nl.leerteam.platform.PraktijkkaartService;
import nl.leerteam.shared.ui.Meldingen;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The library files a practice card carries, to download; for its owner, while a concept, the choice of them. */
class KaartBijlagen extends Div {

    private final PraktijkkaartService service;
    private final Runnable gewijzigd;
    final UnorderedList lijst = new UnorderedList();
    final Button kiezen = new Button();
    private UUID kaartId;
    private KaartDetails kaart;

    KaartBijlagen(PraktijkkaartService service, Runnable gewijzigd) {
        this.service = service;
        this.gewijzigd = gewijzigd;
        setId("kaart-bijlagen");
        kiezen.setText(getTranslation("platform.bijlagen.kiezen"));
        kiezen.setIcon(VaadinIcon.PAPERCLIP.create());
        kiezen.setId("kaart-bijlagen-kiezen");
        kiezen.addClickListener(e -> kiesDialoog());
        lijst.addClassName("lt-bijdragen");
    }

    void toon(UUID kaartId, KaartDetails kaart) {
        this.kaartId = kaartId;
        this.kaart = kaart;
        removeAll();
        lijst.removeAll();
        kiezen.setVisible(kaart.mag().bijlagen());
        if (kaart.bijlagen().isEmpty() && !kaart.mag().bijlagen()) {
            return;
        }
        add(new H3(getTranslation("platform.bijlagen")));
        if (kaart.bijlagen().isEmpty()) {
            add(new Paragraph(getTranslation("platform.bijlagen.geen")));
        }
        for (Bibliotheek.Bijlage b : kaart.bijlagen()) {
            UUID bestandId = b.bestandId();
            Anchor link = new Anchor(Bestandsdownload.van(() -> service.bijlage(kaartId, bestandId)),
                    getTranslation("platform.bijlage", b.titel(), b.bestandsnaam(), Bestandsgrootte.tekst(b.grootte(), getLocale())));
            link.getElement().setAttribute("download", true);
            link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
            link.addClassName("lt-download");
            link.setId("bijlage-" + bestandId);
            ListItem item = new ListItem(link);
            item.addClassName("lt-bijdrage");
            lijst.add(item);
        }
        add(lijst, kiezen);
    }

    private void kiesDialoog() {
        Dialog dialoog = new Dialog();
        dialoog.setHeaderTitle(getTranslation("platform.bijlagen.kiezen"));
        List<Bibliotheek.Samenvatting> kiesbaar = service.kiesbareBijlagen(kaartId);
        MultiSelectComboBox<Bibliotheek.Samenvatting> keuze = new MultiSelectComboBox<>(getTranslation("platform.bijlagen"));
        keuze.setItems(kiesbaar);
        keuze.setItemLabelGenerator(s -> s.titel() + " (" + s.soort() + ")");
        Set<UUID> nu = kaart.bijlagen().stream().map(Bibliotheek.Bijlage::bestandId).collect(Collectors.toSet());
        keuze.setValue(kiesbaar.stream().filter(s -> nu.contains(s.id())).collect(Collectors.toSet()));
        keuze.setWidthFull();
        keuze.setId("kaart-bijlagen-keuze");
        Button opslaan = new Button(getTranslation("actie.opslaan"), e -> Meldingen.opslaan(dialoog, Map.of("bijlagen", keuze), () -> {
            service.bijlagen(kaartId, keuze.getValue().stream().map(Bibliotheek.Samenvatting::id).toList(), kaart.version());
            dialoog.close();
            gewijzigd.run();
        }));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("kaart-bijlagen-opslaan");
        dialoog.add(new Paragraph(getTranslation("platform.bijlagen.uitleg", PraktijkkaartService.MAX_BIJLAGEN)), keuze);
        dialoog.getFooter().add(new Button(getTranslation("actie.annuleren"), e -> dialoog.close()), opslaan);
        dialoog.setWidth("min(36rem, 95vw)");
        dialoog.open();
    }
}
