package dev.beacon.alerting;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
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

import java.time.Duration;

import static dev.beacon.jooq.Tables.ALERT_RULE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AlertRuleServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    AlertRuleService rules;
    @Autowired
    AlertHistoryService history;
    @Autowired
    MutableClock clock;
    @Autowired
    DSLContext db;

    AlertTestData alerts;
    Team team;
    Model model;
    UserAccount editor;
    UserAccount viewer;

    @BeforeEach
    void aTeamWithAModel() {
        alerts = new AlertTestData(context);
        team = fixtures.team("rules");
        model = alerts.fleet.model(team, "ruled", ModelRuntime.VLLM);
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
    }

    static RuleData p95(Double warning, Double critical) {
        return new RuleData(AlertMetric.LATENCY_P95, null, ThresholdComparator.ABOVE, warning, critical, 300, 60, 0,
                NoDataMode.OK, null, true, null, "");
    }

    static RuleData of(AlertMetric metric, ThresholdComparator comparator, Double warning, Double critical, int windowSeconds,
                       String scoreName, NoDataMode noData, Integer noDataAfter) {
        return new RuleData(metric, scoreName, comparator, warning, critical, windowSeconds, 0, 0, noData, noDataAfter, true, null, "");
    }

    @Test
    void invalid_rules_name_the_field_and_save_nothing() {
        assertField(p95(5_000.0, 2_000.0), "warningThreshold", "The warning threshold must be below the critical one (the warning comes first)");
        assertField(of(AlertMetric.EVAL_SCORE, ThresholdComparator.BELOW, 0.6, 0.8, 600, "accuracy", NoDataMode.OK, null),
                "warningThreshold", "The warning threshold must be above the critical one (the warning comes first)");
        assertField(p95(null, null), "warningThreshold", "Enter a warning or a critical threshold, or both");
        assertField(of(AlertMetric.LATENCY_P95, ThresholdComparator.ABOVE, 1.0, 2.0, 90, null, NoDataMode.OK, null),
                "windowSeconds", "The window must be whole minutes (the rollups are per minute)");
        assertField(of(AlertMetric.EVAL_SCORE, ThresholdComparator.BELOW, 0.8, null, 600, " ", NoDataMode.OK, null),
                "scoreName", "Enter the score's name, e.g. accuracy");
        assertField(of(AlertMetric.ERROR_RATE, ThresholdComparator.ABOVE, 5.0, null, 300, null, NoDataMode.ALERT, null),
                "noDataAfterSeconds", "Enter how long without data before alerting");
        Model ollama = alerts.fleet.model(team, "ollama", ModelRuntime.OLLAMA);
        assertThatThrownBy(() -> fixtures.as(editor, () -> rules.create(ollama.id(),
                of(AlertMetric.KV_CACHE_USAGE, ThresholdComparator.ABOVE, 80.0, 95.0, 300, null, NoDataMode.OK, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("metric"));
        assertThatThrownBy(() -> fixtures.as(editor, () -> rules.create(model.id(),
                new RuleData(AlertMetric.LATENCY_P95, null, ThresholdComparator.ABOVE, 1.0, 2.0, -60, -1, 0, NoDataMode.OK, null,
                        true, null, ""))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("The window must be at least 1 minute")
                .hasMessageContaining("The pending period cannot be negative");

        assertThat(db.fetchCount(ALERT_RULE, ALERT_RULE.MODEL_ID.in(model.id(), ollama.id()))).isZero();
    }

    @Test
    void viewers_read_rules_but_only_editors_change_them_and_other_teams_see_nothing() {
        Rule rule = fixtures.as(editor, () -> rules.create(model.id(), p95(2_000.0, 5_000.0)));
        assertThat(fixtures.as(viewer, () -> rules.rulesOf(model.id()))).hasSize(1);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> rules.create(model.id(), p95(1.0, 2.0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> rules.markReviewed(rule.id()))).isInstanceOf(AccessDeniedException.class);

        UserAccount stranger = fixtures.memberOfNewTeam("stranger", TeamRole.OWNER);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> rules.rulesOf(model.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> rules.get(rule.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> rules.update(rule.id(), rule.version(), p95(1.0, 2.0))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> history.history(model.id(), 10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> history.health(model.id()))).isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(stranger, () -> rules.rulesForReview())).noneMatch(r -> r.rule().id().equals(rule.id()));
    }

    @Test
    void the_thresholds_page_lists_rules_due_for_review_first_with_their_firings() {
        Rule reviewed = fixtures.as(editor, () -> rules.create(model.id(), p95(2_000.0, 5_000.0)));
        Rule neverReviewed = fixtures.as(editor, () -> rules.create(model.id(), p95(3_000.0, 6_000.0)));
        fixtures.as(editor, () -> rules.markReviewed(reviewed.id()));
        Rule stale = fixtures.as(editor, () -> rules.create(model.id(), p95(4_000.0, 7_000.0)));
        fixtures.as(editor, () -> rules.markReviewed(stale.id()));
        // reviewed 100 days ago: the shared test clock moves only minutes, so the review is dated back instead
        db.update(ALERT_RULE).set(ALERT_RULE.REVIEWED_AT, clock.instant().minus(Duration.ofDays(100)))
                .where(ALERT_RULE.ALERT_RULE_ID.eq(stale.id())).execute();
        alerts.latency(team, model, 2, 20, 3_500);
        alerts.nextCycle();
        alerts.after(Duration.ofSeconds(60));

        var listed = fixtures.as(viewer, () -> rules.rulesForReview()).stream()
                .filter(r -> r.rule().model().equals(model.id())).toList();

        assertThat(listed).extracting(r -> r.rule().id()).containsExactly(neverReviewed.id(), stale.id(), reviewed.id());
        assertThat(listed.get(2).rule().reviewedBy()).isEqualTo(editor.username());
        assertThat(listed).extracting(RuleOverview::firings).containsExactly(1, 0, 1);
    }

    private void assertField(RuleData data, String field, String message) {
        assertThatThrownBy(() -> fixtures.as(editor, () -> rules.create(model.id(), data)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }
}
