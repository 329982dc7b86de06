package nl.leerteam.klassenbezoek.domain;

import nl.leerteam.shared.domain.Schooljaar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The counts a removed visit leaves in its school picture: per school and half school year, how many visits and per
 * criterion how often it was seen. A visit is added once, just before the retention job removes it; what stays holds no
 * teacher, no date and no text.
 */
@Repository
public class SchoolbeeldArchief {

    private final JdbcTemplate jdbc;

    SchoolbeeldArchief(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the observed visit's counts to its school's half year; a visit that never got to its observation adds nothing. */
    public void bewaarTellingen(Klassenbezoek bezoek) {
        if (bezoek.getStatus() != nl.leerteam.klassenbezoek.BezoekStatus.AFGEROND
                && bezoek.getStatus() != nl.leerteam.klassenbezoek.BezoekStatus.NAGESPREK) {
            return;
        }
        LocalDate periode = helftVan(bezoek.getDatum());
        jdbc.update("""
                insert into schoolbeeld_archief_bezoeken (school_id, bestuur_id, periode_van, bezoeken) values (?, ?, ?, 1)
                on conflict (school_id, periode_van) do update set bezoeken = schoolbeeld_archief_bezoeken.bezoeken + 1""",
                bezoek.getSchoolId(), bezoek.getBestuurId(), periode);
        jdbc.update("""
                insert into schoolbeeld_archief (school_id, bestuur_id, periode_van, criterium_id, bezoeken, gezien, deels,
                                                 niet_gezien, nvt)
                select ?, ?, ?, f.criterium_id, 1, (f.waarneming = 'GEZIEN')::int, (f.waarneming = 'DEELS')::int,
                       (f.waarneming = 'NIET_GEZIEN')::int, (f.waarneming = 'NVT')::int
                from bezoek_focus f where f.bezoek_id = ? and f.waarneming is not null
                on conflict (school_id, periode_van, criterium_id) do update set
                    bezoeken = schoolbeeld_archief.bezoeken + 1, gezien = schoolbeeld_archief.gezien + excluded.gezien,
                    deels = schoolbeeld_archief.deels + excluded.deels,
                    niet_gezien = schoolbeeld_archief.niet_gezien + excluded.niet_gezien,
                    nvt = schoolbeeld_archief.nvt + excluded.nvt""",
                bezoek.getSchoolId(), bezoek.getBestuurId(), periode, bezoek.getId());
    }

    /**
     * The kept counts per criterion of the halves that start between {@code van} and {@code tot}: visits, seen, partly,
     * not seen, not applicable.
     */
    public Map<UUID, long[]> tellingen(UUID schoolId, LocalDate van, LocalDate tot) {
        Map<UUID, long[]> tellingen = new HashMap<>();
        jdbc.query("""
                select criterium_id, sum(bezoeken), sum(gezien), sum(deels), sum(niet_gezien), sum(nvt)
                from schoolbeeld_archief where school_id = ? and periode_van between ? and ? group by criterium_id""",
                rij -> {
                    tellingen.put(rij.getObject(1, UUID.class), new long[]{rij.getLong(2), rij.getLong(3), rij.getLong(4),
                            rij.getLong(5), rij.getLong(6)});
                }, schoolId, van, tot);
        return tellingen;
    }

    public long aantalBezoeken(UUID schoolId, LocalDate van, LocalDate tot) {
        Long aantal = jdbc.queryForObject("""
                select coalesce(sum(bezoeken), 0) from schoolbeeld_archief_bezoeken
                where school_id = ? and periode_van between ? and ?""", Long.class, schoolId, van, tot);
        return aantal == null ? 0 : aantal;
    }

    /** The first day of the half school year a date falls in: the periods the school picture is shown for. */
    static LocalDate helftVan(LocalDate datum) {
        Schooljaar jaar = Schooljaar.van(datum);
        return datum.isAfter(jaar.tot(Schooljaar.Periode.EERSTE_HELFT)) ? jaar.van(Schooljaar.Periode.TWEEDE_HELFT)
                : jaar.van(Schooljaar.Periode.EERSTE_HELFT);
    }
}
