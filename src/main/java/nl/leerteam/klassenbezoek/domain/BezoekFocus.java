package nl.leerteam.klassenbezoek.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import nl.leerteam.klassenbezoek.Waarneming;

import java.io.Serializable;
import java.util.UUID;

/**
 * A criterion chosen in the voorgesprek and what the observer saw of it. Saved field by field as
 * the observer works, so it carries no version: one observer writes it.
 */
@Entity
@Table(name = "bezoek_focus")
@IdClass(BezoekFocus.Sleutel.class)
public class BezoekFocus {

    public record Sleutel(UUID bezoekId, UUID criteriumId) implements Serializable {
        public Sleutel() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "bezoek_id")
    private UUID bezoekId;
    @Id
    @Column(name = "criterium_id")
    private UUID criteriumId;
    @Column(nullable = false)
    private int volgorde;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Waarneming waarneming;
    @Column(length = 4000)
    private String notitie;

    protected BezoekFocus() {
    }

    public BezoekFocus(UUID bezoekId, UUID criteriumId, int volgorde) {
        this.bezoekId = bezoekId;
        this.criteriumId = criteriumId;
        this.volgorde = volgorde;
    }

    public void waarneem(Waarneming waarneming) { this.waarneming = waarneming; }
    public void noteer(String notitie) { this.notitie = notitie; }
    public UUID getBezoekId() { return bezoekId; }
    public UUID getCriteriumId() { return criteriumId; }
    public int getVolgorde() { return volgorde; }
    public Waarneming getWaarneming() { return waarneming; }
    public String getNotitie() { return notitie; }
}
