package dev.beacon.maintenance;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.maintenance.ScheduleRecurrence.Unit;
import dev.beacon.notification.InboxService;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Recurring schedules through the real service and runner, with the test clock. */
@IntegrationTest
class ScheduleServiceTest {

    static final ZoneId UTC = ZoneId.of("UTC");

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ScheduleService schedules;
    @Autowired
    ScheduleRunner runner;
    @Autowired
    TicketService tickets;
    @Autowired
    InboxService inbox;
    @Autowired
    MutableClock clock;

    Team team;
    UserAccount editor;
    UserAccount patcher;
    Model model;

    @BeforeEach
    void aTeamWithAModel() {
        team = fixtures.team("schedules");
        editor = fixtures.user("editor");
        patcher = fixtures.user("patcher");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, patcher, TeamRole.EDITOR);
        model = fixtures.model(team, "patched");
    }

    @Test
    void a_due_schedule_opens_one_ticket_assigned_to_its_default_assignee_and_then_waits_for_it() {
        Schedule schedule = create(ScheduleRecurrence.every(30, Unit.DAYS, UTC), today());

        List<Ticket> opened = ticketsOf(schedule, runner.runOnce());
        assertThat(ticketsOf(schedule, runner.runOnce())).as("the same occurrence again").isEmpty();
        clock.advance(Duration.ofDays(100));
        assertThat(ticketsOf(schedule, runner.runOnce())).as("no pile-up while nobody works on it").isEmpty();

        assertThat(opened).singleElement().satisfies(ticket -> {
            assertThat(ticket.data().type()).isEqualTo(TicketType.SECURITY_PATCH);
            assertThat(ticket.data().title()).isEqualTo("Security patch review");
            assertThat(ticket.model()).isEqualTo(model.id());
            assertThat(ticket.assignee()).isEqualTo(patcher.id());
            assertThat(ticket.reporter()).as("opened by Beacon").isNull();
            assertThat(ticket.data().dueDate()).isEqualTo(today().minusDays(100).plusDays(7));
        });
        Schedule waiting = fixtures.as(editor, () -> schedules.get(schedule.id()));
        assertThat(waiting.nextDueAt()).isNull();
        assertThat(waiting.openTicket()).isEqualTo(opened.getFirst().reference());
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.as(patcher, () -> inbox.items()).stream()
                .anyMatch(item -> item.title().equals("Beacon assigned you " + opened.getFirst().headline())));
    }

    @Test
    void runners_racing_for_the_same_occurrences_open_each_once() throws Exception {
        List<Schedule> due = IntStream.range(0, 5).mapToObj(i -> create(ScheduleRecurrence.every(7, Unit.DAYS, UTC), today())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Ticket>>> runs = List.of(pool.submit(() -> { start.await(); return runner.runOnce(); }),
                    pool.submit(() -> { start.await(); return runner.runOnce(); }));
            start.countDown();
            List<Ticket> opened = new ArrayList<>();
            for (Future<List<Ticket>> run : runs) {
                opened.addAll(run.get(60, TimeUnit.SECONDS));
            }
            for (Schedule schedule : due) {
                assertThat(ticketsOf(schedule, opened)).as("tickets of one occurrence").hasSize(1);
                assertThat(fixtures.as(editor, () -> schedules.get(schedule.id())).nextDueAt()).as("waits for its ticket").isNull();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void completing_early_counts_the_interval_from_the_completion_day() {
        Schedule schedule = create(ScheduleRecurrence.every(30, Unit.DAYS, UTC), today());
        Ticket ticket = ticketsOf(schedule, runner.runOnce()).getFirst();
        clock.advance(Duration.ofDays(3));

        Ticket done = move(ticket, TicketStatus.DONE);

        Schedule next = fixtures.as(editor, () -> schedules.get(schedule.id()));
        assertThat(next.lastCompletedAt()).isEqualTo(done.closedAt());
        assertThat(next.nextDueAt()).isEqualTo(dayStart(done.closedAt()).plus(Duration.ofDays(30)));
        assertThat(next.openTicket()).isNull();
        assertThat(ticketsOf(schedule, runner.runOnce())).as("not due before its day").isEmpty();
        clock.advance(Duration.ofDays(30));
        assertThat(ticketsOf(schedule, runner.runOnce())).hasSize(1);
    }

    @Test
    void wont_do_moves_the_next_date_like_a_completion_without_counting_as_one_and_reopening_waits_again() {
        Schedule schedule = create(ScheduleRecurrence.every(2, Unit.WEEKS, UTC), today());
        Ticket ticket = ticketsOf(schedule, runner.runOnce()).getFirst();

        Ticket dropped = move(ticket, TicketStatus.WONT_DO);
        Schedule after = fixtures.as(editor, () -> schedules.get(schedule.id()));
        assertThat(after.lastCompletedAt()).isNull();
        assertThat(after.nextDueAt()).isEqualTo(dayStart(dropped.closedAt()).plus(Duration.ofDays(14)));

        move(dropped, TicketStatus.OPEN);
        assertThat(fixtures.as(editor, () -> schedules.get(schedule.id())).nextDueAt()).as("waits for the reopened ticket").isNull();
    }

    @Test
    void skipping_moves_the_next_occurrence_one_step_without_opening_a_ticket() {
        LocalDate start = today().plusDays(10);
        Schedule schedule = create(ScheduleRecurrence.every(3, Unit.MONTHS, UTC), start);

        Schedule skipped = fixtures.as(editor, () -> schedules.skip(schedule.id(), schedule.version()));

        assertThat(skipped.nextDueAt()).isEqualTo(start.plusMonths(3).atStartOfDay(UTC).toInstant());
        assertThatThrownBy(() -> fixtures.as(editor, () -> schedules.skip(schedule.id(), schedule.version())))
                .isInstanceOf(StaleDataException.class);
    }

    @Test
    void a_cron_schedule_opens_at_its_calendar_time() {
        Schedule schedule = create(ScheduleRecurrence.cron("0 6 * * *", UTC), today());
        Instant first = schedule.nextDueAt();
        assertThat(first.atZone(UTC).getHour()).isEqualTo(6);
        assertThat(first).isAfter(clock.instant());

        clock.advance(Duration.between(clock.instant(), first).plusSeconds(1));
        Ticket ticket = ticketsOf(schedule, runner.runOnce()).getFirst();
        Ticket done = move(ticket, TicketStatus.DONE);

        assertThat(fixtures.as(editor, () -> schedules.get(schedule.id())).nextDueAt()).isEqualTo(first.plus(Duration.ofDays(1)));
        assertThat(done.closedAt()).isBefore(first.plus(Duration.ofDays(1)));
    }

    @Test
    void schedules_check_their_input_and_the_assignee_naming_the_field() {
        var data = data(ScheduleRecurrence.every(30, Unit.DAYS, UTC), today());
        UserAccount outsider = fixtures.user("outsider");

        assertThatThrownBy(() -> fixtures.as(editor, () -> schedules.create(team.id(), withAssignee(data, outsider))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("assigneeId"));
        assertThatThrownBy(() -> fixtures.as(editor, () -> schedules.create(team.id(), withTitle(data, " "))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void viewers_read_but_do_not_change_and_other_teams_do_not_find_schedules() {
        Schedule schedule = create(ScheduleRecurrence.every(90, Unit.DAYS, UTC), today().plusDays(1));
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        UserAccount stranger = fixtures.memberOfNewTeam("stranger", TeamRole.OWNER);

        assertThat(fixtures.as(viewer, () -> schedules.schedulesOf(team.id()))).extracting(Schedule::id).containsExactly(schedule.id());
        assertThat(fixtures.as(viewer, () -> schedules.schedulesOfModel(model.id()))).extracting(Schedule::id).containsExactly(schedule.id());
        assertThatThrownBy(() -> fixtures.as(viewer, () -> schedules.skip(schedule.id(), schedule.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> schedules.get(schedule.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> schedules.schedulesOf(team.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> schedules.delete(schedule.id(), schedule.version())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> schedules.create(team.id(), data(ScheduleRecurrence.every(1, Unit.DAYS, UTC), today()))))
                .isInstanceOf(NotFoundException.class);
    }

    private Schedule create(ScheduleRecurrence recurrence, LocalDate start) {
        return fixtures.as(editor, () -> schedules.create(team.id(), data(recurrence, start)));
    }

    private ScheduleData data(ScheduleRecurrence recurrence, LocalDate start) {
        return new ScheduleData(model.id(), recurrence, start, TicketType.SECURITY_PATCH, "Security patch review",
                "Check the runtime's advisories", TicketPriority.HIGH, patcher.id(), 7, true);
    }

    private static ScheduleData withAssignee(ScheduleData data, UserAccount assignee) {
        return new ScheduleData(data.modelId(), data.recurrence(), data.startDay(), data.type(), data.title(), data.description(),
                data.priority(), assignee.id(), data.dueAfterDays(), data.enabled());
    }

    private static ScheduleData withTitle(ScheduleData data, String title) {
        return new ScheduleData(data.modelId(), data.recurrence(), data.startDay(), data.type(), title, data.description(),
                data.priority(), data.assigneeId(), data.dueAfterDays(), data.enabled());
    }

    private Ticket move(Ticket ticket, TicketStatus to) {
        return fixtures.as(editor, () -> tickets.move(ticket.id(), tickets.get(ticket.id()).version(), to, null));
    }

    /** The runner serves every team's schedules; these are this schedule's. */
    private static List<Ticket> ticketsOf(Schedule schedule, List<Ticket> opened) {
        return opened.stream().filter(ticket -> schedule.id().equals(ticket.schedule())).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UTC);
    }

    private static Instant dayStart(Instant at) {
        return LocalDate.ofInstant(at, UTC).atStartOfDay(UTC).toInstant();
    }
}
