package dev.beacon.demo;

import dev.beacon.demo.DemoMaintenancePlan.DemoSchedule;
import dev.beacon.maintenance.ModelChoice;
import dev.beacon.maintenance.ScheduleChoices;
import dev.beacon.maintenance.ScheduleData;
import dev.beacon.maintenance.ScheduleService;
import dev.beacon.security.RunAs;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserReference;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Gives the demo teams the recurring schedules of {@link DemoMaintenancePlan}, added by the demo users through the
 * schedule service. Their first tickets lie ahead, so the schedules page shows next dates rather than a burst of
 * tickets at the first start. A team that has any schedule is left alone, so restarts never duplicate schedules nor
 * undo a team's changes. A planned assignee who may no longer do the team's work leaves the schedule's tickets
 * unassigned; a planned model that is gone leaves the schedule out.
 */
@Component
@Profile("demo")
@Order(31)
class DemoSchedules implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSchedules.class);

    private final RunAs runAs;
    private final TeamService teams;
    private final ScheduleService schedules;
    private final Clock clock;

    DemoSchedules(RunAs runAs, TeamService teams, ScheduleService schedules, Clock clock) {
        this.runAs = runAs;
        this.teams = teams;
        this.schedules = schedules;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = PerDemoTeam.seed(runAs, teams, log, "schedules", this::seed);
        if (added > 0) {
            log.info("Added {} demo maintenance schedules", added);
        }
    }

    private int seed(String teamName, TeamId team) {
        if (!runAs.user(DemoCatalog.ownerOf(teamName), () -> schedules.schedulesOf(team)).isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        for (DemoSchedule demo : DemoMaintenancePlan.SCHEDULES) {
            if (demo.team().equals(teamName) && add(team, demo, today)) {
                added++;
            }
        }
        return added;
    }

    private boolean add(TeamId team, DemoSchedule demo, LocalDate today) {
        ScheduleChoices choices = runAs.user(demo.createdBy(), () -> schedules.choices(team));
        Optional<ModelId> model = choices.models().stream().filter(choice -> choice.name().equals(demo.model()))
                .map(ModelChoice::id).findFirst();
        if (demo.model() != null && model.isEmpty()) {
            return false;
        }
        UserId assignee = choices.assignees().stream().filter(member -> member.username().equals(demo.assignee()))
                .map(UserReference::id).findFirst().orElse(null);
        ScheduleData data = new ScheduleData(model.orElse(null), demo.recurrence(), today.plusDays(demo.startInDays()),
                demo.type(), demo.title(), demo.description(), demo.priority(), assignee, demo.dueAfterDays(), true);
        runAs.user(demo.createdBy(), () -> schedules.create(team, data));
        return true;
    }
}
