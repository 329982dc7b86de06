package nl.leerteam.leerlingbespreking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.leerteam.leerlingbespreking.Verwijzing;
import nl.leerteam.leerlingbespreking.Vervolgstap;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The owner's question to the school's KC, and the next step the KC records. */
@Entity
@Table(name = "escalatie")
public class Escalatie extends AbstractEntity {

    @Column(name = "casus_id", nullable = false, updatable = false)
    private UUID casusId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    @Column(nullable = false, length = 2000, updatable = false)
    private String vraag;

    @Column(name = "geescaleerd_op", nullable = false, updatable = false)
    private Instant geescaleerdOp;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Vervolgstap vervolgstap;

    @Column(name = "vervolgstap_datum")
    private LocalDate vervolgstapDatum;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Verwijzing verwijzing;

    @Column(name = "kc_id")
    private UUID kcId;

    @Column(name = "vervolgstap_op")
    private Instant vervolgstapOp;

    protected Escalatie() {
    }

    public Escalatie(UUID casusId, UUID schoolId, String vraag, Instant nu) {
        this.casusId = casusId;
        this.schoolId = schoolId;
        this.vraag = vraag;
        this.geescaleerdOp = nu;
    }

    public void besluit(Vervolgstap stap, LocalDate datum, Verwijzing verwijzing, UUID kcId, Instant nu) {
        this.vervolgstap = stap;
        this.vervolgstapDatum = datum;
        this.verwijzing = verwijzing;
        this.kcId = kcId;
        this.vervolgstapOp = nu;
    }

    public boolean isOpen() {
        return vervolgstap == null;
    }

    public UUID getCasusId() {
        return casusId;
    }

    public UUID getSchoolId() {
        return schoolId;
    }

    public String getVraag() {
        return vraag;
    }

    public Instant getGeescaleerdOp() {
        return geescaleerdOp;
    }

    public Vervolgstap getVervolgstap() {
        return vervolgstap;
    }

    public LocalDate getVervolgstapDatum() {
        return vervolgstapDatum;
    }

    public Verwijzing getVerwijzing() {
        return verwijzing;
    }

    public UUID getKcId() {
        return kcId;
    }
}
