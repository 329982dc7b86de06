package nl.leerteam.privacy;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one module holds about the logged-in person as themselves, for the export a person downloads from their profile
 * page (the AVG's right of access and to data portability). Each module answers for its own tables: what the person
 * wrote, what they own, where they take part; never another person's name or text.
 */
public interface MijnGegevens {

    /** The sections of this module about the person {@code ik}; a section without rows is left out of the export. */
    List<Onderdeel> over(UUID ik);

    /**
     * One section of the export.
     *
     * @param sleutel its name in the export and the last part of its title's translation key ({@code export.onderdeel.…})
     * @param rijen   its rows, column name to a value that reads the same in JSON and on paper
     */
    record Onderdeel(String sleutel, List<Map<String, Object>> rijen) {

        public Onderdeel {
            rijen = List.copyOf(rijen);
        }

        /** A section read with one query; dates, times, ids and arrays become text. */
        public static Onderdeel uit(JdbcTemplate jdbc, String sleutel, String sql, Object... parameters) {
            return new Onderdeel(sleutel, jdbc.queryForList(sql, parameters).stream().map(Onderdeel::leesbaar).toList());
        }

        private static Map<String, Object> leesbaar(Map<String, Object> rij) {
            Map<String, Object> uit = new LinkedHashMap<>();
            rij.forEach((kolom, waarde) -> uit.put(kolom, switch (waarde) {
                case null -> null;
                case Timestamp moment -> moment.toInstant().toString();
                case java.sql.Date datum -> datum.toLocalDate().toString();
                case java.sql.Time tijd -> tijd.toLocalTime().toString();
                case UUID id -> id.toString();
                case Array reeks -> reeks(reeks);
                case String tekst -> tekst;
                case Number getal -> getal;
                case Boolean waar -> waar;
                default -> waarde.toString();
            }));
            return uit;
        }

        private static List<String> reeks(Array reeks) {
            try {
                return Arrays.stream((Object[]) reeks.getArray()).map(String::valueOf).toList();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
