package nl.leerteam.leerlingbespreking;

import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.pdf.PdfVerslag;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A case as a PDF to print or keep, laid out like its page: the case under its pseudonym, the agreements with their
 * evaluations, and the way to the KC. The download reads the case through the case's access check.
 */
public final class CasusPdf {

    private CasusPdf() {
    }

    public static byte[] van(CasusPagina pagina, Locale locale, BiFunction<String, Object[], String> tekst) {
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        CasusDetails c = pagina.casus();
        CasusFormulier i = c.inhoud();
        PdfVerslag pdf = new PdfVerslag(tekst.apply("casus.titel", new Object[]{i.pseudoniem(), i.groep()}));
        pdf.regel(tekst.apply("casus.onderkop", new Object[]{c.eigenaarNaam(), c.leerteamNaam(),
                tekst.apply("casus.status." + c.status().name().toLowerCase(Locale.ROOT), new Object[0])}));
        pdf.veld(tekst.apply("casus.hulpvraag", new Object[0]), i.hulpvraag());
        pdf.veld(tekst.apply("casus.wat-zie-ik", new Object[0]), i.watZieIk());
        pdf.veld(tekst.apply("casus.al-geprobeerd", new Object[0]), i.alGeprobeerd());
        pdf.veld(tekst.apply("casus.wat-gaat-goed", new Object[0]), i.watGaatGoed());
        pdf.veld(tekst.apply("casus.wat-belemmert", new Object[0]), i.watBelemmert());
        pdf.veld(tekst.apply("casus.ouders", new Object[0]), i.oudersBetrokken()
                ? tekst.apply("casus.ouders.betrokken", new Object[]{datum.format(i.oudersDatum()), i.oudersAfspraken()})
                : i.oudersWaaromNiet() == null ? tekst.apply("casus.ouders.nog-niet", new Object[0])
                : tekst.apply("casus.ouders.nog-niet-omdat", new Object[]{i.oudersWaaromNiet()}));
        if (!i.tags().isEmpty()) {
            pdf.veld(tekst.apply("casus.tags", new Object[0]), String.join(", ", i.tags()));
        }
        pdf.kop(tekst.apply("afspraak.afspraken", new Object[0]));
        if (pagina.afspraken().isEmpty()) {
            pdf.regel(tekst.apply("afspraak.geen", new Object[0]));
        }
        pdf.lijst(pagina.afspraken().stream().map(a -> {
            String regel = a.tekst() + " — " + tekst.apply("afspraak.evaluatie-op", new Object[]{datum.format(a.evaluatiedatum())});
            return a.resultaat() == null ? regel : regel + " · "
                    + tekst.apply("afspraak.resultaat." + a.resultaat().name().toLowerCase(Locale.ROOT), new Object[0]) + ": " + a.evaluatie();
        }).toList());
        for (EscalatieStand.Escalatie e : pagina.escalatie().escalaties()) {
            pdf.kop(tekst.apply("escalatie.titel", new Object[0]));
            pdf.veld(tekst.apply("escalatie.gesteld-op", new Object[]{datum.format(e.geescaleerdOp().atZone(Tijdzone.SCHOOL))}), e.vraag());
            List<String> berichten = new ArrayList<>();
            e.berichten().forEach(b -> berichten.add(tekst.apply("bericht." + b.soort().name().toLowerCase(Locale.ROOT), new Object[0])
                    + " (" + b.auteurNaam() + "): " + b.tekst()));
            pdf.lijst(berichten);
            if (!e.open()) {
                String stap = tekst.apply("vervolgstap." + e.vervolgstap().name().toLowerCase(Locale.ROOT), new Object[0]);
                if (e.verwijzing() != null) {
                    stap = stap + " (" + tekst.apply("verwijzing." + e.verwijzing().name().toLowerCase(Locale.ROOT), new Object[0]) + ")";
                }
                pdf.regel(tekst.apply("escalatie.besloten", new Object[]{stap, datum.format(e.vervolgstapDatum()), e.kcNaam()}));
            }
        }
        return pdf.klaar(tekst.apply("casus.pdf.voet", new Object[0]));
    }
}
