package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.ViewTest;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.alerting.Rule;
import dev.beacon.maintenance.AlertTicket;
import dev.beacon.maintenance.AlertTicketService;
import dev.beacon.maintenance.Schedule;
import dev.beacon.maintenance.ScheduleData;
import dev.beacon.maintenance.ScheduleRecurrence;
import dev.beacon.maintenance.ScheduleRecurrence.Unit;
import dev.beacon.maintenance.ScheduleService;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketType;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The team page's schedules and the Alerts tab's "Ticket" column, per role. */
class MaintenanceLinksViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScheduleService schedules;
    @Autowired
    AlertTicketService alertTickets;
    @Autowired
    AlertRuleService rules;

    AlertTestData alerts;
    Team team;
    UserAccount editor;
    UserAccount viewer;
    Model model;

    @BeforeEach
    void aTeam() {
        alerts = new AlertTestData(context);
        team = fixtures.team("links-ui");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        model = alerts.fleet.model(team, "ui-links", ModelRuntime.VLLM);
    }

    @Test
    void an_editor_adds_a_schedule_on_the_team_page_which_explains_how_the_next_date_moves() {
        signIn(editor);
        navigate("teams/" + team.id(), Main.class);

        assertThat(find(SchedulesPanel.class).single().getElement().getTextRecursively())
                .contains("counts from the last completion").contains("keeps its calendar");
        test(find(Button.class).withText("Add schedule").first()).click();
        test(find(TextField.class).withCaption("Title").single()).setValue("Security patch review");
        test(find(Button.class).withText("Add schedule").last()).click();

        assertThat(fixtures.as(editor, () -> schedules.schedulesOf(team.id()))).singleElement().satisfies(schedule -> {
            assertThat(schedule.data().title()).isEqualTo("Security patch review");
            assertThat(schedule.data().type()).isEqualTo(TicketType.SECURITY_PATCH);
            assertThat(schedule.describe()).startsWith("Every 30 days");
            assertThat(schedule.nextDueAt()).isNotNull();
        });
    }

    @Test
    void a_bad_cron_expression_is_marked_on_its_field_and_nothing_is_saved() {
        signIn(editor);
        navigate("teams/" + team.id(), Main.class);

        test(find(Button.class).withText("Add schedule").first()).click();
        test(find(TextField.class).withCaption("Title").single()).setValue("Retrain");
        test(find(RadioButtonGroup.class).withCaption("Repeats").single()).selectItem("Cron expression");
        TextField cron = find(TextField.class).withCaption("Cron expression").single();
        test(cron).setValue("every quarter");
        test(find(Button.class).withText("Add schedule").last()).click();

        assertThat(cron.isInvalid()).isTrue();
        assertThat(cron.getErrorMessage()).startsWith("Not a valid cron expression");
        assertThat(fixtures.as(editor, () -> schedules.schedulesOf(team.id()))).isEmpty();
    }

    @Test
    void a_viewer_sees_schedules_without_controls() {
        Schedule schedule = fixtures.as(editor, () -> schedules.create(team.id(), new ScheduleData(null,
                ScheduleRecurrence.every(90, Unit.DAYS, ZoneId.of("UTC")), LocalDate.now().plusDays(3),
                TicketType.THRESHOLD_REVIEW, "Threshold review", "", TicketPriority.NORMAL, null, null, true)));
        signIn(viewer);
        navigate("teams/" + team.id(), Main.class);

        Grid<?> grid = find(Grid.class).withClassName("schedules").single();
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Threshold review: " + schedule.data().title());
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).doesNotContain("");
        assertThat(buttonTexts()).doesNotContain("Add schedule");
    }

    @Test
    void on_a_firing_alert_an_editor_opens_a_ticket_and_the_row_then_links_to_it() {
        Rule rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        alerts.latency(team, model, 5, 20, 3_000);
        alerts.nextCycle();
        signIn(editor);
        openAlertsTab();

        assertThat(ticketCell()).isInstanceOfSatisfying(Button.class, button -> assertThat(button.getText()).isEqualTo("Open ticket"));
        test((Button) ticketCell()).click();

        AlertTicket open = fixtures.as(editor, () -> alertTickets.openTickets(model.id())).get(rule.id());
        assertThat(open).isNotNull();
        openAlertsTab();
        assertThat(ticketCell()).isInstanceOfSatisfying(Anchor.class, link -> {
            assertThat(link.getText()).isEqualTo(open.reference());
            assertThat(link.getHref()).isEqualTo("tickets/" + open.ticket().value());
        });
    }

    /** The first rule's cell in the Alerts tab's "Ticket" column, as the grid renders it for the browser. */
    private Component ticketCell() {
        Grid<?> rules = find(Grid.class).withClassName("alert-rules").single();
        int column = IntStream.range(0, rules.getColumns().size())
                .filter(i -> "Ticket".equals(rules.getColumns().get(i).getHeaderText())).findFirst().orElseThrow();
        return test(rules).getCellComponent(0, column);
    }

    @Test
    void the_rule_form_offers_opening_a_ticket_on_critical() {
        signIn(editor);
        openAlertsTab();

        test(find(Button.class).withText("Add rule").single()).click();
        test(find(Checkbox.class).withCaption("Open an incident ticket when it fires Critical").single()).click();
        test(find(Button.class).withText("Add rule").last()).click();

        assertThat(fixtures.as(editor, () -> rules.rulesOf(model.id()))).singleElement()
                .satisfies(rule -> assertThat(rule.rule().opensTicketOnCritical()).isTrue());
    }

    private void openAlertsTab() {
        UI.getCurrent().navigate("models/" + model.id(), QueryParameters.of("tab", "alerts"));
        roundTrip(); // the tab sheet attaches the selected tab's content just before it answers the browser
    }

    private List<String> buttonTexts() {
        return find(Button.class).all().stream().map(Button::getText).toList();
    }
}
