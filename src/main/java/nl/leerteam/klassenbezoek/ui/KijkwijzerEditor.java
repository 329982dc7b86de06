package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.klassenbezoek.KijkwijzerInhoud;
import nl.leerteam.klassenbezoek.KijkwijzerPlek;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.shared.ui.Meldingen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Edits a kijkwijzer: its name and description, and its domains with their criteria. Criteria keep
 * their id, so a changed version still follows the same criterion.
 */
class KijkwijzerEditor extends Dialog {

    interface Opslaan {
        void opslaan(KijkwijzerPlek plek, KijkwijzerInhoud inhoud);
    }

    final Select<KijkwijzerPlek> plek = new Select<>();
    final TextField naam = new TextField();
    final TextArea omschrijving = new TextArea();
    final Div domeinen = new Div();
    final Button domeinToevoegen = new Button();
    final Button opslaan = new Button();
    final FoutMelding fout = new FoutMelding();
    final List<DomeinRij> rijen = new ArrayList<>();

    /** @param plekken where it may go (only for a new kijkwijzer; empty when editing) */
    KijkwijzerEditor(KijkwijzerInhoud inhoud, List<KijkwijzerPlek> plekken, boolean gebruikt, Opslaan actie, Runnable opgeslagen) {
        setHeaderTitle(getTranslation(plekken.isEmpty() ? "kijkwijzer.wijzigen" : "kijkwijzer.nieuw"));
        plek.setLabel(getTranslation("kijkwijzer.geldt-voor"));
        plek.setItems(plekken);
        plek.setItemLabelGenerator(this::plekNaam);
        plek.setVisible(!plekken.isEmpty());
        if (!plekken.isEmpty()) {
            plek.setValue(plekken.getFirst());
        }
        naam.setLabel(getTranslation("kijkwijzer.naam"));
        naam.setMaxLength(KijkwijzerService.MAX_NAAM);
        naam.setWidthFull();
        naam.setId("kijkwijzer-naam");
        omschrijving.setLabel(getTranslation("kijkwijzer.omschrijving"));
        omschrijving.setMaxLength(KijkwijzerService.MAX_OMSCHRIJVING);
        omschrijving.setWidthFull();
        if (inhoud != null) {
            naam.setValue(inhoud.naam());
            omschrijving.setValue(inhoud.omschrijving() == null ? "" : inhoud.omschrijving());
            inhoud.domeinen().forEach(this::voegDomeinToe);
        } else {
            voegDomeinToe(new KijkwijzerInhoud.Domein("", List.of(new KijkwijzerInhoud.Criterium(null, "", null))));
        }
        domeinToevoegen.setText(getTranslation("kijkwijzer.domein-toevoegen"));
        domeinToevoegen.setIcon(VaadinIcon.PLUS.create());
        domeinToevoegen.addClickListener(e -> voegDomeinToe(new KijkwijzerInhoud.Domein("",
                List.of(new KijkwijzerInhoud.Criterium(null, "", null)))));
        if (gebruikt) {
            Paragraph uitleg = new Paragraph(getTranslation("kijkwijzer.nieuwe-versie"));
            uitleg.addClassName("lt-muted");
            add(uitleg);
        }
        add(plek, naam, omschrijving, domeinen, domeinToevoegen, fout);
        Map<String, HasValidation> velden = Map.of("naam", naam, "omschrijving", omschrijving, "domeinen", fout);
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("kijkwijzer-opslaan");
        opslaan.addClickListener(e -> {
            if (Meldingen.opslaan(this, velden, () -> actie.opslaan(plek.getValue(), inhoud()))) {
                close();
                opgeslagen.run();
            }
        });
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
        setWidth("min(56rem, 96vw)");
    }

    /** Where a refusal of a domain or criterion is shown: above the buttons, the rows stay as typed. */
    static final class FoutMelding extends Paragraph implements HasValidation {

        private boolean invalid;

        FoutMelding() {
            addClassName("lt-te-evalueren");
            setVisible(false);
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            setText(errorMessage);
        }

        @Override
        public String getErrorMessage() {
            return getText();
        }

        @Override
        public void setInvalid(boolean invalid) {
            this.invalid = invalid;
            setVisible(invalid);
        }

        @Override
        public boolean isInvalid() {
            return invalid;
        }
    }

    String plekNaam(KijkwijzerPlek p) {
        return p.schoolId() == null ? getTranslation("kijkwijzer.hele-bestuur") : p.schoolNaam();
    }

    KijkwijzerInhoud inhoud() {
        return new KijkwijzerInhoud(KijkwijzerInhoud.FORMAAT, naam.getValue(), omschrijving.getValue(),
                rijen.stream().map(DomeinRij::domein).toList());
    }

    DomeinRij voegDomeinToe(KijkwijzerInhoud.Domein domein) {
        DomeinRij rij = new DomeinRij(domein);
        rijen.add(rij);
        domeinen.add(rij);
        return rij;
    }

    /** One domain with its criteria. */
    final class DomeinRij extends Div {

        final TextField naam = new TextField();
        final List<CriteriumRij> criteria = new ArrayList<>();
        private final Div lijst = new Div();

        DomeinRij(KijkwijzerInhoud.Domein domein) {
            addClassName("lt-card");
            naam.setLabel(getTranslation("kijkwijzer.domein"));
            naam.setMaxLength(KijkwijzerService.MAX_NAAM);
            naam.setValue(domein.naam());
            naam.setWidthFull();
            domein.criteria().forEach(this::voegCriteriumToe);
            Button criterium = new Button(getTranslation("kijkwijzer.criterium-toevoegen"), VaadinIcon.PLUS.create(),
                    e -> voegCriteriumToe(new KijkwijzerInhoud.Criterium(null, "", null)));
            Button weg = new Button(getTranslation("kijkwijzer.domein-verwijderen"), VaadinIcon.TRASH.create(), e -> {
                rijen.remove(this);
                domeinen.remove(this);
            });
            weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div knoppen = new Div(criterium, weg);
            knoppen.addClassName("lt-invoer");
            add(naam, lijst, knoppen);
        }

        CriteriumRij voegCriteriumToe(KijkwijzerInhoud.Criterium c) {
            CriteriumRij rij = new CriteriumRij(c);
            criteria.add(rij);
            lijst.add(rij);
            return rij;
        }

        KijkwijzerInhoud.Domein domein() {
            return new KijkwijzerInhoud.Domein(naam.getValue(), criteria.stream().map(CriteriumRij::criterium).toList());
        }

        /** One criterion: a short statement and an optional explanation. */
        final class CriteriumRij extends Div {

            private final UUID id;
            // Criteria run to 300 characters and explanations to 1,000: fields that wrap, so nothing is cut off.
            final TextArea tekst = new TextArea();
            final TextArea toelichting = new TextArea();

            CriteriumRij(KijkwijzerInhoud.Criterium c) {
                this.id = c.id();
                addClassName("lt-invoer");
                tekst.setPlaceholder(getTranslation("kijkwijzer.criterium"));
                tekst.setAriaLabel(getTranslation("kijkwijzer.criterium"));
                tekst.setMaxLength(KijkwijzerService.MAX_CRITERIUM);
                tekst.setValue(c.tekst() == null ? "" : c.tekst());
                toelichting.setPlaceholder(getTranslation("kijkwijzer.toelichting"));
                toelichting.setAriaLabel(getTranslation("kijkwijzer.toelichting"));
                toelichting.setMaxLength(KijkwijzerService.MAX_TOELICHTING);
                toelichting.setValue(c.toelichting() == null ? "" : c.toelichting());
                Button weg = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    criteria.remove(this);
                    lijst.remove(this);
                });
                weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                weg.setAriaLabel(getTranslation("kijkwijzer.criterium-verwijderen"));
                add(tekst, toelichting, weg);
            }

            KijkwijzerInhoud.Criterium criterium() {
                return new KijkwijzerInhoud.Criterium(id, tekst.getValue(), toelichting.getValue());
            }
        }
    }
}
