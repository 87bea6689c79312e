package dev.beacon.maintenance;

import dev.beacon.ExtraInstance;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.maintenance.ScheduleRecurrence.Unit;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static dev.beacon.jooq.Tables.MAINTENANCE_OCCURRENCE;
import static dev.beacon.jooq.Tables.MAINTENANCE_SCHEDULE;
import static dev.beacon.jooq.Tables.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two more Beacon instances with their schedules on share the test database and look for due schedules every 100 ms:
 * each occurrence opens exactly one ticket, whichever instance comes first, and the test context's own runner (a third
 * instance, as after a restart) finds nothing left to open. The instances run on the real clock, so the schedule is
 * made due by the real clock.
 */
@IntegrationTest
class ScheduleExactlyOnceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext db;
    @Autowired
    ScheduleService schedules;
    @Autowired
    ScheduleRunner runner;
    @Autowired
    TicketService tickets;

    @Test
    void two_instances_open_each_occurrence_once() throws SQLException {
        Team team = fixtures.team("exactly-once");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        Model model = fixtures.model(team, "scheduled");
        ZoneId utc = ZoneId.of("UTC");
        Schedule schedule = fixtures.as(editor, () -> schedules.create(team.id(), new ScheduleData(model.id(),
                ScheduleRecurrence.every(1, Unit.DAYS, utc), LocalDate.now(utc).plusYears(5), TicketType.SECURITY_PATCH,
                "Patch review", "", TicketPriority.NORMAL, editor.id(), null, true)));
        dueByTheRealClock(schedule);
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            instances.add(startInstance());
            instances.add(startInstance());

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> ticketsOf(schedule) >= 1);
            Ticket first = fixtures.as(editor, () -> tickets.find(TicketFilter.none(), 0, 1000)).stream()
                    .filter(ticket -> schedule.id().equals(ticket.schedule())).findFirst().orElseThrow();
            fixtures.as(editor, () -> tickets.move(first.id(), first.version(), TicketStatus.DONE, null));
            dueByTheRealClock(schedule);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> ticketsOf(schedule) >= 2);
            // every instance has ticked many times more in this second; none opened anything more
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> ticketsOf(schedule) == 2);
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
        }
        runner.runOnce();

        assertThat(ticketsOf(schedule)).isEqualTo(2);
        assertThat(db.fetchCount(MAINTENANCE_OCCURRENCE, MAINTENANCE_OCCURRENCE.SCHEDULE_ID.eq(schedule.id())))
                .as("one claimed occurrence per ticket").isEqualTo(2);
        assertThat(db.selectDistinct(MAINTENANCE_OCCURRENCE.TICKET_ID).from(MAINTENANCE_OCCURRENCE)
                .where(MAINTENANCE_OCCURRENCE.SCHEDULE_ID.eq(schedule.id())).fetch()).hasSize(2);
    }

    /** Moves the schedule's next date to a minute ago by the real clock (the test context's clock may be ahead of it). */
    private void dueByTheRealClock(Schedule schedule) {
        db.update(MAINTENANCE_SCHEDULE)
                .set(MAINTENANCE_SCHEDULE.NEXT_DUE_AT, Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofMinutes(1)))
                .where(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(schedule.id())).execute();
    }

    private int ticketsOf(Schedule schedule) {
        return db.fetchCount(TICKET, TICKET.SCHEDULE_ID.eq(schedule.id()));
    }

    private ConfigurableApplicationContext startInstance() throws SQLException {
        return ExtraInstance.start(dataSource, "--beacon.maintenance.schedule-tick=100ms",
                "--beacon.maintenance.schedule-initial-delay=0s", "--beacon.alerting.initial-delay=1h");
    }
}
