package dev.beacon.evaluation;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelStatus;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.beacon.jooq.Tables.EVAL_ATTACHMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The schedule of an attachment, driven by the test clock: each occurrence starts one run, and only one. */
@IntegrationTest
class ScheduledRunsTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    SuiteService suites;
    @Autowired
    AttachmentService attachments;
    @Autowired
    RunService runs;
    @Autowired
    ScheduledRuns scheduled;
    @Autowired
    MutableClock clock;
    @Autowired
    DSLContext db;
    @Autowired
    ModelService models;

    ChatModelServer server;
    UserAccount editor;
    Suite suite;
    Attachment attachment;

    @BeforeEach
    void anHourlyAttachment() {
        EvalFixtures eval = new EvalFixtures(fixtures, suites);
        server = ChatModelServer.start().answering(EvalFixtures::rightAnswer);
        Team team = fixtures.team("scheduled");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        Model model = eval.model(team, server);
        suite = eval.arithmetic(editor, team, 3);
        attachment = fixtures.as(editor, () -> attachments.attach(suite.id(), new AttachmentData(model.id(),
                RunSchedule.everyMinutes(60), null, BigDecimal.ZERO, 256, 2, 30, true)));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_due_occurrence_starts_one_scheduled_run_and_the_schedule_moves_on_by_its_interval() {
        Instant due = attachment.nextRunAt();
        assertThat(scheduled.runOnce()).as("not due yet").noneMatch(this::ofSuite);

        clock.advance(Duration.ofMinutes(61));
        List<RunId> started = scheduled.runOnce();

        assertThat(started.stream().filter(this::ofSuite)).hasSize(1);
        assertThat(scheduled.runOnce()).noneMatch(this::ofSuite);
        Run run = onlyRun();
        assertThat(run.trigger()).isEqualTo(RunTrigger.SCHEDULED);
        assertThat(run.startedBy()).isNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> onlyRun().status() == RunStatus.COMPLETED);
        assertThat(onlyRun().accuracy()).isEqualTo(1.0);
        assertThat(current().nextRunAt()).isEqualTo(due.plus(Duration.ofMinutes(60)));
    }

    @Test
    void a_claimed_occurrence_never_runs_twice_even_when_the_schedule_says_it_is_due_again() {
        Instant due = attachment.nextRunAt();
        clock.advance(Duration.ofMinutes(61));
        scheduled.runOnce();
        // as after a crash between claiming the occurrence and moving the schedule on
        db.update(EVAL_ATTACHMENT).set(EVAL_ATTACHMENT.NEXT_RUN_AT, due)
                .where(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID.eq(attachment.id())).execute();

        assertThat(scheduled.runOnce()).noneMatch(this::ofSuite);

        assertThat(fixtures.as(editor, () -> runs.runsOfSuite(suite.id(), 10))).hasSize(1);
        assertThat(current().nextRunAt()).isAfter(due);
    }

    @Test
    void runs_missed_while_beacon_was_down_are_not_made_up_one_after_another() {
        clock.advance(Duration.ofHours(5));

        scheduled.runOnce();
        scheduled.runOnce();

        assertThat(fixtures.as(editor, () -> runs.runsOfSuite(suite.id(), 10))).hasSize(1);
        assertThat(current().nextRunAt()).isAfter(clock.instant());
    }

    @Test
    void a_disabled_attachment_does_not_run_on_its_own() {
        fixtures.as(editor, () -> attachments.update(attachment.id(), new AttachmentData(attachment.model(),
                RunSchedule.everyMinutes(60), null, BigDecimal.ZERO, 256, 2, 30, false), attachment.version()));
        clock.advance(Duration.ofMinutes(61));

        scheduled.runOnce();

        assertThat(fixtures.as(editor, () -> runs.runsOfSuite(suite.id(), 10))).isEmpty();
    }

    @Test
    void a_retired_model_s_schedule_passes_its_occurrences_by_without_running() {
        fixtures.asAdmin(() -> {
            Model current = models.get(attachment.model());
            return models.update(current.id(), current.version(),
                    RecordCopy.with(current.data(), "status", ModelStatus.RETIRED), null);
        });
        clock.advance(Duration.ofMinutes(61));

        scheduled.runOnce();

        assertThat(fixtures.as(editor, () -> runs.runsOfSuite(suite.id(), 10))).isEmpty();
        assertThat(current().nextRunAt()).isAfter(clock.instant());
    }

    private boolean ofSuite(RunId run) {
        return fixtures.as(editor, () -> runs.runsOfSuite(suite.id(), 10)).stream().anyMatch(each -> each.id().equals(run));
    }

    private Run onlyRun() {
        List<Run> all = fixtures.as(editor, () -> runs.runsOfSuite(suite.id(), 10));
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private Attachment current() {
        return fixtures.as(editor, () -> attachments.get(attachment.id()));
    }
}
