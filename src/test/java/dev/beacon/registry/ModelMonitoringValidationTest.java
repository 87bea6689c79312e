package dev.beacon.registry;

import dev.beacon.IntegrationTest;
import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.Violations;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import jakarta.validation.ConstraintViolationException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.stream.Stream;

import static dev.beacon.jooq.Tables.MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The scrape and probe settings of a model, as the registry checks and stores them. */
@IntegrationTest
class ModelMonitoringValidationTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ModelService models;
    @Autowired
    DSLContext db;

    Team team;
    UserAccount editor;

    @BeforeEach
    void editorOfATeam() {
        team = fixtures.team("monitoring");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
    }

    static Stream<Arguments> invalidSettings() {
        return Stream.of(
                arguments("metricsUrl", "ftp://gpu-node-1/metrics"),
                arguments("metricsUrl", "gpu-node-1:8000/metrics"),
                arguments("metricsUrl", "http://gpu-node-1/" + "m".repeat(490)),
                arguments("scrapeIntervalSeconds", 4),
                arguments("scrapeIntervalSeconds", 3601),
                arguments("scrapeIntervalSeconds", null),
                arguments("scrapeTimeoutSeconds", 0),
                arguments("scrapeTimeoutSeconds", 61),
                arguments("probeIntervalSeconds", 1),
                arguments("probeIntervalSeconds", null),
                arguments("probeTimeoutSeconds", -5));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidSettings")
    void an_invalid_setting_names_its_field_and_nothing_is_registered(String field, Object value) {
        ModelData data = withMonitoring(RecordCopy.with(ModelMonitoring.defaultsFor(ModelRuntime.VLLM), field, value));

        assertThatThrownBy(() -> fixtures.as(editor, () -> models.register(team.id(), data)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(Violations.properties(e)).containsExactly(field));
        assertThat(db.fetchCount(MODEL, MODEL.TEAM_ID.eq(team.id()))).isZero();
    }

    @Test
    void a_model_without_monitoring_settings_is_refused_on_the_monitoring_field() {
        ModelData data = withMonitoring(null);

        assertThatThrownBy(() -> fixtures.as(editor, () -> models.register(team.id(), data)))
                .satisfies(e -> assertThat(Violations.properties(e)).containsExactly("monitoring"));
    }

    @Test
    void a_timeout_longer_than_its_interval_is_refused_on_the_timeout_field() {
        Model model = fixtures.model(team, "overlapping");
        ModelData slowScrapes = withMonitoring(new ModelMonitoring(true, null, 5, 10, true, 30, 5));
        ModelData slowProbes = withMonitoring(new ModelMonitoring(true, null, 15, 5, true, 5, 6));

        assertThatThrownBy(() -> fixtures.as(editor, () -> models.register(team.id(), slowScrapes)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("scrapeTimeoutSeconds"));
        assertThatThrownBy(() -> fixtures.as(editor, () -> models.update(model.id(), model.version(), slowProbes, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("probeTimeoutSeconds"));
        assertThat(fixtures.as(editor, () -> models.get(model.id()))).isEqualTo(model);
    }

    @Test
    void settings_are_stored_with_a_trimmed_metrics_url_and_an_empty_one_means_the_endpoints_default() {
        Model custom = fixtures.as(editor, () -> models.register(team.id(),
                withMonitoring(new ModelMonitoring(true, "  http://gpu-node-1:9400/metrics  ", 60, 10, false, 120, 3))));
        Model defaulted = fixtures.as(editor, () -> models.register(team.id(),
                withMonitoring(new ModelMonitoring(false, "   ", 15, 5, true, 30, 5))));

        assertThat(custom.data().monitoring()).isEqualTo(new ModelMonitoring(true, "http://gpu-node-1:9400/metrics", 60, 10, false, 120, 3));
        assertThat(defaulted.data().monitoring().metricsUrl()).isNull();
        assertThat(defaulted.data().monitoring().effectiveMetricsUrl(defaulted.data().endpointUrl()))
                .isEqualTo("http://gpu-node-1:8000/metrics");
    }

    @Test
    void scraping_is_on_by_default_only_for_runtimes_that_serve_prometheus_metrics() {
        assertThat(Stream.of(ModelRuntime.values()).filter(runtime -> ModelMonitoring.defaultsFor(runtime).scrapeEnabled()))
                .containsExactlyInAnyOrder(ModelRuntime.VLLM, ModelRuntime.TGI, ModelRuntime.LLAMA_CPP);
        assertThat(Stream.of(ModelRuntime.values()).allMatch(runtime -> ModelMonitoring.defaultsFor(runtime).probeEnabled())).isTrue();
    }

    private static ModelData withMonitoring(ModelMonitoring monitoring) {
        return TestFixtures.modelData(TestFixtures.unique("monitored")).withMonitoring(monitoring);
    }
}
