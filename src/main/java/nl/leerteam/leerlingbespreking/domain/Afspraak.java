package nl.leerteam.leerlingbespreking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.leerteam.leerlingbespreking.EvaluatieResultaat;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An idea the owner chose to try, with the date on which they look back at how it went. */
@Entity
@Table(name = "afspraak")
public class Afspraak extends AbstractEntity {

    @Column(name = "casus_id", nullable = false, updatable = false)
    private UUID casusId;

    @Column(name = "bespreking_id", nullable = false, updatable = false)
    private UUID besprekingId;

    @Column(name = "idee_id", updatable = false)
    private UUID ideeId;

    @Column(nullable = false, length = 1000)
    private String tekst;

    @Column(nullable = false)
    private LocalDate evaluatiedatum;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private EvaluatieResultaat resultaat;

    @Column(length = 2000)
    private String evaluatie;

    @Column(name = "geevalueerd_op")
    private Instant geevalueerdOp;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt;

    protected Afspraak() {
    }

    public Afspraak(UUID casusId, UUID besprekingId, UUID ideeId, String tekst, LocalDate evaluatiedatum, Instant nu) {
        this.casusId = casusId;
        this.besprekingId = besprekingId;
        this.ideeId = ideeId;
        this.tekst = tekst;
        this.evaluatiedatum = evaluatiedatum;
        this.aangemaakt = nu;
    }

    public void evalueer(EvaluatieResultaat resultaat, String evaluatie, Instant nu) {
        this.resultaat = resultaat;
        this.evaluatie = evaluatie;
        this.geevalueerdOp = nu;
    }

    public UUID getCasusId() {
        return casusId;
    }

    public UUID getBesprekingId() {
        return besprekingId;
    }

    public UUID getIdeeId() {
        return ideeId;
    }

    public String getTekst() {
        return tekst;
    }

    public LocalDate getEvaluatiedatum() {
        return evaluatiedatum;
    }

    public EvaluatieResultaat getResultaat() {
        return resultaat;
    }

    public String getEvaluatie() {
        return evaluatie;
    }

    public Instant getAangemaakt() {
        return aangemaakt;
    }
}
