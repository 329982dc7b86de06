package nl.leerteam.meldingen;

import nl.leerteam.shared.melding.Melding;
import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.shared.melding.Ruimte;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The module's tables: notifications, preferences and unsubscribe keys. Only this module's services call it. */
@Component
class MeldingOpslag {

    /** A stored notification: ids and moments. */
    record Rij(UUID id, UUID ontvanger, Meldingsoort soort, UUID doel, UUID door, Instant aangemaakt, Instant gelezen) {
    }

    /** Who an unsubscribe key was made for, and for which mail. */
    record Sleutel(UUID gebruiker, Ruimte ruimte, Kanaal kanaal) {
    }

    enum Kanaal {
        DIRECT, SAMENVATTING
    }

    private static final String KOLOMMEN = "id, ontvanger_id, soort, doel_id, door_id, aangemaakt, gelezen_op";
    private static final RowMapper<Rij> RIJ = (r, i) -> new Rij(r.getObject("id", UUID.class), r.getObject("ontvanger_id", UUID.class),
            Meldingsoort.valueOf(r.getString("soort")), r.getObject("doel_id", UUID.class), r.getObject("door_id", UUID.class),
            r.getTimestamp("aangemaakt").toInstant(), r.getTimestamp("gelezen_op") == null ? null : r.getTimestamp("gelezen_op").toInstant());

    private final JdbcTemplate jdbc;

    MeldingOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the notification for each receiver; those told already (the same key) are skipped. Who got one. */
    Set<UUID> toevoegen(Melding melding, Set<UUID> ontvangers, Set<UUID> direct, Instant nu) {
        Set<UUID> nieuw = new HashSet<>();
        for (UUID ontvanger : ontvangers) {
            int rijen = jdbc.update("""
                    insert into melding (id, ontvanger_id, soort, ruimte, doel_id, door_id, uniek, aangemaakt, direct)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (ontvanger_id, soort, doel_id, uniek) where uniek is not null do nothing""",
                    UUID.randomUUID(), ontvanger, melding.soort().name(), melding.soort().ruimte().name(), melding.doel(), melding.door(),
                    melding.uniek(), Timestamp.from(nu), direct.contains(ontvanger));
            if (rijen == 1) {
                nieuw.add(ontvanger);
            }
        }
        return nieuw;
    }

    List<Rij> recent(UUID ontvanger, int hoogstens) {
        return jdbc.query("select " + KOLOMMEN + " from melding where ontvanger_id = ? order by aangemaakt desc limit ?", RIJ,
                ontvanger, hoogstens);
    }

    List<Rij> ongelezen(UUID ontvanger, int hoogstens) {
        return jdbc.query("select " + KOLOMMEN + " from melding where ontvanger_id = ? and gelezen_op is null order by aangemaakt desc limit ?",
                RIJ, ontvanger, hoogstens);
    }

    boolean gelezen(UUID ontvanger, UUID id, Instant nu) {
        return jdbc.update("update melding set gelezen_op = ? where id = ? and ontvanger_id = ? and gelezen_op is null",
                Timestamp.from(nu), id, ontvanger) == 1;
    }

    int allesGelezen(UUID ontvanger, Instant nu) {
        return jdbc.update("update melding set gelezen_op = ? where ontvanger_id = ? and gelezen_op is null", Timestamp.from(nu), ontvanger);
    }

    Map<Ruimte, Voorkeur> voorkeuren(UUID gebruiker) {
        Map<Ruimte, Voorkeur> voorkeuren = new EnumMap<>(Ruimte.class);
        for (Ruimte r : Ruimte.values()) {
            voorkeuren.put(r, Voorkeur.standaard(r));
        }
        jdbc.query("select ruimte, direct, samenvatting from melding_voorkeur where gebruiker_id = ?", rij -> {
            Ruimte r = Ruimte.valueOf(rij.getString("ruimte"));
            voorkeuren.put(r, new Voorkeur(r, rij.getBoolean("direct"), Samenvatting.valueOf(rij.getString("samenvatting"))));
        }, gebruiker);
        return voorkeuren;
    }

    void voorkeurOpslaan(UUID gebruiker, Voorkeur voorkeur) {
        jdbc.update("""
                insert into melding_voorkeur (gebruiker_id, ruimte, direct, samenvatting) values (?, ?, ?, ?)
                on conflict (gebruiker_id, ruimte) do update set direct = excluded.direct, samenvatting = excluded.samenvatting""",
                gebruiker, voorkeur.ruimte().name(), voorkeur.direct(), voorkeur.samenvatting().name());
    }

    /** The notifications whose mail is due now, locked for this node: waiting, at most a day old, fewer than five tries. */
    List<Rij> teMailen(Instant nu, int hoogstens) {
        return jdbc.query("select " + KOLOMMEN + " from melding where direct and afgehandeld_op is null and aangemaakt > ?"
                        + " and mailpogingen < 5 order by aangemaakt limit ? for update skip locked", RIJ,
                Timestamp.from(nu.minus(java.time.Duration.ofDays(1))), hoogstens);
    }

    void afgehandeld(UUID id, Instant nu) {
        jdbc.update("update melding set afgehandeld_op = ? where id = ?", Timestamp.from(nu), id);
    }

    void mislukt(UUID id, Instant nu) {
        jdbc.update("update melding set mailpogingen = mailpogingen + 1,"
                + " afgehandeld_op = case when mailpogingen + 1 >= 5 then ?::timestamptz end where id = ?", Timestamp.from(nu), id);
    }

    /** The people and spaces with a digest of this frequency that may have something new since {@code sinds}. */
    List<Map.Entry<UUID, Ruimte>> voorSamenvatting(Samenvatting frequentie, Instant sinds) {
        String standaard = Voorkeur.standaard(Ruimte.LEERTEAM).samenvatting().name();
        return jdbc.query("""
                select distinct m.ontvanger_id, m.ruimte from melding m
                left join melding_voorkeur v on v.gebruiker_id = m.ontvanger_id and v.ruimte = m.ruimte
                where coalesce(v.samenvatting, ?) = ? and m.aangemaakt > greatest(?, coalesce(v.samenvatting_tot, '-infinity'))
                  and not (m.direct and m.afgehandeld_op is not null)""",
                (r, i) -> Map.entry(r.getObject(1, UUID.class), Ruimte.valueOf(r.getString(2))),
                standaard, frequentie.name(), Timestamp.from(sinds));
    }

    /** What a digest tells: the space's notifications after {@code sinds} and the last digest, not mailed already. */
    List<Rij> voorSamenvatting(UUID ontvanger, Ruimte ruimte, Instant sinds) {
        return jdbc.query("select " + KOLOMMEN + " from melding m where ontvanger_id = ? and ruimte = ? and aangemaakt > greatest(?,"
                        + " coalesce((select samenvatting_tot from melding_voorkeur v where v.gebruiker_id = m.ontvanger_id"
                        + " and v.ruimte = m.ruimte), '-infinity')) and not (direct and afgehandeld_op is not null) order by aangemaakt desc",
                RIJ, ontvanger, ruimte.name(), Timestamp.from(sinds));
    }

    void samenvattingVerstuurd(UUID gebruiker, Ruimte ruimte, Instant tot) {
        Voorkeur standaard = Voorkeur.standaard(ruimte);
        jdbc.update("""
                insert into melding_voorkeur (gebruiker_id, ruimte, direct, samenvatting, samenvatting_tot) values (?, ?, ?, ?, ?)
                on conflict (gebruiker_id, ruimte) do update set samenvatting_tot = excluded.samenvatting_tot""",
                gebruiker, ruimte.name(), standaard.direct(), standaard.samenvatting().name(), Timestamp.from(tot));
    }

    void sleutelBewaren(String hash, Sleutel sleutel, Instant nu) {
        jdbc.update("insert into afmeldsleutel (sleutel_hash, gebruiker_id, ruimte, kanaal, aangemaakt) values (?, ?, ?, ?, ?)",
                hash, sleutel.gebruiker(), sleutel.ruimte().name(), sleutel.kanaal().name(), Timestamp.from(nu));
    }

    Optional<Sleutel> sleutel(String hash, Instant nietVoor) {
        return jdbc.query("select gebruiker_id, ruimte, kanaal from afmeldsleutel where sleutel_hash = ? and aangemaakt > ?",
                (r, i) -> new Sleutel(r.getObject(1, UUID.class), Ruimte.valueOf(r.getString(2)), Kanaal.valueOf(r.getString(3))),
                hash, Timestamp.from(nietVoor)).stream().findFirst();
    }

    int oudeSleutelsWeg(Instant voor) {
        return jdbc.update("delete from afmeldsleutel where aangemaakt < ?", Timestamp.from(voor));
    }

    /** Everything kept for an erased person. */
    void wis(UUID gebruiker) {
        jdbc.update("delete from melding where ontvanger_id = ?", gebruiker);
        jdbc.update("delete from melding_voorkeur where gebruiker_id = ?", gebruiker);
        jdbc.update("delete from afmeldsleutel where gebruiker_id = ?", gebruiker);
    }

    static List<UUID> doelen(Collection<Rij> rijen) {
        return new ArrayList<>(rijen.stream().map(Rij::doel).distinct().toList());
    }
}
