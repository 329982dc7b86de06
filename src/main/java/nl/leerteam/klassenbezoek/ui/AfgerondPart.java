package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.klassenbezoek.BezoekDetails;
import nl.leerteam.klassenbezoek.BezoekPagina.AfgerondStap;
import nl.leerteam.klassenbezoek.BezoekverslagPdf;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Parts;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A finished visit: what was observed and agreed, and the teacher's reflection. The teacher can share
 * a learning point with one of their leerteams: only the text they write for it travels.
 */
final class AfgerondPart extends Div {

    final Select<LeerteamSamenvatting> deelLeerteam = new Select<>();
    final TextField deelTitel = new TextField();
    final TextArea deelTekst = new TextArea();
    final Button delen = new Button();
    private final Div inhoud = new Div();
    private final Div deelFormulier = new Div();

    AfgerondPart(Signal<AfgerondStap> stap, BezoekActies acties, OrganisatieService organisatie) {
        deelLeerteam.setLabel(getTranslation("bezoek.delen.leerteam"));
        deelLeerteam.setItemLabelGenerator(LeerteamSamenvatting::naam);
        deelTitel.setLabel(getTranslation("bezoek.delen.titel"));
        deelTitel.setMaxLength(KlassenbezoekService.MAX_DEEL_TITEL);
        deelTitel.setWidthFull();
        deelTitel.setId("delen-titel");
        BezoekActies.tekst(deelTekst, "bezoek.delen.tekst", KlassenbezoekService.MAX_DEEL_TEKST, "delen-tekst");
        deelTekst.setHelperText(getTranslation("bezoek.delen.uitleg"));
        BezoekActies.knop(delen, "bezoek.delen", VaadinIcon.SHARE, "bezoek-delen");
        delen.addClickListener(e -> PrivacyOpslaan.opslaan(this,
                Map.of("leerteam", deelLeerteam, "titel", deelTitel, "toelichting", deelTekst),
                Map.of("titel", deelTitel.getLabel(), "toelichting", deelTekst.getLabel()),
                bevestigd -> acties.service().delen(acties.bezoekId(), deelLeerteam.getValue() == null ? null
                        : deelLeerteam.getValue().id(), deelTitel.getValue(), deelTekst.getValue(), bevestigd), () -> {
                    deelTitel.clear();
                    deelTekst.clear();
                    Meldingen.succes(this, "bezoek.gedeeld");
                }));
        deelFormulier.add(new H3(getTranslation("bezoek.delen.kop")), deelLeerteam, deelTitel, deelTekst, BezoekActies.rij(delen));
        deelFormulier.setVisible(false);
        add(new H3(getTranslation("bezoek.verslag.kop")), pdf(acties), inhoud, deelFormulier);
        Parts.bind(this, stap, nu -> {
            inhoud.removeAll();
            inhoud.add(new Paragraph(getTranslation("bezoek.leervraag-was", nu.leervraag())),
                    BezoekActies.samenvatting(this, nu.focus(), nu.notities()));
            blok("bezoek.wat-ging-goed", nu.watGingGoed());
            blok("bezoek.feedforward", nu.feedforward());
            blok("bezoek.ontwikkeldoel", nu.ontwikkeldoel());
            blok("bezoek.reflectie", nu.reflectie());
            List<LeerteamSamenvatting> teams = nu.ikDeel() ? organisatie.mijnOverzicht().mijnLeerteams() : List.of();
            if (!teams.isEmpty() && !deelFormulier.isVisible()) {
                deelLeerteam.setItems(teams);
                deelLeerteam.setValue(teams.getFirst());
            }
            deelFormulier.setVisible(!teams.isEmpty());
        });
    }

    /** The report to keep: made when clicked, from the visit as it is then, through the visit's own access check. */
    private Anchor pdf(BezoekActies acties) {
        Locale locale = getLocale();
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    BezoekDetails b = acties.service().bezoek(acties.bezoekId());
                    byte[] inhoud = BezoekverslagPdf.van(b, locale, (key, a) -> getTranslation(locale, key, a));
                    return new DownloadResponse(new ByteArrayInputStream(inhoud),
                            "klassenbezoek-" + b.datum() + ".pdf", "application/pdf", inhoud.length);
                }), AttachmentType.DOWNLOAD, getTranslation("bezoek.pdf.download"));
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        pdf.setId("bezoek-pdf");
        return pdf;
    }

    private void blok(String key, String tekst) {
        if (tekst != null) {
            Paragraph alinea = new Paragraph(tekst);
            alinea.addClassName("lt-casus-tekst");
            inhoud.add(new H4(getTranslation(key)), alinea);
        }
    }
}
