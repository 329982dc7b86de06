package nl.leerteam.bijeenkomst.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.shared.domain.AbstractEntity;

import java.util.UUID;

/** An item on a meeting's agenda, with the notes taken while it was discussed. */
@Entity
@Table(name = "agendapunt")
// an item taken off the agenda is kept, with what was written on it, until it is put back
@org.hibernate.annotations.SQLRestriction("verwijderd is null")
public class Agendapunt extends AbstractEntity {

    @Column(name = "bijeenkomst_id", nullable = false, updatable = false)
    private UUID bijeenkomstId;

    @Column(nullable = false)
    private int volgorde;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AgendapuntSoort soort;

    @Column(name = "casus_id", updatable = false)
    private UUID casusId;

    @Column(name = "trendgesprek_id", updatable = false)
    private UUID trendgesprekId;

    /** The practice card or question to peers the item is about; the platform answers for it. */
    @Column(name = "verwijzing_id", updatable = false)
    private UUID verwijzingId;

    @Column(nullable = false, length = 200)
    private String titel;

    @Column(length = 20000)
    private String notities;

    @Column(name = "verwijderd")
    private java.time.Instant verwijderd;

    @Column(name = "verwijderd_door")
    private UUID verwijderdDoor;

    protected Agendapunt() {
    }

    public Agendapunt(UUID bijeenkomstId, int volgorde, AgendapuntSoort soort, UUID casusId, String titel) {
        this.bijeenkomstId = bijeenkomstId;
        this.volgorde = volgorde;
        this.soort = soort;
        this.casusId = casusId;
        this.titel = titel;
    }

    /** A trend discussion of the school on the agenda: it runs live in the meeting. */
    public static Agendapunt trendgesprek(UUID bijeenkomstId, int volgorde, UUID trendgesprekId, String titel) {
        Agendapunt punt = new Agendapunt(bijeenkomstId, volgorde, AgendapuntSoort.TRENDGESPREK, null, titel);
        punt.trendgesprekId = trendgesprekId;
        return punt;
    }

    /** An item about something of the KC-platform (a card, a question), kept by reference with its title of the moment. */
    public static Agendapunt verwijzing(UUID bijeenkomstId, int volgorde, AgendapuntSoort soort, UUID verwijzingId, String titel) {
        Agendapunt punt = new Agendapunt(bijeenkomstId, volgorde, soort, null, titel);
        punt.verwijzingId = verwijzingId;
        return punt;
    }

    public UUID getVerwijzingId() {
        return verwijzingId;
    }

    public void schrijfNotities(String notities) {
        this.notities = notities;
    }

    /** Takes the item off the agenda; its notes, decisions and action items stay, to be put back. */
    public void verwijder(UUID door, java.time.Instant moment) {
        this.verwijderd = moment;
        this.verwijderdDoor = door;
    }

    public void zetVolgorde(int volgorde) {
        this.volgorde = volgorde;
    }

    public UUID getBijeenkomstId() {
        return bijeenkomstId;
    }

    public int getVolgorde() {
        return volgorde;
    }

    public AgendapuntSoort getSoort() {
        return soort;
    }

    public UUID getCasusId() {
        return casusId;
    }

    public UUID getTrendgesprekId() {
        return trendgesprekId;
    }

    public String getTitel() {
        return titel;
    }

    public String getNotities() {
        return notities;
    }
}
