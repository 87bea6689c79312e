package dev.beacon;

import modulithfixture.FixtureApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModularityTest {

    private final ApplicationModules modules =
            ApplicationModules.of(BeaconApplication.class, resideInAPackage("dev.beacon.jooq.."));

    @Test
    void modules_respect_each_others_boundaries() {
        modules.verify();
    }

    @Test
    void beacon_consists_of_exactly_its_modules_and_the_generated_jooq_code_is_none_of_them() {
        assertThat(modules.stream().map(ApplicationModule::getName))
                .containsExactlyInAnyOrder("alerting", "dashboard", "demo", "evaluation", "maintenance", "notification", "registry", "security", "shared", "simulator", "telemetry");
        assertThat(modules.stream().map(ApplicationModule::getBasePackage).map(Object::toString))
                .noneMatch(name -> name.contains("jooq"));
    }

    /** Proves the check above can fail: the same verify() on a fixture that breaks a boundary on purpose. */
    @Test
    void verify_refuses_a_module_that_uses_another_modules_internal_type() {
        // The fixture is test code, which Spring Modulith leaves out unless told to import everything.
        ApplicationModules fixture = ApplicationModules.of(FixtureApplication.class, location -> true);

        assertThat(fixture.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrder("billing", "customers");
        assertThatThrownBy(fixture::verify)
                .isInstanceOf(org.springframework.modulith.core.Violations.class)
                .hasMessageContaining("modulithfixture.billing.Invoice")
                .hasMessageContaining("modulithfixture.customers.internal.CustomerRecord");
    }

    @Test
    void writes_a_diagram_of_the_modules_for_the_docs() throws Exception {
        Path output = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, output.toString()).writeDocumentation();

        assertThat(output.resolve("components.puml")).exists();
        assertThat(Files.readString(output.resolve("components.puml"))).contains("Registry", "Security", "Shared", "Demo");
    }
}
