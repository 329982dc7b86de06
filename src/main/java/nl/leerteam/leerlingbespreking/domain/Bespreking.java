package nl.leerteam.leerlingbespreking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One run of a case through the format, led by a facilitator who moves the rounds. */
@Entity
@Table(name = "bespreking")
public class Bespreking extends AbstractEntity {

    @Column(name = "casus_id", nullable = false, updatable = false)
    private UUID casusId;

    @Column(name = "voorzitter_id", nullable = false, updatable = false)
    private UUID voorzitterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Ronde ronde;

    @Column(name = "ronde_gestart", nullable = false)
    private Instant rondeGestart;

    @Column(name = "ronde_minuten", nullable = false)
    private int rondeMinuten;

    @Column(nullable = false, updatable = false)
    private Instant gestart;

    private Instant afgerond;

    protected Bespreking() {
    }

    public Bespreking(UUID casusId, UUID voorzitterId, int minuten, Instant nu) {
        this.casusId = casusId;
        this.voorzitterId = voorzitterId;
        this.gestart = nu;
        naarRonde(Ronde.INBRENG, minuten, nu);
    }

    public void naarRonde(Ronde nieuw, int minuten, Instant nu) {
        this.ronde = nieuw;
        this.rondeMinuten = minuten;
        this.rondeGestart = nu;
    }

    /** Gives the current round more time. */
    public void verleng(int minuten) {
        this.rondeMinuten = Math.min(180, rondeMinuten + minuten);
    }

    public void rondAf(Instant nu) {
        this.afgerond = nu;
    }

    /** When the current round's time is up. */
    public Instant rondeEinde() {
        return rondeGestart.plus(Duration.ofMinutes(rondeMinuten));
    }

    public UUID getCasusId() {
        return casusId;
    }

    public UUID getVoorzitterId() {
        return voorzitterId;
    }

    public Ronde getRonde() {
        return ronde;
    }

    public int getRondeMinuten() {
        return rondeMinuten;
    }

    public Instant getGestart() {
        return gestart;
    }

    public Instant getAfgerond() {
        return afgerond;
    }

    public boolean isLopend() {
        return afgerond == null;
    }
}
