package nl.leerteam.organisatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** Membership of a leerteam; carries the board like every tenant-owned row. */
@Embeddable
public record LeerteamLid(@Column(name = "gebruiker_id", nullable = false) UUID gebruikerId,
                          @Column(name = "bestuur_id", nullable = false) UUID bestuurId) {
}
