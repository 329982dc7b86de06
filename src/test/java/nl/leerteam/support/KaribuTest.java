package nl.leerteam.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.SpringServlet;
import kotlin.jvm.functions.Function0;
import nl.leerteam.organisatie.InlogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Locale;

/**
 * Browserless UI tests (Karibu-Testing) on the real application and database. Spring Security's
 * filters do not run here, so {@link #login} also hands the principal and its roles to the fake
 * request, where Vaadin's route access control looks for them.
 */
@LeerteamTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("nl.leerteam");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected InlogService inlog;

    @BeforeEach
    protected void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        SpringServlet servlet = new MockSpringServlet(ROUTES, context, uiFactory);
        MockVaadin.setup(uiFactory, servlet);
        UI.getCurrent().setLocale(Locale.of("nl"));
    }

    @AfterEach
    protected void tearDownVaadin() {
        Inloggen.uit();
        MockVaadin.tearDown();
    }

    /** Logs in as a demo person; navigate afterwards, as the browser does after a login. */
    protected void login(String devSubject) {
        // A login in the browser starts a new session with a new UI; here too, so nothing of the previous person stays.
        MockVaadin.tearDown();
        setUpVaadin();
        Authentication authentication = Inloggen.als(inlog, devSubject);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals("ROLE_" + role)));
    }

    /** A navigation the person may not make ends on Leerteam's refusal page, never the framework's "Could not navigate". */
    protected static void geweigerd(Runnable navigatie) {
        navigatie.run();
        org.assertj.core.api.Assertions.assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                nl.leerteam.shared.ui.RouteGeweigerdFout.class)).as("the refusal page").hasSize(1);
    }
}
