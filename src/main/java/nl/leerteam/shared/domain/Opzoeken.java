package nl.leerteam.shared.domain;

import org.springframework.data.repository.CrudRepository;
import org.springframework.security.access.AccessDeniedException;

import java.util.Optional;
import java.util.UUID;

/**
 * Looking a row up by an id that came from a URL or a form. A missing, unknown or foreign id all
 * read the same: "not found or no access", so an id never tells whether something exists.
 */
public final class Opzoeken {

    private Opzoeken() {
    }

    public static <T> Optional<T> opId(CrudRepository<T, UUID> repository, UUID id) {
        return id == null ? Optional.empty() : repository.findById(id);
    }

    public static <T> T verplicht(CrudRepository<T, UUID> repository, UUID id) {
        return opId(repository, id).orElseThrow(Opzoeken::geweigerd);
    }

    public static AccessDeniedException geweigerd() {
        return new AccessDeniedException("Not found or no access");
    }
}
