package nl.leerteam.organisatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;

/** A school board (stichting): the tenant. */
@Entity
@Table(name = "bestuur")
public class Bestuur extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String naam;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt = Instant.now();

    @Column(name = "bewaartermijn_maanden", nullable = false)
    private int bewaartermijnMaanden = 12;

    @Column(name = "bezoek_bewaartermijn_maanden", nullable = false)
    private int bezoekBewaartermijnMaanden = 24;

    protected Bestuur() {
    }

    public Bestuur(String naam) {
        this.naam = naam;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public Instant getAangemaakt() {
        return aangemaakt;
    }

    public int getBewaartermijnMaanden() {
        return bewaartermijnMaanden;
    }

    public void setBewaartermijnMaanden(int maanden) {
        this.bewaartermijnMaanden = maanden;
    }

    public int getBezoekBewaartermijnMaanden() {
        return bezoekBewaartermijnMaanden;
    }

    public void setBezoekBewaartermijnMaanden(int maanden) {
        this.bezoekBewaartermijnMaanden = maanden;
    }
}
