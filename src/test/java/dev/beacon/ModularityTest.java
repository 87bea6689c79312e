package dev.beacon;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    private final ApplicationModules modules =
            ApplicationModules.of(BeaconApplication.class, resideInAPackage("dev.beacon.jooq.."));

    @Test
    void modules_respect_each_others_boundaries() {
        modules.verify();
    }

    @Test
    void the_generated_jooq_code_is_not_a_module() {
        assertThat(modules.stream().map(ApplicationModule::getBasePackage).map(Object::toString))
                .noneMatch(name -> name.contains("jooq"));
        assertThat(modules.getModuleByName("registry")).isPresent();
        assertThat(modules.getModuleByName("security")).isPresent();
        assertThat(modules.getModuleByName("shared")).isPresent();
    }

    @Test
    void writes_a_diagram_of_the_modules_for_the_docs() throws Exception {
        Path output = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, output.toString()).writeDocumentation();

        assertThat(output.resolve("components.puml")).exists();
        assertThat(Files.readString(output.resolve("components.puml"))).contains("Registry", "Security", "Shared", "Demo");
    }
}
