package nl.leerteam.meldingen;

import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.melding.Meldingbron;
import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.shared.zoeken.Zoeker;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Makes stored notifications into what their reader sees, now: each module is asked once per kind which of its things
 * the reader may still read, and what they are called; the rest is not shown (nor counted, nor mailed).
 */
@Component
class Meldingweergave {

    /** A notification its reader may still read, with what the module calls its subject. */
    record Getoond(MeldingOpslag.Rij rij, Meldingbron.Doel doel) {
    }

    private final Map<Meldingsoort, Meldingbron> bronnen = new EnumMap<>(Meldingsoort.class);
    private final LeerteamI18NProvider i18n;

    Meldingweergave(List<Meldingbron> bronnen, LeerteamI18NProvider i18n) {
        for (Meldingbron bron : bronnen) {
            bron.soorten().forEach(soort -> {
                if (this.bronnen.put(soort, bron) != null) {
                    throw new IllegalStateException("Two modules answer for notifications of kind " + soort);
                }
            });
        }
        this.i18n = i18n;
    }

    /** Of {@code rijen}, in their order, those {@code lezer} may read now; titles in {@code taal}. */
    List<Getoond> toon(Zoeker lezer, List<MeldingOpslag.Rij> rijen, Locale taal) {
        if (lezer.bestuurId() == null || rijen.isEmpty()) {
            return List.of();
        }
        Map<Meldingsoort, List<MeldingOpslag.Rij>> perSoort = rijen.stream()
                .collect(Collectors.groupingBy(MeldingOpslag.Rij::soort, LinkedHashMap::new, Collectors.toList()));
        Map<Meldingsoort, Map<UUID, Meldingbron.Doel>> doelen = new EnumMap<>(Meldingsoort.class);
        perSoort.forEach((soort, van) -> {
            Meldingbron bron = bronnen.get(soort);
            doelen.put(soort, bron == null ? Map.of() : bron.doelen(lezer, soort, MeldingOpslag.doelen(van), taal));
        });
        List<Getoond> getoond = new ArrayList<>();
        for (MeldingOpslag.Rij rij : rijen) {
            Meldingbron.Doel doel = doelen.get(rij.soort()).get(rij.doel());
            if (doel != null) {
                getoond.add(new Getoond(rij, doel));
            }
        }
        return getoond;
    }

    /** The sentence of a notification in {@code taal}: who did it ({@code door}, or Leerteam) and to what. */
    String zin(Getoond melding, String door, Locale taal) {
        String wie = door == null ? i18n.getTranslation("melding.door-leerteam", taal) : door;
        return i18n.getTranslation("melding." + melding.rij().soort().name().toLowerCase(Locale.ROOT), taal, wie, melding.doel().titel());
    }

    String tekst(String sleutel, Locale taal, Object... waarden) {
        return i18n.getTranslation(sleutel, taal, waarden);
    }
}
