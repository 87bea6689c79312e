package dev.beacon.alerting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.ViewTest;
import dev.beacon.alerting.AlertResponseService;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.alerting.MaintenanceWindowService;
import dev.beacon.alerting.Rule;
import dev.beacon.alerting.SilenceService;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Acknowledge and silence on the Alerts tab, and the team page's silences and maintenance windows, per role. */
class AlertResponsesViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AlertResponseService responses;
    @Autowired
    SilenceService silences;
    @Autowired
    MaintenanceWindowService windows;
    @Autowired
    dev.beacon.MutableClock clock;

    AlertTestData alerts;
    Team team;
    UserAccount editor;
    UserAccount viewer;
    Model model;
    Rule rule;

    @BeforeEach
    void aFiringAlert() {
        alerts = new AlertTestData(context);
        team = fixtures.team("responses-ui");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        model = alerts.fleet.model(team, "ui-alert", ModelRuntime.VLLM);
        rule = alerts.rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));
        alerts.latency(team, model, 5, 20, 3_000);
        alerts.nextCycle();
    }

    @Test
    void an_editor_acknowledges_a_firing_alert_with_a_comment_and_an_assignee_and_silences_it_for_a_custom_time() {
        signIn(editor);
        openAlertsTab();

        clickInRulesGrid("Acknowledge");
        test(find(TextArea.class).withCaption("Comment").single()).setValue("Restarting the node");
        test(find(ComboBox.class).withCaption("Assign to").single()).selectItem(editor.displayName() + " (" + editor.username() + ")");
        test(find(Button.class).withText("Acknowledge").last()).click();

        var ack = fixtures.as(editor, () -> responses.acknowledgement(rule.id())).orElseThrow();
        assertThat(ack.comment()).isEqualTo("Restarting the node");
        assertThat(ack.assigneeName()).isEqualTo(editor.username());

        clickInRulesGrid("Silence");
        test(find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withCaption("For").single()).selectItem("Custom");
        test(find(IntegerField.class).withCaption("Hours").single()).setValue(6);
        test(find(TextField.class).withCaption("Reason").single()).setValue("Node swap");
        test(find(Button.class).withText("Silence").last()).click();

        assertThat(fixtures.as(editor, () -> silences.silences(team.id()))).singleElement().satisfies(silence -> {
            assertThat(silence.data().rule()).isEqualTo(rule.id());
            assertThat(java.time.Duration.between(silence.data().startsAt(), silence.data().endsAt())).hasHours(6);
        });
        assertThat(find(AlertNoticesSection.class).exists()).isTrue();
    }

    @Test
    void a_viewer_sees_alerts_silences_and_windows_without_any_controls() {
        fixtures.as(editor, () -> responses.acknowledge(rule.id(), "mine", null));
        signIn(viewer);
        openAlertsTab();
        assertThat(find(AlertNoticesSection.class).exists()).isTrue();
        assertThat(rulesGridText()).contains("By " + editor.username()).doesNotContain("Acknowledge", "Silence");
        assertThat(find(Button.class).withCondition(button -> button.getAriaLabel().filter("Silence"::equals).isPresent()).exists())
                .as("no icon button to silence either").isFalse();

        navigate("teams/" + team.id(), Main.class);
        assertThat(find(MutesPanel.class).exists()).isTrue();
        assertThat(buttonTexts()).doesNotContain("Add silence", "Add maintenance window");
    }

    @Test
    void an_editor_adds_a_monthly_maintenance_window_from_the_team_page_and_a_bad_time_zone_is_marked_on_its_field() {
        signIn(editor);
        navigate("teams/" + team.id(), Main.class);

        click("Add maintenance window");
        test(find(TextField.class).withCaption("Name").single()).setValue("First of the month");
        test(find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withCaption("Repeats").single()).selectItem("Monthly");
        test(find(Button.class).withText("Add window").single()).click();

        assertThat(fixtures.as(editor, () -> windows.windows(team.id()))).singleElement()
                .satisfies(window -> assertThat(MutesPanel.recurrence(window)).startsWith("Day 1 of every month, 02:00 for 120 min"));
    }

    @Test
    void the_history_says_which_transition_was_silenced_and_by_what_while_the_sent_one_has_no_mark() {
        fixtures.as(editor, () -> silences.create(team.id(), new dev.beacon.alerting.SilenceData(null, rule.id(), null,
                clock.instant(), clock.instant().plus(java.time.Duration.ofHours(1)), "GPU swap tonight")));
        alerts.latency(team, model, 5, 20, 8_000);
        alerts.nextCycle();

        signIn(viewer);
        openAlertsTab();

        List<String> rows = historyRows();
        assertThat(rows.getFirst()).contains("(Critical)", "Not sent: silenced by", "GPU swap tonight");
        assertThat(rows.get(1)).contains("(Warning)").doesNotContain("Not sent");
    }

    @Test
    void a_member_of_another_team_gets_no_silences_or_windows_of_this_team() {
        signIn(fixtures.memberOfNewTeam("stranger", TeamRole.OWNER));
        navigate("teams/" + team.id(), Component.class);

        assertThat(find(MutesPanel.class).exists()).isFalse();
    }

    /** The link in every alert notice: the model page on its Alerts tab. */
    private void openAlertsTab() {
        com.vaadin.flow.component.UI.getCurrent().navigate("models/" + model.id(),
                com.vaadin.flow.router.QueryParameters.of("tab", "alerts"));
        roundTrip(); // the tab sheet attaches the selected tab's content just before it answers the browser
    }

    /** Clicks a button of the first rule's row, as the grid renders it for the browser. */
    private void clickInRulesGrid(String text) {
        com.vaadin.flow.component.grid.Grid<?> rules = find(com.vaadin.flow.component.grid.Grid.class).withClassName("alert-rules").single();
        var grid = test(rules);
        int actions = rules.getColumns().size() - 1;
        Component cell = grid.getCellComponent(0, actions);
        Button button = find(Button.class, cell).withCondition(b -> text.equals(b.getText()) || text.equals(b.getAriaLabel().orElse(null)))
                .single();
        test(button).click();
    }

    /** Every cell of the rules grid, text and components, as the browser would get it. */
    private String rulesGridText() {
        com.vaadin.flow.component.grid.Grid<?> rules = find(com.vaadin.flow.component.grid.Grid.class).withClassName("alert-rules").single();
        var grid = test(rules);
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < rules.getColumns().size(); column++) {
            boolean component = rules.getColumns().get(column).getRenderer() instanceof com.vaadin.flow.data.renderer.ComponentRenderer<?, ?>;
            text.append(component ? grid.getCellComponent(0, column).getElement().getTextRecursively() : grid.getCellText(0, column))
                    .append(" | ");
        }
        return text.toString();
    }

    /** Each row of the history grid, its cells joined, newest first. */
    private List<String> historyRows() {
        com.vaadin.flow.component.grid.Grid<?> history = find(com.vaadin.flow.component.grid.Grid.class).withClassName("alert-history").single();
        var grid = test(history);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(row -> java.util.stream.IntStream
                .range(0, history.getColumns().size()).mapToObj(column -> grid.getCellText(row, column))
                .collect(java.util.stream.Collectors.joining(" | "))).toList();
    }

    private void click(String text) {
        test(find(Button.class).withText(text).first()).click();
    }

    private List<String> buttonTexts() {
        return find(Button.class).all().stream().map(Button::getText).toList();
    }
}
