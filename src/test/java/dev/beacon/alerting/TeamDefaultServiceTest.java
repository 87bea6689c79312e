package dev.beacon.alerting;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static dev.beacon.jooq.Tables.ALERT_DEFAULT;
import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TeamDefaultServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    TeamDefaultService defaults;
    @Autowired
    AlertRuleService rules;
    @Autowired
    ModelService models;
    @Autowired
    DSLContext db;

    AlertTestData alerts;
    Team team;
    UserAccount owner;
    UserAccount editor;
    Model vllm;
    Model gpuOllama;
    Model plainOllama;

    @BeforeEach
    void aTeamWithModelsOnTwoRuntimes() {
        alerts = new AlertTestData(context);
        team = fixtures.team("defaults");
        owner = fixtures.user("owner");
        editor = fixtures.user("editor");
        fixtures.member(team, owner, TeamRole.OWNER);
        fixtures.member(team, editor, TeamRole.EDITOR);
        vllm = alerts.fleet.model(team, "vllm", ModelRuntime.VLLM, "chat");
        gpuOllama = alerts.fleet.model(team, "gpu-ollama", ModelRuntime.OLLAMA, "gpu");
        plainOllama = alerts.fleet.model(team, "cpu-ollama", ModelRuntime.OLLAMA, "cpu");
    }

    static DefaultRuleData vllmLatency(double warning, double critical) {
        return new DefaultRuleData("vLLM latency", ModelRuntime.VLLM, null, AlertTestData.latencyRule(warning, critical, 60));
    }

    @Test
    void existing_models_of_the_runtime_get_a_linked_copy_at_once_and_others_none() {
        DefaultRule rule = fixtures.as(owner, () -> defaults.create(team.id(), vllmLatency(2_000, 5_000)));

        List<Rule> copies = rulesOf(vllm);
        assertThat(copies).singleElement().satisfies(copy -> {
            assertThat(copy.fromDefault()).isEqualTo(rule.id());
            assertThat(copy.data()).isEqualTo(AlertTestData.latencyRule(2_000, 5_000, 60));
            assertThat(copy.origin()).isEqualTo("From team default vLLM latency");
        });
        assertThat(rulesOf(gpuOllama)).isEmpty();
        assertThat(rulesOf(plainOllama)).isEmpty();
        assertThat(rule.linkedModels()).isEqualTo(1);
    }

    @Test
    void a_defaults_repeat_interval_is_copied_to_its_models_like_every_other_field() {
        RuleData base = AlertTestData.latencyRule(2_000, 5_000, 60);
        RuleData hourly = new RuleData(base.metric(), null, base.comparator(), base.warningThreshold(), base.criticalThreshold(),
                base.windowSeconds(), base.pendingSeconds(), base.minRequests(), base.noData(), null, true, null, "", 3_600);

        fixtures.as(owner, () -> defaults.create(team.id(), new DefaultRuleData("Hourly latency", ModelRuntime.VLLM, null, hourly)));

        assertThat(rulesOf(vllm)).singleElement().satisfies(copy -> {
            assertThat(copy.data().repeatIntervalSeconds()).isEqualTo(3_600);
            assertThat(copy.data().repeatInterval()).isEqualTo(java.time.Duration.ofHours(1));
        });
    }

    @Test
    void tag_defaults_reach_models_with_the_tag_and_follow_a_model_whose_tags_or_runtime_change() {
        DefaultRule gpu = fixtures.as(owner, () -> defaults.create(team.id(),
                new DefaultRuleData("GPU errors", null, "gpu", errorRate())));
        assertThat(rulesOf(gpuOllama)).extracting(Rule::fromDefault).containsExactly(gpu.id());
        assertThat(rulesOf(plainOllama)).isEmpty();

        Model registered = alerts.fleet.model(team, "new-gpu", ModelRuntime.TGI, "gpu", "chat");
        assertThat(rulesOf(registered)).extracting(Rule::fromDefault).containsExactly(gpu.id());

        save(plainOllama, withTags(plainOllama, List.of("cpu", "gpu")));
        assertThat(rulesOf(plainOllama)).extracting(Rule::fromDefault).containsExactly(gpu.id());
        save(gpuOllama, withTags(gpuOllama, List.of("cpu")));
        assertThat(rulesOf(gpuOllama)).isEmpty();

        fixtures.as(owner, () -> defaults.create(team.id(), vllmLatency(2_000, 5_000)));
        Model moved = fixtures.asAdmin(() -> models.get(plainOllama.id()));
        save(moved, new ModelData(moved.data().name(), moved.data().description(), ModelRuntime.VLLM, moved.data().endpointUrl(),
                moved.data().servedModelName(), moved.data().versionLabel(), moved.data().contextWindow(),
                moved.data().defaultTemperature(), moved.data().maxOutputTokens(), moved.data().tags(), moved.data().status(),
                moved.data().monitoring()));
        assertThat(rulesOf(plainOllama)).extracting(Rule::defaultName).containsExactlyInAnyOrder("GPU errors", "vLLM latency");
    }

    @Test
    void changing_the_default_changes_linked_copies_but_not_overrides_and_deleting_it_removes_the_copies() {
        Model second = alerts.fleet.model(team, "vllm-2", ModelRuntime.VLLM);
        DefaultRule rule = fixtures.as(owner, () -> defaults.create(team.id(), vllmLatency(2_000, 5_000)));
        Rule overridden = rulesOf(second).getFirst();
        Rule override = fixtures.as(editor, () -> rules.update(overridden.id(), overridden.version(),
                AlertTestData.latencyRule(4_000, 8_000, 60)));
        assertThat(override.fromDefault()).isNull();
        assertThat(override.overridesDefault()).isEqualTo(rule.id());
        assertThat(override.origin()).isEqualTo("Overrides team default vLLM latency");

        DefaultRule changed = fixtures.as(owner, () -> defaults.update(rule.id(), rule.version(), vllmLatency(1_500, 3_000)));

        assertThat(rulesOf(vllm)).singleElement().satisfies(copy -> {
            assertThat(copy.fromDefault()).isEqualTo(rule.id());
            assertThat(copy.data().warningThreshold()).isEqualTo(1_500);
            assertThat(copy.data().criticalThreshold()).isEqualTo(3_000);
        });
        assertThat(rulesOf(second)).singleElement().satisfies(own -> assertThat(own.data().warningThreshold()).isEqualTo(4_000));
        assertThat(changed.linkedModels()).isEqualTo(1);
        assertThat(changed.optedOut()).isEqualTo(1);

        fixtures.as(owner, () -> defaults.delete(rule.id(), changed.version()));

        assertThat(rulesOf(vllm)).isEmpty();
        assertThat(rulesOf(second)).singleElement().satisfies(own -> {
            assertThat(own.data().warningThreshold()).isEqualTo(4_000);
            assertThat(own.origin()).isEmpty();
        });
        assertThat(db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY_ID.eq(rule.id().toString()))).isEqualTo(3);
    }

    @Test
    void an_opted_out_model_never_gets_the_default_again_until_it_is_restored() {
        DefaultRule rule = fixtures.as(owner, () -> defaults.create(team.id(), vllmLatency(2_000, 5_000)));
        Rule copy = rulesOf(vllm).getFirst();
        fixtures.as(editor, () -> rules.delete(copy.id(), copy.version()));

        DefaultRule changed = fixtures.as(owner, () -> defaults.update(rule.id(), rule.version(), vllmLatency(1_000, 3_000)));
        save(vllm, withTags(vllm, List.of("chat", "renamed")));
        assertThat(rulesOf(vllm)).isEmpty();
        assertThat(fixtures.as(editor, () -> defaults.optedOut(vllm.id()))).extracting(DefaultRule::id).containsExactly(rule.id());

        fixtures.as(editor, () -> defaults.restore(vllm.id(), rule.id()));

        assertThat(rulesOf(vllm)).singleElement().satisfies(restored -> {
            assertThat(restored.fromDefault()).isEqualTo(changed.id());
            assertThat(restored.data().warningThreshold()).isEqualTo(1_000);
        });
        assertThat(fixtures.as(editor, () -> defaults.optedOut(vllm.id()))).isEmpty();
    }

    @Test
    void restoring_an_overridden_default_replaces_the_models_own_rule_with_the_defaults_copy() {
        DefaultRule rule = fixtures.as(owner, () -> defaults.create(team.id(), vllmLatency(2_000, 5_000)));
        Rule copy = rulesOf(vllm).getFirst();
        fixtures.as(editor, () -> rules.update(copy.id(), copy.version(), AlertTestData.latencyRule(9_000, 9_500, 0)));

        fixtures.as(editor, () -> defaults.restore(vllm.id(), rule.id()));

        assertThat(rulesOf(vllm)).singleElement().satisfies(restored -> {
            assertThat(restored.fromDefault()).isEqualTo(rule.id());
            assertThat(restored.data().warningThreshold()).isEqualTo(2_000);
        });
    }

    @Test
    void only_owners_change_defaults_members_read_them_and_other_teams_see_nothing() {
        DefaultRule rule = fixtures.as(owner, () -> defaults.create(team.id(), vllmLatency(2_000, 5_000)));
        assertThat(fixtures.as(editor, () -> defaults.defaultsOf(team.id()))).extracting(DefaultRule::id).containsExactly(rule.id());
        assertThatThrownBy(() -> fixtures.as(editor, () -> defaults.create(team.id(), vllmLatency(1, 2))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(editor, () -> defaults.update(rule.id(), rule.version(), vllmLatency(1, 2))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(editor, () -> defaults.delete(rule.id(), rule.version())))
                .isInstanceOf(AccessDeniedException.class);

        UserAccount stranger = fixtures.memberOfNewTeam("stranger", TeamRole.OWNER);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> defaults.defaultsOf(team.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> defaults.get(rule.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> defaults.create(team.id(), vllmLatency(1, 2))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> defaults.update(rule.id(), rule.version(), vllmLatency(1, 2))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> defaults.delete(rule.id(), rule.version())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> defaults.restore(vllm.id(), rule.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(owner, () -> defaults.get(rule.id())).version()).isEqualTo(rule.version());
    }

    @Test
    void invalid_defaults_name_the_field_like_rules_and_save_nothing() {
        assertThatThrownBy(() -> fixtures.as(owner, () -> defaults.create(team.id(), vllmLatency(5_000, 2_000))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("warningThreshold");
                    assertThat(e.getMessage()).isEqualTo("The warning threshold must be below the critical one (the warning comes first)");
                });
        assertThatThrownBy(() -> fixtures.as(owner, () -> defaults.create(team.id(),
                new DefaultRuleData(" ", null, "Not A Tag!", AlertTestData.latencyRule(1, 2, 0)))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter a name")
                .hasMessageContaining("Tags use 1–40 lowercase letters");

        assertThat(db.fetchCount(ALERT_DEFAULT, ALERT_DEFAULT.TEAM_ID.eq(team.id()))).isZero();
        assertThat(rulesOf(vllm)).isEmpty();
    }

    private static RuleData errorRate() {
        return new RuleData(AlertMetric.ERROR_RATE, null, ThresholdComparator.ABOVE, 5.0, 20.0, 300, 60, 0, NoDataMode.OK, null,
                true, null, "");
    }

    private List<Rule> rulesOf(Model model) {
        return fixtures.asAdmin(() -> rules.rulesOf(model.id())).stream().map(RuleOverview::rule).toList();
    }

    private ModelData withTags(Model model, List<String> tags) {
        ModelData data = fixtures.asAdmin(() -> models.get(model.id())).data();
        return new ModelData(data.name(), data.description(), data.runtime(), data.endpointUrl(), data.servedModelName(),
                data.versionLabel(), data.contextWindow(), data.defaultTemperature(), data.maxOutputTokens(), tags, data.status(),
                data.monitoring());
    }

    private void save(Model model, ModelData data) {
        fixtures.as(editor, () -> models.update(model.id(), models.get(model.id()).version(), data, ""));
    }
}
