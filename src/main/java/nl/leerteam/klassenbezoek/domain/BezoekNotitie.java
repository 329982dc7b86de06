package nl.leerteam.klassenbezoek.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A quick note during the observation; its time is filled in by itself. */
@Entity
@Table(name = "bezoek_notitie")
public class BezoekNotitie {

    @Id
    private UUID id = UUID.randomUUID();
    @Column(name = "bezoek_id", nullable = false, updatable = false)
    private UUID bezoekId;
    @Column(nullable = false, updatable = false)
    private Instant tijdstip;
    @Column(nullable = false, length = 1000, updatable = false)
    private String tekst;

    protected BezoekNotitie() {
    }

    public BezoekNotitie(UUID bezoekId, Instant tijdstip, String tekst) {
        this.bezoekId = bezoekId;
        this.tijdstip = tijdstip;
        this.tekst = tekst;
    }

    public UUID getId() { return id; }
    public Instant getTijdstip() { return tijdstip; }
    public String getTekst() { return tekst; }
}
