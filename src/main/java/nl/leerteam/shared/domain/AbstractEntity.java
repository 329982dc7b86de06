package nl.leerteam.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.util.Objects;
import java.util.UUID;

/**
 * Ids are assigned in Java so that an entity has its identity before it is saved (events, links),
 * and are random so that an id says nothing about how many rows another school has.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @Column(nullable = false, updatable = false)
    private UUID id = UUID.randomUUID();

    @Version
    private Long version;

    public UUID getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(other)) {
            return false;
        }
        return Objects.equals(id, ((AbstractEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
