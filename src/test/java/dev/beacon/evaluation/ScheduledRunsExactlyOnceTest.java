package dev.beacon.evaluation;

import dev.beacon.ExtraInstance;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static dev.beacon.jooq.Tables.EVAL_ATTACHMENT;
import static dev.beacon.jooq.Tables.EVAL_RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two more Beacon instances with their schedules on share the test database and look for due runs every 100 ms: each
 * occurrence runs exactly once, whichever instance comes first, and the test context's own scheduler (a third
 * instance, as after a restart) does not run a claimed occurrence again. The instances run on the real clock, so the attachment is
 * made due by the real clock.
 */
@IntegrationTest
class ScheduledRunsExactlyOnceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext db;
    @Autowired
    SuiteService suites;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ScheduledRuns scheduled;

    @Test
    void two_instances_run_each_occurrence_once() throws SQLException {
        Team team = fixtures.team("runs-once");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        EvalFixtures eval = new EvalFixtures(fixtures, suites);
        try (ChatModelServer server = ChatModelServer.start().answering(EvalFixtures::rightAnswer)) {
            Model model = eval.model(team, server);
            Suite suite = eval.arithmetic(editor, team, 3);
            Attachment attachment = fixtures.as(editor, () -> attachments.attach(suite.id(), new AttachmentData(model.id(),
                    RunSchedule.everyMinutes(24 * 60), null, BigDecimal.ZERO, 256, 3, 30, true)));
            dueByTheRealClock(attachment, Duration.ofMinutes(2));
            List<ConfigurableApplicationContext> instances = new ArrayList<>();
            try {
                instances.add(startInstance());
                instances.add(startInstance());

                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> runsOf(attachment) >= 1);
                dueByTheRealClock(attachment, Duration.ofMinutes(1));
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> runsOf(attachment) >= 2);
                // every instance has ticked many times more in this second; none started anything more
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> runsOf(attachment) == 2);
                await().atMost(Duration.ofSeconds(30)).until(() -> completedRunsOf(attachment) == 2);
            } finally {
                instances.forEach(ConfigurableApplicationContext::close);
            }
            // a restart that finds the schedule pointing at the last occurrence again (as if the instance died between
            // claiming it and moving on) does not run it again
            Instant lastDue = db.select(DSL.max(EVAL_RUN.DUE_AT)).from(EVAL_RUN)
                    .where(EVAL_RUN.EVAL_ATTACHMENT_ID.eq(attachment.id())).fetchOne(0, Instant.class);
            db.update(EVAL_ATTACHMENT).set(EVAL_ATTACHMENT.NEXT_RUN_AT, lastDue)
                    .where(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID.eq(attachment.id())).execute();
            scheduled.runOnce();

            assertThat(runsOf(attachment)).isEqualTo(2);
            // (the instances' health probes call the server too)
            assertThat(server.requests().stream().filter(request -> request.path().equals(ChatModelServer.PATH)))
                    .as("each occurrence's 3 cases, sent once").hasSize(6);
            assertThat(db.selectDistinct(EVAL_RUN.DUE_AT).from(EVAL_RUN)
                    .where(EVAL_RUN.EVAL_ATTACHMENT_ID.eq(attachment.id())).fetch()).hasSize(2);
        }
    }

    /** Moves the attachment's next run to this long ago by the real clock (the test context's clock may be ahead). */
    private void dueByTheRealClock(Attachment attachment, Duration ago) {
        db.update(EVAL_ATTACHMENT)
                .set(EVAL_ATTACHMENT.NEXT_RUN_AT, Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(ago))
                .where(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID.eq(attachment.id())).execute();
    }

    private int runsOf(Attachment attachment) {
        return db.fetchCount(EVAL_RUN, EVAL_RUN.EVAL_ATTACHMENT_ID.eq(attachment.id()));
    }

    private int completedRunsOf(Attachment attachment) {
        return db.fetchCount(EVAL_RUN, EVAL_RUN.EVAL_ATTACHMENT_ID.eq(attachment.id()),
                EVAL_RUN.STATUS.eq(RunStatus.COMPLETED));
    }

    private ConfigurableApplicationContext startInstance() throws SQLException {
        return ExtraInstance.start(dataSource, "--beacon.evaluation.schedule-tick=100ms",
                "--beacon.evaluation.schedule-initial-delay=0s", "--beacon.alerting.initial-delay=1h",
                "--beacon.maintenance.schedule-initial-delay=1h");
    }
}
