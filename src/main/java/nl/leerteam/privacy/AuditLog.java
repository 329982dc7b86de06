package nl.leerteam.privacy;

import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The append-only record of who read or changed pupil-case and observation data. It holds who,
 * when, what kind of thing and its id, never the content: a note may only be a short code such as
 * the kinds of privacy findings. The database refuses every update and delete of it.
 */
@Service
public class AuditLog {

    private static final Pattern TOELICHTING = Pattern.compile("[A-Z_]+(,[A-Z_]+)*");
    private static final Pattern ONDERWERP = Pattern.compile("[A-Z_]{1,40}");

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records what the logged-in person did, in the caller's transaction (so a rolled-back change leaves no line). */
    @PreAuthorize("isAuthenticated()")
    public void registreer(AuditActie actie, String onderwerp, UUID onderwerpId, String toelichting) {
        LeerteamPrincipal door = CurrentUser.require();
        schrijf(door.bestuurId(), door.gebruikerId(), actie, onderwerp, onderwerpId, toelichting);
    }

    /** Records what Leerteam itself did (a retention deletion), for the given board. */
    @PreAuthorize("hasRole('SYSTEEM')")
    public void registreerDoorSysteem(UUID bestuurId, AuditActie actie, String onderwerp, UUID onderwerpId) {
        schrijf(bestuurId, null, actie, onderwerp, onderwerpId, null);
    }

    /**
     * Records a change of someone's roles or memberships: by the logged-in person, or by Leerteam
     * itself (its installation administrator's invitation), about the person {@code betreft}.
     */
    @PreAuthorize("isAuthenticated()")
    public void registreerOver(UUID bestuurId, UUID betreft, AuditActie actie, String onderwerp, UUID onderwerpId,
                               String toelichting) {
        LeerteamPrincipal door = CurrentUser.require();
        schrijf(bestuurId, door.gebruikerId(), actie, onderwerp, onderwerpId, toelichting, betreft);
    }

    /** The lines about one thing, oldest first; the caller's service decides who may see them. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditRegel> over(String onderwerp, UUID onderwerpId) {
        return jdbc.query(KOLOMMEN + "where onderwerp = ? and onderwerp_id = ? order by moment, id", AuditLog::regel,
                onderwerp, onderwerpId);
    }

    /**
     * Who else read one thing (a case, a visit): the reads by anyone but {@code ik}, newest first, at most {@code hoogstens};
     * the caller's service decides who may see them (the owner).
     */
    @PreAuthorize("isAuthenticated()")
    public List<AuditRegel> gelezenDoorAnderen(String onderwerp, UUID onderwerpId, UUID ik, int hoogstens) {
        return jdbc.query(KOLOMMEN + "where onderwerp = ? and onderwerp_id = ? and actie = ? and gebruiker_id <> ? "
                + "order by moment desc, id desc limit ?", AuditLog::regel, onderwerp, onderwerpId, AuditActie.GELEZEN.name(), ik,
                hoogstens);
    }

    /** The role and membership changes that concern one person, newest first; the caller decides who may see them. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditRegel> overPersoon(UUID betreft, int hoogstens) {
        return jdbc.query(KOLOMMEN + "where betreft_id = ? order by moment desc, id desc limit ?", AuditLog::regel,
                betreft, hoogstens);
    }

    /** The lines of one kind about some things (such as the role changes at some schools), newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditRegel> recent(String onderwerp, Collection<UUID> onderwerpIds, int hoogstens) {
        if (onderwerpIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(KOLOMMEN + "where onderwerp = ? and onderwerp_id = any (?) order by moment desc, id desc limit ?",
                AuditLog::regel, onderwerp, onderwerpIds.toArray(UUID[]::new), hoogstens);
    }

    private static final String KOLOMMEN =
            "select moment, gebruiker_id, actie, onderwerp, onderwerp_id, toelichting, betreft_id from audit_log ";

    private static AuditRegel regel(ResultSet row, int i) throws SQLException {
        return new AuditRegel(row.getTimestamp(1).toInstant(), row.getObject(2, UUID.class),
                AuditActie.valueOf(row.getString(3)), row.getString(4), row.getObject(5, UUID.class), row.getString(6),
                row.getObject(7, UUID.class));
    }

    void schrijf(UUID bestuurId, UUID gebruikerId, AuditActie actie, String onderwerp, UUID onderwerpId, String toelichting) {
        schrijf(bestuurId, gebruikerId, actie, onderwerp, onderwerpId, toelichting, null);
    }

    private void schrijf(UUID bestuurId, UUID gebruikerId, AuditActie actie, String onderwerp, UUID onderwerpId,
                         String toelichting, UUID betreft) {
        if (!ONDERWERP.matcher(onderwerp).matches()) {
            throw new IllegalArgumentException("An audit subject is a code such as CASUS");
        }
        if (toelichting != null && (toelichting.length() > 200 || !TOELICHTING.matcher(toelichting).matches())) {
            throw new IllegalArgumentException("An audit note holds codes only, never text");
        }
        jdbc.update("insert into audit_log (moment, bestuur_id, gebruiker_id, actie, onderwerp, onderwerp_id, toelichting, "
                        + "betreft_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
                new Timestamp(System.currentTimeMillis()), bestuurId, gebruikerId, actie.name(), onderwerp, onderwerpId,
                toelichting, betreft);
    }
}
