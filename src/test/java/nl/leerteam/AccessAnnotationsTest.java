package nl.leerteam;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route says who may open it, and every service method says who may call it. */
class AccessAnnotationsTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.leerteam");

    /** The only methods open to everybody: they run during login, before anybody is authenticated. */
    private static final Set<String> OPEN_BY_DESIGN = Set.of(
            "InlogService.aanmelden", "InlogService.accepteerUitnodiging", "InlogService.uitnodiging",
            "DevLoginService.accounts",
            // a calendar program fetches the quality calendar without a login: the secret code in the link is the access
            "KwaliteitskalenderService.feed",
            // the privacy statement a school links to for parents: a school's name, its board's name and periods, no person
            "PrivacyverklaringService.verklaring");

    @Test
    void every_route_layout_and_error_view_has_an_access_annotation() {
        List<JavaClass> views = CLASSES.stream()
                .filter(c -> c.isAnnotatedWith(Route.class) || c.isAnnotatedWith(Layout.class)
                        || c.isAssignableTo(HasErrorParameter.class) && !c.isInterface())
                .toList();
        assertThat(views).hasSizeGreaterThanOrEqualTo(10);
        List<String> unprotected = views.stream()
                .filter(c -> !c.isAnnotatedWith(PermitAll.class) && !c.isAnnotatedWith(RolesAllowed.class)
                        && !c.isAnnotatedWith(AnonymousAllowed.class) && !c.isAnnotatedWith(DenyAll.class))
                .map(JavaClass::getName)
                .toList();
        assertThat(unprotected).isEmpty();
    }

    @Test
    void every_public_service_method_checks_the_caller() {
        List<JavaClass> services = CLASSES.stream().filter(c -> c.isAnnotatedWith(Service.class)).toList();
        assertThat(services).hasSizeGreaterThanOrEqualTo(4);
        List<String> unprotected = new ArrayList<>();
        List<String> unexpectedlyOpen = new ArrayList<>();
        for (JavaClass service : services) {
            for (JavaMethod method : service.getMethods()) {
                if (!method.getModifiers().contains(JavaModifier.PUBLIC) || method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    continue;
                }
                String name = service.getSimpleName() + "." + method.getName();
                PreAuthorize rule = method.isAnnotatedWith(PreAuthorize.class) ? method.getAnnotationOfType(PreAuthorize.class)
                        : service.isAnnotatedWith(PreAuthorize.class) ? service.getAnnotationOfType(PreAuthorize.class) : null;
                if (rule == null) {
                    unprotected.add(name);
                } else if (rule.value().contains("permitAll") && !OPEN_BY_DESIGN.contains(name)) {
                    unexpectedlyOpen.add(name);
                }
            }
        }
        assertThat(unprotected).as("public service methods without @PreAuthorize").isEmpty();
        assertThat(unexpectedlyOpen).as("service methods open to everybody").isEmpty();
    }
}
