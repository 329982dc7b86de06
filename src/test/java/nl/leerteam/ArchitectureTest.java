package nl.leerteam;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.leerteam");

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_only_used_inside_their_own_module() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should(onlyBeUsedInsideTheirModule())
                .check(CLASSES);
    }

    @Test
    void entities_and_repositories_live_in_a_domain_package() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .or().areAssignableTo(Repository.class).and().areInterfaces()
                .should().resideInAPackage("..domain..")
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> onlyBeUsedInsideTheirModule() {
        return new ArchCondition<>("only be used inside their own module") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String module = module(repository);
                repository.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !module(dependency.getOriginClass()).equals(module))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
            }
        };
    }

    private static String module(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
