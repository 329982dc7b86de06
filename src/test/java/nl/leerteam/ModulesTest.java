package nl.leerteam;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModulesTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void the_modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void the_modules_are_the_ones_design_md_names() {
        assertThat(modules.stream().map(ApplicationModule::getBasePackage).map(p -> p.getName()))
                .contains("nl.leerteam.shared", "nl.leerteam.organisatie", "nl.leerteam.privacy");
    }

    @Test
    void the_module_map_is_written_for_the_readme() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
