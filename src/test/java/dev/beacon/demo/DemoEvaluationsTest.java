package dev.beacon.demo;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.AlertMetric;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.ThresholdComparator;
import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.security.RunAs;
import dev.beacon.security.TeamOverview;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserAdminService;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo suite, seeded directly in the shared test context after the demo data (the demo profile stays off): each
 * team with demo models gets Smoke QA from its owner, attached as planned, once; the drifting model gets its accuracy rule.
 */
@IntegrationTest
class DemoEvaluationsTest {

    @Autowired
    RunAs runAs;
    @Autowired
    UserAdminService users;
    @Autowired
    TeamService teams;
    @Autowired
    ModelService models;
    @Autowired
    SuiteService suites;
    @Autowired
    AttachmentService attachments;
    @Autowired
    RunService runs;
    @Autowired
    AlertRuleService rules;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DSLContext db;

    DemoEvaluations evaluations;

    @BeforeEach
    void seeded() {
        new DemoDataSeeder(runAs, users, teams, models, DemoFleetSettings.defaults()).run(new DefaultApplicationArguments());
        evaluations = new DemoEvaluations(runAs, teams, models, suites, attachments, runs);
        evaluations.run(new DefaultApplicationArguments());
        new DemoAlertRules(runAs, models, rules).run(new DefaultApplicationArguments());
    }

    @Test
    void every_demo_team_gets_smoke_qa_with_twenty_cases_attached_hourly_and_every_five_minutes_to_the_drifting_model() {
        Map<String, Integer> attached = DemoCatalog.TEAMS.stream()
                .flatMap(team -> attachmentsOf(smokeQa(team.name())).stream())
                .collect(Collectors.toMap(Attachment::modelName, attachment -> attachment.data().schedule().everyMinutes()));

        assertThat(attached).isEqualTo(DemoSmokeQa.EVERY_MINUTES);
        for (DemoCatalog.DemoTeam team : DemoCatalog.TEAMS) {
            Suite suite = smokeQa(team.name());
            assertThat(suite.caseCount()).isEqualTo(20);
        }
    }

    @Test
    void seeding_again_writes_nothing_and_leaves_one_smoke_qa_per_team() {
        int auditEntries = db.fetchCount(AUDIT_ENTRY);

        evaluations.run(new DefaultApplicationArguments());

        assertThat(db.fetchCount(AUDIT_ENTRY)).as("no write at all").isEqualTo(auditEntries);
        for (DemoCatalog.DemoTeam team : DemoCatalog.TEAMS) {
            assertThat(runAs.user(DemoCatalog.ownerOf(team.name()), () -> suites.suites(Set.of(teamId(team.name())))))
                    .filteredOn(suite -> suite.name().equals(DemoSmokeQa.NAME)).hasSize(1);
        }
    }

    @Test
    void the_drifting_model_has_an_accuracy_rule_warning_below_0_9_and_critical_below_0_8() {
        ModelId drifting = runAs.user("admin", () -> models.find(new ModelFilter(null, null, null, null, DemoSmokeQa.DRIFTING_MODEL),
                ModelSort.NAME, true, 0, 10)).stream().filter(model -> model.name().equals(DemoSmokeQa.DRIFTING_MODEL)).findFirst()
                .orElseThrow().id();

        List<RuleData> ruleData = runAs.user("admin", () -> rules.rulesOf(drifting)).stream().map(rule -> rule.rule().data()).toList();

        assertThat(ruleData).anySatisfy(rule -> {
            assertThat(rule.metric()).isEqualTo(AlertMetric.EVAL_SCORE);
            assertThat(rule.scoreName()).isEqualTo("accuracy");
            assertThat(rule.comparator()).isEqualTo(ThresholdComparator.BELOW);
            assertThat(rule.warningThreshold()).isEqualTo(0.9);
            assertThat(rule.criticalThreshold()).isEqualTo(0.8);
        });
    }

    @Test
    void once_the_fleet_answers_the_suite_runs_once_on_every_model_it_is_attached_to() {
        int started = evaluations.runOnceNow();

        assertThat(started).isEqualTo(DemoSmokeQa.EVERY_MINUTES.size());
        for (DemoCatalog.DemoTeam team : DemoCatalog.TEAMS) {
            Suite suite = smokeQa(team.name());
            Set<ModelId> ran = runAs.user(DemoCatalog.ownerOf(team.name()), () -> runs.runsOfSuite(suite.id(), 50)).stream()
                    .map(run -> run.model()).collect(Collectors.toSet());
            assertThat(ran).containsAll(attachmentsOf(suite).stream().map(Attachment::model).toList());
        }
    }

    private Suite smokeQa(String teamName) {
        return runAs.user(DemoCatalog.ownerOf(teamName), () -> suites.suites(Set.of(teamId(teamName)))).stream()
                .filter(suite -> suite.name().equals(DemoSmokeQa.NAME)).findFirst().orElseThrow();
    }

    private List<Attachment> attachmentsOf(Suite suite) {
        String owner = runAs.user("admin", () -> teams.myTeams()).stream().filter(team -> team.id().equals(suite.team()))
                .map(TeamOverview::name).map(DemoCatalog::ownerOf).findFirst().orElseThrow();
        return runAs.user(owner, () -> attachments.ofSuite(suite.id()));
    }

    private TeamId teamId(String teamName) {
        return runAs.user("admin", () -> teams.myTeams()).stream().filter(team -> team.name().equals(teamName))
                .map(TeamOverview::id).findFirst().orElseThrow();
    }
}
