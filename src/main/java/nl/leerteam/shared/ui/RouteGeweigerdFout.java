package nl.leerteam.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page whose access annotation refuses the person (a director following a leerteam link): the same words as for
 * an unknown address, instead of the framework's "Could not navigate … Access is denied".
 */
@AnonymousAllowed
public class RouteGeweigerdFout extends Foutpagina implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        toon();
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
