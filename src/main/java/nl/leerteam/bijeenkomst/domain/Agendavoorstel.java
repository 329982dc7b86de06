package nl.leerteam.bijeenkomst.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Something a member would like on the next agenda; it waits there until a member puts it on an agenda. */
@Entity
@Table(name = "agendavoorstel")
public class Agendavoorstel {

    @Id
    private UUID id = UUID.randomUUID();
    @Column(name = "bestuur_id", nullable = false, updatable = false)
    private UUID bestuurId;
    @Column(name = "leerteam_id", nullable = false, updatable = false)
    private UUID leerteamId;
    @Column(nullable = false, length = 200, updatable = false)
    private String titel;
    @Column(length = 2000, updatable = false)
    private String toelichting;
    @Column(name = "door_id", nullable = false, updatable = false)
    private UUID doorId;
    @Column(nullable = false, updatable = false)
    private Instant aangemaakt;
    @Column(name = "agendapunt_id")
    private UUID agendapuntId;
    @Column(nullable = false)
    private boolean verwerkt;

    protected Agendavoorstel() {
    }

    public Agendavoorstel(UUID bestuurId, UUID leerteamId, String titel, String toelichting, UUID doorId, Instant nu) {
        this.bestuurId = bestuurId;
        this.leerteamId = leerteamId;
        this.titel = titel;
        this.toelichting = toelichting;
        this.doorId = doorId;
        this.aangemaakt = nu;
    }

    public void opAgenda(UUID agendapuntId) {
        this.agendapuntId = agendapuntId;
        this.verwerkt = true;
    }

    public UUID getId() { return id; }
    public UUID getLeerteamId() { return leerteamId; }
    public String getTitel() { return titel; }
    public String getToelichting() { return toelichting; }
    public UUID getDoorId() { return doorId; }
    public boolean isVerwerkt() { return verwerkt; }
}
