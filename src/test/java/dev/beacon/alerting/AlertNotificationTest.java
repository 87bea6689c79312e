package dev.beacon.alerting;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.MaintenanceSchedule.Recurrence;
import dev.beacon.notification.ChannelData;
import dev.beacon.notification.ChannelService;
import dev.beacon.notification.InboxService;
import dev.beacon.notification.MinimumSeverity;
import dev.beacon.notification.WebhookFormat;
import dev.beacon.notification.WebhookReceiver;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Alerts notify the team through its channels: what the messages say, when they repeat, and acknowledgements. */
@IntegrationTest
class AlertNotificationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RUNBOOK = "https://runbooks.example.org/latency";

    @Autowired
    ApplicationContext context;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ChannelService channels;
    @Autowired
    AlertResponseService responses;
    @Autowired
    InboxService inbox;
    @Autowired
    AlertingProperties properties;
    @Autowired
    MutableClock clock;

    AlertTestData alerts;
    Team team;
    UserAccount editor;
    WebhookReceiver receiver;

    @BeforeEach
    void aTeamWithAWebhook() {
        alerts = new AlertTestData(context);
        team = fixtures.team("notifying");
        editor = fixtures.user("oncall");
        fixtures.member(team, editor, TeamRole.EDITOR);
        receiver = WebhookReceiver.start();
        fixtures.asAdmin(() -> channels.create(team.id(), ChannelData.webhook("Pager", receiver.url(), WebhookFormat.BEACON)));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void firing_sends_model_rule_value_threshold_runbook_and_link_pending_sends_nothing_and_recovery_sends_resolved() {
        Model model = alerts.fleet.model(team, "notified", ModelRuntime.VLLM);
        alerts.rule(model, withRunbook(AlertTestData.latencyRule(2_000, 5_000, 60)));
        alerts.latency(team, model, 5, 20, 3_000);

        alerts.nextCycle();
        assertThat(notices(model)).as("pending notifies nobody").isEmpty();

        alerts.after(Duration.ofSeconds(60));
        AlertNotice fired = notices(model).getFirst();
        assertThat(fired.state()).isEqualTo(AlertState.FIRING);
        assertThat(fired.notice()).isNotNull();
        JsonNode message = awaitWebhook(1);
        assertThat(message.get("severity").asString()).isEqualTo("WARNING");
        assertThat(message.get("title").asString()).isEqualTo("Firing warning: " + model.data().name()
                + " — Latency p95 above 2,000 ms (warning), 5,000 ms (critical) over 5 min");
        assertThat(message.get("body").asString()).containsPattern(
                "against the warning threshold 2,000\\.00 ms, firing since \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC\\.");
        assertThat(message.get("fields").get("Since").asString()).as("readable, not an ISO instant with nanoseconds")
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC");
        assertThat(message.get("fields").get("Value").asString()).startsWith("3,0").endsWith(" ms");
        assertThat(message.get("fields").get("Threshold").asString()).isEqualTo("2,000.00 ms");
        assertThat(message.get("fields").get("Runbook").asString()).isEqualTo(RUNBOOK);
        assertThat(message.get("link").asString()).endsWith("/models/" + model.id() + "?tab=alerts");

        alerts.after(Duration.ofMinutes(6));
        JsonNode resolved = awaitWebhook(2);
        assertThat(resolved.get("severity").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("title").asString()).startsWith("Resolved: " + model.data().name());
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(model).getFirst().deliveries().stream()
                .anyMatch(delivery -> !delivery.attempts().isEmpty() && delivery.attempts().getFirst().httpStatus() == 200));
    }

    @Test
    void a_firing_alert_is_reminded_every_repeat_interval_until_acknowledged_and_escalation_clears_the_acknowledgement() {
        Model model = alerts.fleet.model(team, "reminded", ModelRuntime.VLLM);
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        alerts.latency(team, model, 5, 20, 3_000);
        alerts.nextCycle();
        alerts.nextCycle();
        assertThat(notices(model)).as("one notice, no reminder within the interval").hasSize(1);

        stillBreachingAfter(model, properties.repeatInterval(), 3_000);
        assertThat(notices(model)).hasSize(2);
        assertThat(notices(model).getFirst().reminder()).isTrue();
        assertThat(notices(model).getFirst().notice()).isNotNull();

        Acknowledgement ack = fixtures.as(editor, () -> responses.acknowledge(rule.id(), "Looking into the GPU node", editor.id()));
        assertThat(ack.severity()).isEqualTo(Severity.WARNING);
        assertThat(ack.assigneeName()).isEqualTo(editor.username());
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.as(editor, () -> inbox.items()).stream()
                .anyMatch(item -> item.title().startsWith("Assigned to you: " + model.data().name())));
        stillBreachingAfter(model, properties.repeatInterval(), 3_000);
        assertThat(notices(model)).as("acknowledged: no reminder").hasSize(2);

        alerts.latency(team, model, 5, 20, 8_000);
        alerts.nextCycle();
        assertThat(notices(model)).hasSize(3);
        assertThat(notices(model).getFirst().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(fixtures.as(editor, () -> responses.acknowledgement(rule.id()))).as("escalation clears the ack").isEmpty();
    }

    @Test
    void a_rule_with_its_own_repeat_interval_is_reminded_that_often_instead_of_the_default() {
        Model model = alerts.fleet.model(team, "often", ModelRuntime.VLLM);
        alerts.rule(model, withRepeat(AlertTestData.latencyRule(2_000, 5_000, 0), 600));
        alerts.latency(team, model, 5, 20, 3_000);
        alerts.nextCycle();

        stillBreachingAfter(model, Duration.ofMinutes(9), 3_000);
        assertThat(notices(model)).as("not yet ten minutes").hasSize(1);
        stillBreachingAfter(model, Duration.ofMinutes(1), 3_000);
        assertThat(notices(model)).hasSize(2);
        assertThat(notices(model).getFirst().reminder()).isTrue();
        assertThat(properties.repeatInterval()).as("the default is much longer").isGreaterThan(Duration.ofMinutes(30));
    }

    @Test
    void a_channel_for_critical_alerts_of_gpu_models_gets_the_critical_firing_and_its_resolved_message_but_not_a_warning() {
        WebhookReceiver gpuPager = WebhookReceiver.start();
        try (gpuPager) {
            fixtures.asAdmin(() -> channels.create(team.id(), ChannelData.webhook("GPU pager", gpuPager.url(), WebhookFormat.BEACON)
                    .routed(MinimumSeverity.CRITICAL, List.of("gpu"))));
            Model gpu = alerts.fleet.model(team, "gpu", ModelRuntime.VLLM, "gpu");
            Model cpu = alerts.fleet.model(team, "cpu", ModelRuntime.VLLM, "cpu");
            alerts.rule(gpu, AlertTestData.latencyRule(2_000, 5_000, 0));
            alerts.rule(cpu, AlertTestData.latencyRule(2_000, 5_000, 0));
            alerts.latency(team, gpu, 5, 20, 3_000);
            alerts.latency(team, cpu, 5, 20, 8_000);
            alerts.nextCycle();
            assertThat(awaitWebhook(1).get("count").asInt()).as("both firings in one message").isEqualTo(2);
            assertThat(gpuPager.received()).as("a warning, and a critical alert of a cpu model").isEmpty();

            alerts.latency(team, gpu, 5, 20, 8_000);
            alerts.nextCycle();
            alerts.sendGroupedNotices();
            await().atMost(Duration.ofSeconds(20)).until(() -> gpuPager.received().size() == 1);
            assertThat(JSON.readTree(gpuPager.received().getFirst().body()).get("title").asString()).startsWith("Firing critical: " + gpu.data().name());

            alerts.after(Duration.ofMinutes(6));
            alerts.sendGroupedNotices();
            await().atMost(Duration.ofSeconds(20)).until(() -> gpuPager.received().size() >= 2);
            JsonNode resolved = JSON.readTree(gpuPager.received().get(1).body());
            String titles = resolved.has("notices") ? resolved.get("notices").toString() : resolved.get("title").asString();
            assertThat(titles).contains("Resolved: " + gpu.data().name()).doesNotContain(cpu.data().name());
        }
    }

    @Test
    void only_a_firing_alert_can_be_acknowledged_and_only_to_a_member_of_the_team() {
        Model model = alerts.fleet.model(team, "calm", ModelRuntime.VLLM);
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        UserAccount stranger = fixtures.memberOfNewTeam("stranger", TeamRole.OWNER);

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(dev.beacon.shared.InvalidInputException.class,
                () -> fixtures.as(editor, () -> responses.acknowledge(rule.id(), "", null))).field()).isEqualTo("rule");
        alerts.latency(team, model, 5, 20, 3_000);
        alerts.nextCycle();
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(dev.beacon.shared.InvalidInputException.class,
                () -> fixtures.as(editor, () -> responses.acknowledge(rule.id(), "", stranger.id()))).field()).isEqualTo("assignee");
    }

    @Test
    void during_a_maintenance_window_the_alert_is_in_history_but_no_notice_is_sent() {
        Model model = alerts.fleet.model(team, "maintained", ModelRuntime.VLLM);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        var local = clock.instant().atZone(berlin);
        fixtures.as(editor, () -> context.getBean(MaintenanceWindowService.class).create(team.id(),
                new MaintenanceWindowData("Driver upgrade", model.id(), Recurrence.WEEKLY, EnumSet.allOf(DayOfWeek.class), null,
                        local.toLocalTime().minusMinutes(5).withSecond(0).withNano(0), 120, "Europe/Berlin")));
        alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        alerts.latency(team, model, 5, 20, 3_000);

        alerts.nextCycle();

        AlertNotice muted = notices(model).getFirst();
        assertThat(muted.notice()).isNull();
        assertThat(muted.mutedBy()).isEqualTo("in maintenance window Driver upgrade");
        assertThat(fixtures.asAdmin(() -> context.getBean(AlertHistoryService.class).history(model.id(), 10)))
                .singleElement().satisfies(transition -> {
                    assertThat(transition.to()).isEqualTo(AlertState.FIRING);
                    assertThat(transition.mutedBy()).isEqualTo("in maintenance window Driver upgrade");
                });
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void a_silenced_alert_that_keeps_firing_is_not_reminded_every_cycle_and_is_reminded_once_the_window_ends() {
        Model model = alerts.fleet.model(team, "quiet", ModelRuntime.VLLM);
        var local = clock.instant().atZone(ZoneId.of("UTC"));
        fixtures.as(editor, () -> context.getBean(MaintenanceWindowService.class).create(team.id(),
                new MaintenanceWindowData("Reindex", model.id(), Recurrence.WEEKLY, EnumSet.allOf(DayOfWeek.class), null,
                        local.toLocalTime().minusMinutes(1).withSecond(0).withNano(0), 10, "UTC")));
        alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        alerts.latency(team, model, 5, 20, 3_000);
        alerts.nextCycle();
        assertThat(notices(model)).as("the muted firing").hasSize(1);

        for (int cycle = 0; cycle < 4; cycle++) {
            stillBreachingAfter(model, Duration.ofSeconds(15), 3_000);
        }
        assertThat(notices(model)).as("no muted reminder rows piling up while the window lasts").hasSize(1);

        stillBreachingAfter(model, Duration.ofMinutes(10), 3_000);
        AlertNotice reminder = notices(model).getFirst();
        assertThat(reminder.reminder()).isTrue();
        assertThat(reminder.notice()).as("sent at once after the window, since nobody was told").isNotNull();
        assertThat(notices(model)).hasSize(2);
    }

    private void stillBreachingAfter(Model model, Duration wait, double latencyMs) {
        clock.advance(wait);
        alerts.latency(team, model, 5, 20, latencyMs);
        alerts.nextCycle();
    }

    private List<AlertNotice> notices(Model model) {
        return fixtures.asAdmin(() -> responses.notices(model.id(), 50));
    }

    /** Alert notices wait the group wait before they go out (to gather a burst into one message). */
    private JsonNode awaitWebhook(int count) {
        alerts.sendGroupedNotices();
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() >= count);
        return JSON.readTree(receiver.received().get(count - 1).body());
    }

    private static RuleData withRepeat(RuleData base, int seconds) {
        return new RuleData(base.metric(), null, base.comparator(), base.warningThreshold(), base.criticalThreshold(),
                base.windowSeconds(), base.pendingSeconds(), 0, NoDataMode.OK, null, true, null, "", seconds);
    }

    private static RuleData withRunbook(RuleData base) {
        return new RuleData(base.metric(), null, base.comparator(), base.warningThreshold(), base.criticalThreshold(),
                base.windowSeconds(), base.pendingSeconds(), 0, NoDataMode.OK, null, true, RUNBOOK, "");
    }
}
