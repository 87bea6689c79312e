package dev.beacon.demo;

import dev.beacon.demo.DemoMaintenancePlan.DemoComment;
import dev.beacon.demo.DemoMaintenancePlan.DemoTicket;
import dev.beacon.maintenance.ModelChoice;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketFilter;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.security.RunAs;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserReference;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Gives the demo teams the tickets of {@link DemoMaintenancePlan}, opened, moved and commented by the demo users
 * through the ticket service, so history, audit log, notifications and silences are the real ones (sign in as ethan:
 * My tickets holds the vLLM patch, in progress, and its model's alert notices are silenced). A team that has any ticket
 * is left alone, so restarts never duplicate tickets nor undo what the team did with them. A planned assignee who may
 * no longer do the team's work leaves the ticket unassigned; a planned model that is gone leaves the ticket out.
 */
@Component
@Profile("demo")
@Order(30)
class DemoTickets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTickets.class);

    private final RunAs runAs;
    private final TeamService teams;
    private final TicketService tickets;
    private final Clock clock;

    DemoTickets(RunAs runAs, TeamService teams, TicketService tickets, Clock clock) {
        this.runAs = runAs;
        this.teams = teams;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = PerDemoTeam.seed(runAs, teams, log, "tickets", this::seed);
        if (added > 0) {
            log.info("Opened {} demo tickets", added);
        }
    }

    private int seed(String teamName, TeamId team) {
        if (runAs.user(DemoCatalog.ownerOf(teamName), () -> tickets.count(TicketFilter.none().withTeam(team))) > 0) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int opened = 0;
        for (DemoTicket demo : DemoMaintenancePlan.TICKETS) {
            if (demo.team().equals(teamName) && open(team, demo, today)) {
                opened++;
            }
        }
        return opened;
    }

    private boolean open(TeamId team, DemoTicket demo, LocalDate today) {
        Optional<ModelId> model = runAs.user(demo.openedBy(), () -> modelOf(team, demo.model()));
        if (demo.model() != null && model.isEmpty()) {
            return false;
        }
        UserReference assignee = demo.assignee() == null ? null : runAs.user(demo.openedBy(), () -> tickets.assignableMembers(team))
                .stream().filter(member -> member.username().equals(demo.assignee())).findFirst().orElse(null);
        TicketData data = new TicketData(demo.type(), demo.title(), demo.description(), demo.priority(),
                assignee == null ? null : assignee.id(), demo.dueInDays() == null ? null : today.plusDays(demo.dueInDays()),
                demo.labels(), model.orElse(null));
        Ticket ticket = runAs.user(demo.openedBy(), () -> tickets.create(team, data));
        if (demo.status() != TicketStatus.OPEN) {
            Ticket opened = ticket;
            runAs.user(assignee == null ? demo.openedBy() : assignee.username(),
                    () -> tickets.move(opened.id(), opened.version(), demo.status(), null));
        }
        for (DemoComment comment : demo.comments()) {
            runAs.user(comment.by(), () -> tickets.comment(ticket.id(), comment.body()));
        }
        return true;
    }

    private Optional<ModelId> modelOf(TeamId team, String name) {
        return tickets.modelChoices(team).stream().filter(choice -> choice.name().equals(name)).map(ModelChoice::id).findFirst();
    }
}
