package nl.leerteam.trends.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.Paragraph;
import nl.leerteam.shared.ui.Grafiek;
import nl.leerteam.trends.Schaal;
import nl.leerteam.shared.domain.KleineAantallen;
import nl.leerteam.trends.Resultatenoverzicht;
import nl.leerteam.trends.Trendnotitie;
import nl.leerteam.trends.TrendnotitieService;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.ui.Meldingen;
import java.util.UUID;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One subject's results of a school year: a chart per scale of the level distribution per jaargroep
 * and moment, with a one-line description, and the table with the same numbers.
 */
class VakTabel extends Div {

    /** Up to this many rows a table shows them all; beyond it, it scrolls and renders only what is in view. */
    static final int RIJEN_ZICHTBAAR = 40;

    final Grid<Resultatenoverzicht.Rij> grid = new Grid<>();
    final List<Grafiek> grafieken = new ArrayList<>();

    final Anchor csv;

    /** Where the notes on the points of this table go: the school, its year, and what to do once one changed. */
    record Notities(TrendnotitieService service, UUID schoolId, Schooljaar schooljaar, Runnable gewijzigd) {
    }

    /** @param notities {@code null} where no note can be written (the table only) */
    VakTabel(Resultatenoverzicht.Vakoverzicht vak, String schooljaar, Notities notities) {
        addClassName("lt-section");
        String code = vak.vak().code();
        setId("trends-" + code);
        String naam = getTranslation("trends.vak." + code);
        H3 kop = new H3(naam);
        add(kop);
        for (Schaal schaal : Schaal.values()) {
            List<Resultatenoverzicht.Rij> rijen = vak.rijen().stream().filter(r -> r.schaal() == schaal).toList();
            if (schaal != Schaal.PCT && !rijen.isEmpty()) {
                Grafiek grafiek = new Grafiek();
                grafiek.setId("grafiek-" + code + "-" + schaal.name().toLowerCase(Locale.ROOT));
                grafiek.toon(Verdelingsgrafiek.van(this, naam, schaal, rijen, vak.ambities()));
                Paragraph beschrijving = new Paragraph(grafiek.getGegevens().beschrijving());
                beschrijving.addClassName("lt-muted");
                grafieken.add(grafiek);
                String bestand = code + "-" + schooljaar + "-" + schaal.name().toLowerCase(Locale.ROOT) + ".png";
                add(grafiek, beschrijving, pngKnop(grafiek, bestand));
            }
        }
        grid.addColumn(r -> getTranslation("trends.jaargroep", r.jaargroep())).setHeader(getTranslation("trends.kolom.jaargroep"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("trends.moment." + r.meetmoment().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("trends.kolom.moment")).setAutoWidth(true);
        grid.addColumn(r -> r.toets() + " · " + getTranslation("trends.aanbieder." + r.aanbieder().code())
                        + (r.breuk() ? " · " + getTranslation("trends.breuk") : ""))
                .setHeader(getTranslation("trends.kolom.toets")).setFlexGrow(2);
        grid.addColumn(r -> r.aantal() == null ? weinig() : String.valueOf(r.aantal())).setHeader(getTranslation("trends.kolom.aantal"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.gemiddelde() == null ? "" : r.gemiddelde().toPlainString().replace('.', ','))
                .setHeader(getTranslation("trends.kolom.gemiddelde")).setAutoWidth(true);
        grid.addColumn(this::verdeling).setHeader(getTranslation("trends.kolom.verdeling")).setFlexGrow(3);
        if (!vak.ambities().isEmpty()) {
            grid.addColumn(r -> AmbitieTekst.oordeel(this, r, vak.ambities())).setHeader(getTranslation("trends.kolom.ambitie"))
                    .setFlexGrow(2);
        }
        grid.addColumn(r -> TabelCsv.toelichting(vak, r)).setHeader(getTranslation("trends.kolom.toelichting")).setFlexGrow(2)
                .setKey("toelichting");
        if (notities != null) {
            grid.addComponentColumn(r -> notitieKnoppen(vak, r, notities)).setHeader(getTranslation("trends.kolom.notities"))
                    .setAutoWidth(true).setFlexGrow(0).setKey("notities");
        }
        grid.setItems(vak.rijen());
        // a usual school year fits; a file with many tests per jaargroep scrolls within the table
        if (vak.rijen().size() <= RIJEN_ZICHTBAAR) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("32rem");
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", getTranslation("trends.tabel", getTranslation("trends.vak." + code)));
        csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] inhoud = TabelCsv.van(vak, (key, params) -> getTranslation(key, params));
            return new DownloadResponse(new ByteArrayInputStream(inhoud), code + "-" + schooljaar + ".csv", "text/csv; charset=utf-8",
                    inhoud.length);
        }), AttachmentType.DOWNLOAD, getTranslation("trends.csv"));
        csv.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        csv.addClassName("lt-download");
        csv.setId("trends-" + code + "-csv");
        add(grid, csv);
        ontwikkeling = new OntwikkelingPart(vak, naam);
        add(ontwikkeling);
    }

    final OntwikkelingPart ontwikkeling;

    /** Saves a chart as the PNG the browser drew, under {@code bestand}. */
    static Button pngKnop(Grafiek grafiek, String bestand) {
        Button png = new Button(grafiek.getTranslation("trends.png"), VaadinIcon.PICTURE.create(), e -> grafiek.getElement().executeJs(
                "const a = document.createElement('a'); a.href = this.png(); a.download = $0; a.click();", bestand));
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        png.setId(grafiek.getId().orElseThrow() + "-png");
        return png;
    }

    /** A button to add a note on the point, and one to take away each note the reader may take away. */
    private Div notitieKnoppen(Resultatenoverzicht.Vakoverzicht vak, Resultatenoverzicht.Rij r, Notities notities) {
        String punt = getTranslation("trends.notitie.punt", r.jaargroep(),
                getTranslation("trends.moment." + r.meetmoment().name().toLowerCase(Locale.ROOT)));
        Button nieuw = new Button(VaadinIcon.COMMENT_O.create(), e -> new NotitieDialog(punt, (tekst, bevestigd) ->
                notities.service().toevoegen(notities.schoolId(), vak.vak(), notities.schooljaar(), r.meetmoment(), r.jaargroep(), tekst,
                        bevestigd), notities.gewijzigd()).open());
        nieuw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        nieuw.setAriaLabel(getTranslation("trends.notitie.nieuw-bij", punt));
        nieuw.setTooltipText(getTranslation("trends.notitie.nieuw-bij", punt));
        nieuw.addClassName("trend-notitie-nieuw");
        Div cel = new Div(nieuw);
        for (Trendnotitie n : vak.notities(r)) {
            if (n.magVerwijderen()) {
                Button weg = new Button(VaadinIcon.TRASH.create(), e -> Meldingen.opslaan(this, java.util.Map.of(), () -> {
                    notities.service().verwijderen(n.id());
                    notities.gewijzigd().run();
                }));
                weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                weg.setAriaLabel(getTranslation("trends.notitie.verwijderen", n.tekst()));
                weg.setTooltipText(getTranslation("trends.notitie.verwijderen", n.tekst()));
                weg.addClassName("trend-notitie-weg");
                cel.add(weg);
            }
        }
        return cel;
    }

    /** "III: 7 (26 %)" per level; a hidden count reads "fewer than 5", a percentage only of a shown total. */
    private String verdeling(Resultatenoverzicht.Rij r) {
        if (r.niveaus().isEmpty()) {
            return "";
        }
        List<String> delen = new ArrayList<>();
        for (int i = 0; i < r.niveaus().size(); i++) {
            Long aantal = r.niveaus().get(i);
            String niveau = r.schaal().niveaus().get(i);
            delen.add(aantal == null || r.aantal() == null ? niveau + ": " + weinig()
                    : getTranslation("trends.niveau", niveau, aantal, Math.round(100.0 * aantal / r.aantal())));
        }
        return String.join(" · ", delen);
    }

    private String weinig() {
        return getTranslation("trends.weinig", KleineAantallen.MINIMUM);
    }
}
