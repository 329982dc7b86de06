package nl.leerteam.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a person sees when a service refuses them (someone else's school, a changed role, a
 * guessed id): the same answer as for something that does not exist, so nothing leaks.
 */
@PermitAll
public class GeenToegangFout extends Foutpagina implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        toon();
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
