package dev.beacon.alerting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import dev.beacon.ViewTest;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.alerting.DefaultRuleData;
import dev.beacon.alerting.RuleOverview;
import dev.beacon.alerting.TeamDefaultService;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.FleetData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlertDefaultsViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TeamDefaultService defaults;
    @Autowired
    AlertRuleService rules;
    @Autowired
    AlertPageServices alertPage;

    Team team;
    UserAccount owner;
    UserAccount editor;
    Model vllm;

    @BeforeEach
    void aTeamWithAVllmModel() {
        team = fixtures.team("defaults-ui");
        owner = fixtures.user("owner");
        editor = fixtures.user("editor");
        fixtures.member(team, owner, TeamRole.OWNER);
        fixtures.member(team, editor, TeamRole.EDITOR);
        vllm = new FleetData(context).model(team, "ui-vllm", ModelRuntime.VLLM);
    }

    @Test
    void an_owner_adds_a_default_on_the_team_page_after_a_field_error_and_the_model_gets_it() {
        signIn(owner);
        UI.getCurrent().navigate("teams/" + team.id());
        test(button("Add default")).click();
        DefaultRuleDialog dialog = find(DefaultRuleDialog.class).single();
        dialog.name.setValue("vLLM latency");
        dialog.runtime.setValue(ModelRuntime.VLLM);
        dialog.fields.warning.setValue(6_000.0);
        dialog.fields.critical.setValue(5_000.0);

        test(find(Button.class, dialog).withText("Add default").single()).click();

        assertThat(dialog.fields.warning.isInvalid()).isTrue();
        assertThat(dialog.fields.warning.getErrorMessage()).startsWith("The warning threshold must be below the critical one");
        assertThat(fixtures.as(owner, () -> defaults.defaultsOf(team.id()))).isEmpty();

        dialog.fields.warning.setValue(2_000.0);
        test(find(Button.class, dialog).withText("Add default").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        var grid = test(findInView(Grid.class).withClassName("alert-defaults-grid").single());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("vLLM latency");
        assertThat(grid.getCellText(0, 1)).isEqualTo("vLLM models");
        assertThat(grid.getCellText(0, 3)).isEqualTo("1");
        assertThat(copiesOf(vllm)).singleElement().satisfies(copy -> assertThat(copy.rule().data().warningThreshold()).isEqualTo(2_000));
    }

    @Test
    void an_owner_sets_repeat_every_on_a_default_after_an_out_of_range_value_is_marked_on_its_field() {
        signIn(owner);
        UI.getCurrent().navigate("teams/" + team.id());
        test(button("Add default")).click();
        DefaultRuleDialog dialog = find(DefaultRuleDialog.class).single();
        dialog.name.setValue("Hourly reminders");
        dialog.runtime.setValue(ModelRuntime.VLLM);
        assertThat(dialog.fields.repeatMinutes.getHelperText()).contains("remind the team this often", "empty for Beacon's default");
        dialog.fields.repeatMinutes.setValue(0);

        test(find(Button.class, dialog).withText("Add default").single()).click();

        assertThat(dialog.fields.repeatMinutes.isInvalid()).isTrue();
        assertThat(dialog.fields.repeatMinutes.getErrorMessage()).isEqualTo("Repeat at most every minute");
        dialog.fields.repeatMinutes.setValue(60);
        test(find(Button.class, dialog).withText("Add default").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(copiesOf(vllm)).singleElement()
                .satisfies(copy -> assertThat(copy.rule().data().repeatIntervalSeconds()).isEqualTo(3_600));
    }

    @Test
    void editors_see_the_defaults_but_no_way_to_change_them() {
        fixtures.as(owner, () -> defaults.create(team.id(), new DefaultRuleData("vLLM latency", ModelRuntime.VLLM, null,
                AlertTestData.latencyRule(2_000, 5_000, 60))));
        signIn(editor);
        UI.getCurrent().navigate("teams/" + team.id());

        assertThat(findInView(Section.class).withClassName("alert-defaults").exists()).isTrue();
        assertThat(buttonTexts()).doesNotContain("Add default", "Edit");
    }

    @Test
    void the_alerts_tab_says_where_a_rule_comes_from_and_restores_an_opted_out_default() {
        var rule = fixtures.as(owner, () -> defaults.create(team.id(), new DefaultRuleData("vLLM latency", ModelRuntime.VLLM, null,
                AlertTestData.latencyRule(2_000, 5_000, 60))));
        signIn(editor);
        UI.getCurrent().navigate("models/" + vllm.id());
        ModelAlerts alerts = show(new ModelAlerts(alertPage, vllm.id()));

        assertThat(find(Span.class, alerts).withClassName("rule-origin").all()).isEmpty();
        var grid = test(find(Grid.class, alerts).withClassName("alert-rules").single());
        assertThat(grid.getCellComponent(0, 0).getElement().getTextRecursively()).contains("From team default vLLM latency");
        assertThat(find(OptedOutDefaults.class, alerts).exists()).as("nothing to restore: hidden").isFalse();

        RuleOverview copy = copiesOf(vllm).getFirst();
        fixtures.as(editor, () -> rules.delete(copy.rule().id(), copy.rule().version()));
        alerts = show(new ModelAlerts(alertPage, vllm.id()));
        OptedOutDefaults optedOut = find(OptedOutDefaults.class, alerts).single();
        assertThat(optedOut.isVisible()).isTrue();
        assertThat(optedOut.getElement().getTextRecursively()).contains("vLLM latency");

        test(find(Button.class, optedOut).withText("Restore default").single()).click();

        assertThat(copiesOf(vllm)).singleElement().satisfies(restored -> assertThat(restored.rule().fromDefault()).isEqualTo(rule.id()));
    }

    /** The tab's content, shown in the current UI as the model page's Alerts tab would show it. */
    private static ModelAlerts show(ModelAlerts alerts) {
        UI.getCurrent().add(alerts);
        return alerts;
    }

    private List<RuleOverview> copiesOf(Model model) {
        return fixtures.asAdmin(() -> rules.rulesOf(model.id()));
    }

    private Button button(String text) {
        return findInView(Button.class).withText(text).single();
    }

    private List<String> buttonTexts() {
        return findInView(Button.class).all().stream().map(Button::getText).toList();
    }
}
