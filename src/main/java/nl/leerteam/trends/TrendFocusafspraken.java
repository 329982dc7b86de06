package nl.leerteam.trends;

import nl.leerteam.shared.domain.Focusafspraken;
import nl.leerteam.trends.domain.TrendgesprekOpslag;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The criteria that running interventions of a school's trend discussions ask its classroom visits to look at. */
@Component
class TrendFocusafspraken implements Focusafspraken {

    private final TrendToegang toegang;
    private final TrendgesprekOpslag opslag;
    private final Clock clock;

    TrendFocusafspraken(TrendToegang toegang, TrendgesprekOpslag opslag, Clock clock) {
        this.toegang = toegang;
        this.opslag = opslag;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> vanSchool(UUID schoolId) {
        if (toegang.scholen().stream().noneMatch(s -> s.schoolId().equals(schoolId))) {
            return Map.of();
        }
        Map<UUID, String> afspraken = new LinkedHashMap<>();
        for (TrendgesprekOpslag.Interventie i : opslag.lopendMetCriteria(schoolId, LocalDate.now(clock))) {
            i.criteria().forEach(c -> afspraken.putIfAbsent(c, i.wat()));
        }
        return afspraken;
    }
}
