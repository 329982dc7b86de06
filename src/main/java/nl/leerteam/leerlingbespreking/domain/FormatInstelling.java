package nl.leerteam.leerlingbespreking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leerteam.leerlingbespreking.Ronde;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** How long a leerteam gives each round of the format, in minutes. */
@Entity
@Table(name = "format_instelling")
public class FormatInstelling {

    @Id
    @Column(name = "leerteam_id", nullable = false, updatable = false)
    private UUID leerteamId;

    @Column(name = "inbreng_minuten", nullable = false)
    private int inbreng;
    @Column(name = "vragen_minuten", nullable = false)
    private int vragen;
    @Column(name = "analyse_minuten", nullable = false)
    private int analyse;
    @Column(name = "ideeen_minuten", nullable = false)
    private int ideeen;
    @Column(name = "afspraken_minuten", nullable = false)
    private int afspraken;
    @Column(name = "afsluiting_minuten", nullable = false)
    private int afsluiting;

    @Version
    private Long version;

    protected FormatInstelling() {
    }

    public FormatInstelling(UUID leerteamId) {
        this.leerteamId = leerteamId;
        zet(standaard());
    }

    public static Map<Ronde, Integer> standaard() {
        Map<Ronde, Integer> minuten = new EnumMap<>(Ronde.class);
        for (Ronde ronde : Ronde.values()) {
            minuten.put(ronde, ronde.standaardMinuten());
        }
        return minuten;
    }

    public Map<Ronde, Integer> minuten() {
        Map<Ronde, Integer> minuten = new EnumMap<>(Ronde.class);
        minuten.put(Ronde.INBRENG, inbreng);
        minuten.put(Ronde.VRAGEN, vragen);
        minuten.put(Ronde.ANALYSE, analyse);
        minuten.put(Ronde.IDEEEN, ideeen);
        minuten.put(Ronde.AFSPRAKEN, afspraken);
        minuten.put(Ronde.AFSLUITING, afsluiting);
        return minuten;
    }

    /** Every round must be present and checked by the caller. */
    public void zet(Map<Ronde, Integer> minuten) {
        inbreng = minuten.get(Ronde.INBRENG);
        vragen = minuten.get(Ronde.VRAGEN);
        analyse = minuten.get(Ronde.ANALYSE);
        ideeen = minuten.get(Ronde.IDEEEN);
        afspraken = minuten.get(Ronde.AFSPRAKEN);
        afsluiting = minuten.get(Ronde.AFSLUITING);
    }

    public UUID getLeerteamId() {
        return leerteamId;
    }

    public Long getVersion() {
        return version;
    }
}
