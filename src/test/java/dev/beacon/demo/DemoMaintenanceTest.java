package dev.beacon.demo;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.maintenance.Schedule;
import dev.beacon.maintenance.ScheduleData;
import dev.beacon.maintenance.ScheduleRecurrence;
import dev.beacon.maintenance.ScheduleService;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketFilter;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketSilenceService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import dev.beacon.registry.ModelService;
import dev.beacon.security.RunAs;
import dev.beacon.security.TeamOverview;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserAdminService;
import dev.beacon.shared.TeamId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo teams' maintenance work, run directly in the shared test context after seeding the demo data (the demo
 * profile stays off): every team gets its tickets and schedules from its own people, once, and a team that started
 * its own is left alone.
 */
@IntegrationTest
class DemoMaintenanceTest {

    private static final String SUPPORT_BOTS = "Support Bots";

    @Autowired
    RunAs runAs;
    @Autowired
    UserAdminService users;
    @Autowired
    TeamService teams;
    @Autowired
    ModelService models;
    @Autowired
    TicketService tickets;
    @Autowired
    TicketSilenceService silences;
    @Autowired
    ScheduleService schedules;
    @Autowired
    Clock clock;
    @Autowired
    TestFixtures fixtures;

    @BeforeEach
    void seeded() {
        new DemoDataSeeder(runAs, users, teams, models, DemoFleetSettings.defaults()).run(new DefaultApplicationArguments());
        addMaintenance();
    }

    @Test
    void every_demo_team_gets_its_planned_tickets_and_schedules() {
        for (DemoCatalog.DemoTeam demo : DemoCatalog.TEAMS) {
            assertThat(ticketsOf(demo.name())).extracting(ticket -> ticket.data().title())
                    .containsExactlyInAnyOrderElementsOf(DemoMaintenancePlan.TICKETS.stream()
                            .filter(ticket -> ticket.team().equals(demo.name())).map(DemoMaintenancePlan.DemoTicket::title).toList())
                    .isNotEmpty();
            assertThat(schedulesOf(demo.name())).extracting(schedule -> schedule.data().title())
                    .containsExactlyInAnyOrderElementsOf(DemoMaintenancePlan.SCHEDULES.stream()
                            .filter(schedule -> schedule.team().equals(demo.name())).map(DemoMaintenancePlan.DemoSchedule::title).toList())
                    .isNotEmpty();
        }
    }

    @Test
    void ethan_finds_the_vllm_patch_in_progress_in_his_tickets_with_its_model_silenced() {
        Ticket patch = runAs.user("ethan", () -> tickets.mine()).stream()
                .filter(ticket -> ticket.data().title().startsWith("Patch vLLM")).findFirst().orElseThrow();

        assertThat(patch.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(patch.modelName()).isEqualTo("qwen2.5-coder-32b");
        assertThat(patch.reporterName()).isEqualTo("Olivia Ortiz");
        assertThat(patch.dueSoon(clock)).isTrue();
        assertThat(runAs.user("ethan", () -> silences.status(patch.id())).silencedUntil()).isNotNull();
        assertThat(runAs.user("ethan", () -> tickets.details(patch.id())).comments()).hasSize(1);
    }

    @Test
    void the_drifting_model_s_retraining_waits_open_so_its_accuracy_alert_reaches_the_team() {
        Ticket retraining = runAs.user("nina", () -> tickets.mine()).stream()
                .filter(ticket -> ticket.data().title().startsWith("Fine-tune ft-004")).findFirst().orElseThrow();

        assertThat(retraining.modelName()).isEqualTo("mistral-7b-support-ft");
        assertThat(retraining.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(runAs.user("nina", () -> silences.status(retraining.id())).silencedUntil()).isNull();
    }

    @Test
    void olivia_sees_the_quarterly_access_review_overdue() {
        List<Ticket> overdue = runAs.user("olivia", () -> tickets.find(TicketFilter.none()
                .withTeam(team("Platform")).withOverdue(true), 0, 50));

        assertThat(overdue).extracting(ticket -> ticket.data().title()).containsExactly("Quarterly access review");
    }

    @Test
    void the_schedules_wait_for_their_first_date_with_their_default_assignee() {
        assertThat(schedulesOf("Platform")).allSatisfy(schedule -> {
            assertThat(schedule.nextDueAt()).isAfter(clock.instant());
            assertThat(schedule.openTicket()).isNull();
            assertThat(schedule.assigneeName()).isIn("Ethan Brooks", "Olivia Ortiz");
        }).anySatisfy(schedule -> assertThat(schedule.data().recurrence().describe())
                .isEqualTo("Cron 0 0 9 1 * * (Europe/Berlin)"));
    }

    @Test
    void starting_again_opens_no_ticket_and_adds_no_schedule() {
        List<Integer> before = counts();

        addMaintenance();

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_team_with_a_ticket_of_its_own_gets_no_demo_tickets() {
        TeamId team = team(SUPPORT_BOTS);
        runAs.user("nina", () -> ticketsOf(SUPPORT_BOTS).forEach(ticket -> tickets.delete(ticket.id(), ticket.version())));
        Ticket own = runAs.user("nina", () -> tickets.create(team, TicketData.of(null, TicketType.OTHER, "Our own first ticket")));
        try {
            addMaintenance();

            assertThat(ticketsOf(SUPPORT_BOTS)).extracting(Ticket::id).containsExactly(own.id());
        } finally {
            runAs.user("nina", () -> tickets.delete(own.id(), tickets.get(own.id()).version()));
        }
    }

    @Test
    void a_team_with_a_schedule_of_its_own_gets_no_demo_schedules() {
        TeamId team = team(SUPPORT_BOTS);
        runAs.user("nina", () -> schedulesOf(SUPPORT_BOTS).forEach(schedule -> schedules.delete(schedule.id(), schedule.version())));
        Schedule own = runAs.user("nina", () -> schedules.create(team, new ScheduleData(null,
                ScheduleRecurrence.every(1, ScheduleRecurrence.Unit.WEEKS, ZoneOffset.UTC), LocalDate.now(clock).plusDays(5),
                TicketType.OTHER, "Our own weekly check", "", TicketPriority.LOW, null, null, true)));
        try {
            addMaintenance();

            assertThat(schedulesOf(SUPPORT_BOTS)).extracting(Schedule::id).containsExactly(own.id());
        } finally {
            runAs.user("nina", () -> schedules.delete(own.id(), schedules.get(own.id()).version()));
        }
    }

    private void addMaintenance() {
        new DemoTickets(runAs, teams, tickets, clock).run(new DefaultApplicationArguments());
        new DemoSchedules(runAs, teams, schedules, clock).run(new DefaultApplicationArguments());
    }

    private List<Integer> counts() {
        return DemoCatalog.TEAMS.stream()
                .flatMap(demo -> List.of(ticketsOf(demo.name()).size(), schedulesOf(demo.name()).size()).stream()).toList();
    }

    private List<Ticket> ticketsOf(String teamName) {
        TeamId team = team(teamName);
        return fixtures.asAdmin(() -> tickets.find(TicketFilter.none().withTeam(team), 0, 100));
    }

    private List<Schedule> schedulesOf(String teamName) {
        TeamId team = team(teamName);
        return fixtures.asAdmin(() -> schedules.schedulesOf(team));
    }

    private TeamId team(String name) {
        return fixtures.asAdmin(() -> teams.myTeams().stream().filter(team -> team.name().equals(name))
                .map(TeamOverview::id).findFirst().orElseThrow());
    }
}
