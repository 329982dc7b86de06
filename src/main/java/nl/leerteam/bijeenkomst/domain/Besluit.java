package nl.leerteam.bijeenkomst.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A decision taken on an agenda item. */
@Entity
@Table(name = "besluit")
public class Besluit {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "agendapunt_id", nullable = false, updatable = false)
    private UUID agendapuntId;

    @Column(nullable = false, length = 1000, updatable = false)
    private String tekst;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt;

    protected Besluit() {
    }

    public Besluit(UUID agendapuntId, String tekst, Instant nu) {
        this.agendapuntId = agendapuntId;
        this.tekst = tekst;
        this.aangemaakt = nu;
    }

    public UUID getId() {
        return id;
    }

    public UUID getAgendapuntId() {
        return agendapuntId;
    }

    public String getTekst() {
        return tekst;
    }
}
