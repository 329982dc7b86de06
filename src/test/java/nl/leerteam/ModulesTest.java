package nl.leerteam;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ModulesTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    /** What each module may use, as the modules declare it; a new dependency is a decision, not an accident. */
    private static final Map<String, Set<String>> AFHANKELIJKHEDEN = Map.of(
            "shared", Set.of(),
            "privacy", Set.of("shared"),
            "organisatie", Set.of("shared", "privacy"),
            "leerlingbespreking", Set.of("shared", "organisatie", "privacy"),
            "klassenbezoek", Set.of("shared", "organisatie", "privacy", "leerlingbespreking"),
            "bijeenkomst", Set.of("shared", "organisatie", "privacy", "leerlingbespreking", "klassenbezoek", "trends"),
            "trends", Set.of("shared", "organisatie", "privacy", "klassenbezoek", "leerlingbespreking"),
            "platform", Set.of("shared", "organisatie", "privacy", "trends", "bijeenkomst"),
            // not in DESIGN.md's list: the search over every space (decision record 21)
            "zoeken", Set.of("shared", "organisatie"),
            // not in DESIGN.md's list either: notifications over every space (decision record 22)
            "meldingen", Set.of("shared", "organisatie", "privacy"));

    @Test
    void the_modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void the_modules_are_the_ones_design_md_names_so_far() {
        // DESIGN.md also names platform: it arrives with its issue, and with a line here.
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrderElementsOf(AFHANKELIJKHEDEN.keySet());
    }

    @Test
    void every_module_declares_what_it_depends_on_and_uses_no_more() {
        for (ApplicationModule module : modules) {
            String naam = module.getIdentifier().toString();
            Set<String> gebruikt = module.getBootstrapDependencies(modules).map(m -> m.getIdentifier().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            module.getDirectDependencies(modules).stream().map(d -> d.getTargetModule().getIdentifier().toString())
                    .forEach(gebruikt::add);
            gebruikt.remove(naam);
            assertThat(gebruikt).as(naam + " uses").isSubsetOf(AFHANKELIJKHEDEN.get(naam));
            if (!naam.equals("shared")) {
                org.springframework.modulith.ApplicationModule verklaard = module.getBasePackage().getAnnotation(
                        org.springframework.modulith.ApplicationModule.class).orElseThrow();
                assertThat(Arrays.stream(verklaard.allowedDependencies()).map(d -> d.split(" :: ")[0]).collect(Collectors.toSet()))
                        .as(naam + " declares").isEqualTo(AFHANKELIJKHEDEN.get(naam));
            }
        }
    }

    @Test
    void the_module_map_is_written_for_the_readme() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
