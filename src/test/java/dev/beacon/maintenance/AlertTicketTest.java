package dev.beacon.maintenance;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.alerting.Rule;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Incident tickets from alerts: automatically on CRITICAL (deduplicated) and by hand from an active alert. */
@IntegrationTest
class AlertTicketTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ApplicationContext context;
    @Autowired
    AlertRuleService rules;
    @Autowired
    AlertTicketService alertTickets;
    @Autowired
    TicketService tickets;
    @Autowired
    MutableClock clock;

    AlertTestData alerts;
    Team team;
    UserAccount editor;
    Model model;

    @BeforeEach
    void aTeamWithAModel() {
        alerts = new AlertTestData(context);
        team = fixtures.team("alert-tickets");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        model = alerts.fleet.model(team, "alerting", ModelRuntime.VLLM);
    }

    @Test
    void a_rule_that_asks_for_it_opens_one_ticket_on_critical_and_a_new_critical_firing_adds_a_comment() {
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        fixtures.as(editor, () -> rules.setOpensTicketOnCritical(rule.id(), true));

        breachWith(3_000);
        assertThat(ticketsOf(rule)).as("warning opens nothing").isEmpty();
        breachWith(8_000);
        List<Ticket> opened = ticketsOf(rule);
        breachWith(3_000);
        breachWith(8_000);

        assertThat(opened).singleElement().satisfies(ticket -> {
            assertThat(ticket.data().type()).isEqualTo(TicketType.INCIDENT);
            assertThat(ticket.data().priority()).isEqualTo(TicketPriority.URGENT);
            assertThat(ticket.data().title()).startsWith("Critical: Latency p95 above").endsWith(" on " + model.data().name());
            assertThat(ticket.data().description()).contains("threshold 5,000.00 ms").contains("models/" + model.id() + "?tab=alerts");
            assertThat(ticket.alertRule()).isEqualTo(rule.id());
            assertThat(ticket.reporter()).isNull();
        });
        assertThat(ticketsOf(rule)).as("deduplicated").hasSize(1);
        TicketDetails details = fixtures.as(editor, () -> tickets.details(opened.getFirst().id()));
        assertThat(details.comments()).singleElement().satisfies(comment -> assertThat(comment.body()).startsWith("Fired again (Critical)"));
        assertThat(fixtures.as(editor, () -> alertTickets.openTickets(model.id())).get(rule.id()).number())
                .isEqualTo(opened.getFirst().number());
    }

    @Test
    void without_the_option_a_critical_firing_opens_no_ticket() {
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));

        breachWith(8_000);

        assertThat(ticketsOf(rule)).isEmpty();
    }

    @Test
    void open_ticket_on_an_active_alert_prefills_an_incident_and_a_second_click_finds_the_same_ticket() {
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        assertThatThrownBy(() -> fixtures.as(editor, () -> alertTickets.openFromAlert(rule.id())))
                .as("nothing is firing yet")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rule"));
        breachWith(3_000);

        Ticket ticket = fixtures.as(editor, () -> alertTickets.openFromAlert(rule.id()));
        Ticket again = fixtures.as(editor, () -> alertTickets.openFromAlert(rule.id()));

        assertThat(again.id()).isEqualTo(ticket.id());
        assertThat(ticket.alertRule()).isEqualTo(rule.id());
        assertThat(ticket.reporter()).isEqualTo(editor.id());
        assertThat(ticket.data().priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(ticket.data().title()).startsWith("Warning: Latency p95 above");
        assertThat(ticket.data().description()).contains("Firing (Warning) since").contains("threshold 2,000.00 ms");
        assertThat(fixtures.as(editor, () -> alertTickets.openTickets(model.id())).get(rule.id()).ticket()).isEqualTo(ticket.id());
    }

    @Test
    void viewers_see_the_tickets_of_alerts_but_cannot_open_one_and_other_teams_find_neither() {
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        breachWith(3_000);
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        UserAccount stranger = fixtures.memberOfNewTeam("stranger", TeamRole.OWNER);

        assertThat(fixtures.as(viewer, () -> alertTickets.openTickets(model.id()))).isEmpty();
        assertThatThrownBy(() -> fixtures.as(viewer, () -> alertTickets.openFromAlert(rule.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> alertTickets.openFromAlert(rule.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> alertTickets.openTickets(model.id()))).isInstanceOf(NotFoundException.class);
    }

    /** Six minutes later, requests of about {@code latencyMs} in the last five minutes, then one evaluation cycle. */
    private void breachWith(double latencyMs) {
        clock.advance(Duration.ofMinutes(6));
        alerts.latency(team, model, 5, 20, latencyMs);
        alerts.nextCycle();
    }

    private List<Ticket> ticketsOf(Rule rule) {
        return fixtures.as(editor, () -> tickets.find(new TicketFilter(Set.of(team.id()), model.id(), null, null, null,
                false, false, null), 0, 100)).stream().filter(ticket -> rule.id().equals(ticket.alertRule())).toList();
    }
}
