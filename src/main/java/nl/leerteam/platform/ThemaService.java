package nl.leerteam.platform;

import nl.leerteam.platform.PlatformGebeurtenis.ThemaGewijzigd;
import nl.leerteam.platform.domain.KaartOpslag;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** The board's vocabulary of themes for practice cards: board staff keep it, everybody of the board reads it. */
@Service
@Transactional
public class ThemaService {

    public static final int MAX_NAAM = 60;
    public static final int MAX_THEMAS = 100;

    private final KaartOpslag opslag;
    private final ApplicationEventPublisher gebeurtenissen;

    ThemaService(KaartOpslag opslag, ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.gebeurtenissen = gebeurtenissen;
    }

    public record Thema(UUID id, String naam) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Thema> themas() {
        return opslag.themas(bestuur()).stream().map(t -> new Thema(t.id(), t.naam())).toList();
    }

    @PreAuthorize("hasRole('BESTUURDER')")
    public UUID toevoegen(String naam) {
        UUID bestuur = bestuur();
        String schoon = Tekst.verplicht("naam", naam, MAX_NAAM);
        if (opslag.themaBestaat(bestuur, schoon)) {
            throw new InvoerFout("naam", "platform.thema.bestaat");
        }
        if (opslag.themas(bestuur).size() >= MAX_THEMAS) {
            throw new InvoerFout("naam", "fout.te-veel", MAX_THEMAS);
        }
        UUID id = opslag.themaToevoegen(bestuur, schoon);
        gebeurtenissen.publishEvent(new ThemaGewijzigd(bestuur, id));
        return id;
    }

    /** Removes a theme; the cards that carried it no longer do. */
    @PreAuthorize("hasRole('BESTUURDER')")
    public void verwijderen(UUID id) {
        UUID bestuur = bestuur();
        if (opslag.themas(bestuur).stream().noneMatch(t -> t.id().equals(id))) {
            throw new AccessDeniedException("Not a theme of this board");
        }
        opslag.themaVerwijderen(bestuur, id);
        gebeurtenissen.publishEvent(new ThemaGewijzigd(bestuur, id));
    }

    private static UUID bestuur() {
        UUID bestuur = CurrentUser.require().bestuurId();
        if (bestuur == null) {
            throw new AccessDeniedException("Themes belong to a board");
        }
        return bestuur;
    }
}
