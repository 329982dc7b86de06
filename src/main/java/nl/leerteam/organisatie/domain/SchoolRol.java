package nl.leerteam.organisatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.leerteam.shared.security.Rol;

import java.util.UUID;

/** One role of a person at one school. */
@Embeddable
public record SchoolRol(@Column(name = "school_id", nullable = false) UUID schoolId,
                        @Column(name = "bestuur_id", nullable = false) UUID bestuurId,
                        @Enumerated(EnumType.STRING) @Column(name = "rol", nullable = false, length = 20) Rol rol) {

    public SchoolRol {
        if (!rol.isSchoolRol()) {
            throw new IllegalArgumentException(rol + " is not a school role");
        }
    }
}
