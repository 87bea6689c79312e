package dev.beacon.alerting;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.MaintenanceSchedule.Recurrence;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Silences mute the notices of matching alerts (by model, rule or tag) between start and end; evaluation goes on. */
@IntegrationTest
class AlertSilenceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    SilenceService silences;
    @Autowired
    MaintenanceWindowService windows;
    @Autowired
    AlertResponseService responses;
    @Autowired
    MutableClock clock;

    AlertTestData alerts;
    Team team;
    UserAccount editor;

    @BeforeEach
    void aTeam() {
        alerts = new AlertTestData(context);
        team = fixtures.team("silencing");
        editor = fixtures.user("silencer");
        fixtures.member(team, editor, TeamRole.EDITOR);
    }

    @Test
    void a_silence_of_a_model_a_rule_or_a_tag_mutes_exactly_the_matching_alerts() {
        String tag = TestFixtures.unique("gpu").toLowerCase();
        Model byModel = alerts.fleet.model(team, "by-model", ModelRuntime.VLLM);
        Model byRule = alerts.fleet.model(team, "by-rule", ModelRuntime.VLLM);
        Model byTag = alerts.fleet.model(team, "by-tag", ModelRuntime.VLLM, tag);
        Model unmatched = alerts.fleet.model(team, "loud", ModelRuntime.VLLM, "other-" + tag);
        Rule ruleOfByRule = alerts.rule(byRule, AlertTestData.latencyRule(2_000, 5_000, 0));
        Rule secondRuleOfByRule = alerts.rule(byRule, AlertTestData.latencyRule(2_500, 6_000, 0));
        List.of(byModel, byTag, unmatched).forEach(model -> alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0)));
        Instant now = clock.instant();
        silence(new SilenceData(byModel.id(), null, null, now, now.plus(Duration.ofHours(1)), "Planned load test"));
        silence(new SilenceData(null, ruleOfByRule.id(), null, now, now.plus(Duration.ofHours(1)), "Known slow rule"));
        silence(new SilenceData(null, null, tag, now, now.plus(Duration.ofHours(1)), "GPU swap"));
        List.of(byModel, byRule, byTag, unmatched).forEach(model -> alerts.latency(team, model, 5, 20, 3_000));

        alerts.nextCycle();

        assertThat(notice(byModel).mutedBy()).isEqualTo("silenced by silence of model " + byModel.data().name() + " (Planned load test)");
        assertThat(notice(byTag).mutedBy()).isEqualTo("silenced by silence of tag " + tag + " (GPU swap)");
        assertThat(notices(byRule)).extracting(notice -> notice.rule().equals(ruleOfByRule.id()), notice -> notice.mutedBy() != null)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(true, true),
                        org.assertj.core.groups.Tuple.tuple(false, false));
        assertThat(notice(unmatched).mutedBy()).isNull();
        assertThat(notice(unmatched).notice()).isNotNull();
        assertThat(alerts.stateOf(secondRuleOfByRule).currentState()).isEqualTo(AlertState.FIRING);
        assertThat(fixtures.as(editor, () -> silences.silences(team.id()))).hasSize(3);
    }

    @Test
    void a_silence_mutes_only_between_its_start_and_its_end_or_until_it_is_ended_early() {
        Model later = alerts.fleet.model(team, "later", ModelRuntime.VLLM);
        Model expired = alerts.fleet.model(team, "expired", ModelRuntime.VLLM);
        Model endedEarly = alerts.fleet.model(team, "ended", ModelRuntime.VLLM);
        List.of(later, expired, endedEarly).forEach(model -> alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0)));
        Instant now = clock.instant();
        silence(new SilenceData(later.id(), null, null, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), "Tonight"));
        silence(new SilenceData(expired.id(), null, null, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(5)), "Short"));
        Silence ended = silence(new SilenceData(endedEarly.id(), null, null, now, now.plus(Duration.ofHours(4)), "Long"));
        fixtures.as(editor, () -> silences.endEarly(ended.id()));
        clock.advance(Duration.ofMinutes(6));
        List.of(later, expired, endedEarly).forEach(model -> alerts.latency(team, model, 5, 20, 3_000));

        alerts.nextCycle();

        assertThat(notice(later).mutedBy()).as("not started yet").isNull();
        assertThat(notice(expired).mutedBy()).as("expired by itself").isNull();
        assertThat(notice(endedEarly).mutedBy()).as("ended early").isNull();
        assertThat(fixtures.as(editor, () -> silences.silences(team.id())))
                .filteredOn(silence -> silence.id().equals(ended.id())).singleElement()
                .satisfies(silence -> assertThat(silence.endedEarlyAt()).isNotNull());
        assertThatThrownBy(() -> fixtures.as(editor, () -> silences.endEarly(ended.id())))
                .isInstanceOf(dev.beacon.shared.InvalidInputException.class);
    }

    @Test
    void other_teams_cannot_see_or_touch_silences_windows_or_acknowledgements_and_viewers_only_read() {
        Model model = alerts.fleet.model(team, "private", ModelRuntime.VLLM);
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        alerts.latency(team, model, 5, 20, 3_000);
        alerts.nextCycle();
        Silence silence = silence(new SilenceData(model.id(), null, null, clock.instant(), clock.instant().plusSeconds(3600), "Mine"));
        MaintenanceWindow window = fixtures.as(editor, () -> windows.create(team.id(), weekly(null)));
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        Team ownTeam = fixtures.team("outsiders");
        fixtures.member(ownTeam, outsider, TeamRole.OWNER);
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);

        fixtures.as(outsider, () -> {
            assertThatThrownBy(() -> responses.acknowledge(rule.id(), "mine now", null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> responses.notices(model.id(), 10)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> silences.silences(team.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> silences.endEarly(silence.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> silences.silenceRule(rule.id(), Duration.ofHours(1), "hush")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> silences.create(ownTeam.id(), new SilenceData(model.id(), null, null, clock.instant(),
                    clock.instant().plusSeconds(60), "their model"))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> windows.windows(team.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> windows.delete(window.id(), window.version())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> windows.create(ownTeam.id(), weekly(model.id()))).isInstanceOf(NotFoundException.class);
        });
        fixtures.as(viewer, () -> {
            assertThat(silences.silences(team.id())).hasSize(1);
            assertThat(windows.windows(team.id())).hasSize(1);
            assertThatThrownBy(() -> responses.acknowledge(rule.id(), "", null)).isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
            assertThatThrownBy(() -> silences.endEarly(silence.id())).isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        });
    }

    private static MaintenanceWindowData weekly(dev.beacon.shared.ModelId model) {
        return new MaintenanceWindowData("Patch Tuesday", model, Recurrence.WEEKLY, Set.of(DayOfWeek.TUESDAY), null,
                LocalTime.of(22, 0), 60, "Europe/Berlin");
    }

    private Silence silence(SilenceData data) {
        return fixtures.as(editor, () -> silences.create(team.id(), data));
    }

    private AlertNotice notice(Model model) {
        return notices(model).getFirst();
    }

    private List<AlertNotice> notices(Model model) {
        return fixtures.asAdmin(() -> responses.notices(model.id(), 10));
    }
}
