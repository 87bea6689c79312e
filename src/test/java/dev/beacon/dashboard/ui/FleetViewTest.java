package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.ViewTest;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.TeamChoice;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.ui.EChart;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.chart.ChartPoint;
import dev.beacon.shared.ui.chart.TimePoint;
import dev.beacon.telemetry.FleetData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fleet overview, Beacon's home page, as a team member sees it, without a browser. */
class FleetViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    FleetData data;
    UserAccount viewer;
    Team platform;
    Team research;

    @BeforeEach
    void aViewerOfTwoTeams() {
        data = new FleetData(context);
        viewer = fixtures.user("viewer");
        platform = fixtures.team("platform");
        research = fixtures.team("research");
        fixtures.member(platform, viewer, TeamRole.VIEWER);
        fixtures.member(research, viewer, TeamRole.VIEWER);
    }

    @Test
    void the_counts_say_how_many_models_have_each_health_and_the_teams_come_worst_first() {
        Model up = data.healthyModel(platform, "steady");
        Model slowStart = data.model(research, "flaky", ModelRuntime.TGI);
        data.requests(research, slowStart, 2, 40, 4, 300);
        Model silent = data.model(research, "silent", ModelRuntime.OLLAMA);
        Model down = data.downModel(platform, "broken");

        openFleet("");

        assertThat(counts()).containsExactly(Map.entry("Critical", "1"), Map.entry("Warning", "1"), Map.entry("Unknown", "1"),
                Map.entry("Good", "1"));
        assertThat(teams()).containsExactly(platform.name(), research.name());
        assertThat(rows()).containsExactly(
                name(down) + " Critical", name(up) + " Good",
                name(slowStart) + " Warning", name(silent) + " Unknown");
        assertThat(row(down).getElement().getAttribute("aria-label"))
                .contains("Critical: The last health probe found the server down", "last probe Down");
        assertThat(cell(row(slowStart), "fleet-col-err")).isEqualTo("10 %");
        assertThat(cell(row(silent), "fleet-col-p95")).isEqualTo("—");
        assertThat(cell(row(silent), "fleet-col-rpm")).isEqualTo("—");
        assertThat(row(up).getHref()).isEqualTo("models/" + up.id());
    }

    @Test
    void another_teams_models_show_nowhere_not_in_the_rows_the_counts_the_team_filter_nor_through_a_link_to_that_team() {
        Model mine = data.healthyModel(platform, "mine");
        Team other = fixtures.team("other");
        Model theirs = data.downModel(other, "theirs");
        data.requests(other, theirs, 1, 40, 40, 200);

        openFleet("");
        assertThat(rows()).containsExactly(name(mine) + " Good");
        assertThat(counts()).containsEntry("Critical", "0").containsEntry("Good", "1");
        assertThat(teams()).containsExactly(platform.name());
        assertThat(teamFilterChoices()).containsExactlyInAnyOrder(platform.name(), research.name());

        openFleet("team=" + other.id());
        assertThat(rows()).as("a team the viewer is not in is ignored, as an unknown one").containsExactly(name(mine) + " Good");

        openFleet("q=" + name(theirs));
        assertThat(rows()).isEmpty();
        assertThat(emptyStateTitle()).isEqualTo("No models match these filters");
        assertThat(findInView(FleetRow.class).all()).noneMatch(row -> row.getHref().contains(theirs.id().toString()));
    }

    @Test
    void filters_and_the_health_in_the_url_narrow_the_fleet_and_press_that_count() {
        Model down = data.downModel(platform, "broken");
        Model up = data.healthyModel(platform, "steady");
        Model ollama = data.model(research, "local", ModelRuntime.OLLAMA, "edge");

        openFleet("health=CRITICAL");
        assertThat(rows()).containsExactly(name(down) + " Critical");
        assertThat(pressed()).containsExactly("Critical");
        assertThat(counts()).containsEntry("Good", "1").containsEntry("Unknown", "1");

        openFleet("runtime=OLLAMA");
        assertThat(rows()).containsExactly(name(ollama) + " Unknown");
        openFleet("tag=edge&team=" + research.id());
        assertThat(rows()).containsExactly(name(ollama) + " Unknown");
        openFleet("q=" + name(up));
        assertThat(rows()).containsExactly(name(up) + " Good");
        assertThat(pressed()).isEmpty();
    }

    @Test
    void pressing_a_count_shows_only_those_models_and_pressing_it_again_shows_every_model() {
        Model down = data.downModel(platform, "broken");
        Model up = data.healthyModel(platform, "steady");
        openFleet("");

        test(countButton("Good")).click();
        assertThat(rows()).containsExactly(name(up) + " Good");
        assertThat(pressed()).containsExactly("Good");

        test(countButton("Good")).click();
        assertThat(rows()).containsExactly(name(down) + " Critical", name(up) + " Good");
        assertThat(pressed()).isEmpty();
    }

    @Test
    void a_health_no_model_has_says_so_and_offers_every_model() {
        Model up = data.healthyModel(platform, "steady");
        openFleet("health=CRITICAL");

        assertThat(emptyStateTitle()).isEqualTo("Nothing is critical");
        test(find(Button.class, findInView(EmptyState.class).single()).withText("Show every model").single()).click();

        assertThat(rows()).containsExactly(name(up) + " Good");
    }

    @Test
    void filters_that_match_nothing_offer_to_clear_them() {
        Model up = data.healthyModel(platform, "steady");
        openFleet("q=no-such-model-anywhere");

        assertThat(emptyStateTitle()).isEqualTo("No models match these filters");
        test(find(Button.class, findInView(EmptyState.class).single()).withText("Clear filters").single()).click();

        assertThat(rows()).containsExactly(name(up) + " Good");
    }

    @Test
    void an_editor_whose_teams_run_no_model_learns_how_to_register_one_and_send_it_data() {
        signIn(fixtures.memberOfNewTeam("newcomer", TeamRole.EDITOR));
        navigate(FleetView.class);

        EmptyState empty = findInView(EmptyState.class).single();
        assertThat(find(H3.class, empty).single().getText()).isEqualTo("No models to watch yet");
        assertThat(empty.getElement().getTextRecursively()).contains("ingestion key", "POST /api/v1/ingest/events", "/v1/traces",
                "probes its health every 30 seconds");
        test(find(Button.class, empty).withText("Register your first model").single()).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ModelFormView");
    }

    @Test
    void a_viewer_whose_teams_run_no_model_is_told_that_an_editor_can_register_one() {
        signIn(fixtures.memberOfNewTeam("onlooker", TeamRole.VIEWER));
        navigate(FleetView.class);
        EmptyState empty = findInView(EmptyState.class).single();
        assertThat(empty.getElement().getTextRecursively()).contains("an editor of the team can");
        assertThat(find(Button.class, empty).withText("Register your first model").exists()).isFalse();
    }

    @Test
    void a_user_in_no_team_is_told_whom_to_ask() {
        signIn(fixtures.user("loner"));
        navigate(FleetView.class);

        assertThat(emptyStateTitle()).isEqualTo("You are not in a team yet");
    }

    @Test
    void new_data_shows_at_the_next_poll_in_the_same_row_and_chart_without_rebuilding_them() {
        Model model = data.model(platform, "waking", ModelRuntime.VLLM);
        openFleet("");
        FleetRow before = row(model);
        EChart chart = find(EChart.class, before).single();
        assertThat(rows()).containsExactly(name(model) + " Unknown");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(FleetView.REFRESH_MILLIS);

        Instant minute = data.requests(platform, model, 1, 30, 0, 250);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(rows()).containsExactly(name(model) + " Good");
        assertThat(row(model)).isSameAs(before);
        assertThat(find(EChart.class, before).single()).isSameAs(chart);
        assertThat(cell(before, "fleet-col-p95")).matches("2[6-8]\\d ms");
        List<ChartPoint> requests = List.copyOf(chart.getOption().series(FleetSparklineChart.REQUESTS).orElseThrow().data());
        assertThat(requests).hasSize(60).contains(TimePoint.of(minute, 30));
        assertThat(chart.getOption().animation()).as("sparklines are drawn at once").isFalse();
    }

    @Test
    void a_large_fleet_shows_its_first_rows_and_more_on_request_while_the_counts_cover_every_model() {
        int models = FleetView.ROWS_AT_A_TIME + 3;
        for (int i = 0; i < models; i++) {
            data.model(platform, "many", ModelRuntime.VLLM);
        }

        openFleet("");
        assertThat(rows()).hasSize(FleetView.ROWS_AT_A_TIME);
        assertThat(counts()).containsEntry("Unknown", String.valueOf(models));
        Button more = find(Button.class).withClassName("fleet-show-more").single();
        assertThat(more.getText()).isEqualTo("Show 3 more of " + models + " models");

        test(more).click();
        assertThat(rows()).hasSize(models);
        assertThat(more.isVisible()).isFalse();
    }

    private void openFleet(String query) {
        signInOnce();
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(FleetView.class);
    }

    private boolean signedIn;

    private void signInOnce() {
        if (!signedIn) {
            signIn(viewer);
            signedIn = true;
        }
    }

    /** Team headings, top to bottom. */
    private List<String> teams() {
        return findInView(FleetTeamSection.class).all().stream()
                .map(section -> find(H3.class, section).single().getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> teamFilterChoices() {
        ComboBox<TeamChoice> team = find(ComboBox.class).withCaption("Team").single();
        return team.getListDataView().getItems().map(TeamChoice::name).toList();
    }

    /** "name Health" of every row shown, top to bottom. */
    private List<String> rows() {
        return findInView(FleetTeamSection.class).all().stream().flatMap(FleetTeamSection::rows)
                .filter(Component::isVisible)
                .map(row -> cell(row, "fleet-name") + " " + find(Div.class, row).withClassName("fleet-health").single()
                        .getElement().getTextRecursively())
                .toList();
    }

    private FleetRow row(Model model) {
        return findInView(FleetRow.class).withCondition(row -> row.getHref().equals("models/" + model.id())).single();
    }

    private String cell(Component row, String className) {
        return find(Span.class, row).withClassName(className).single().getText();
    }

    /** Label → number of each count, left to right. */
    private Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        for (NativeButton button : findInView(NativeButton.class).withClassName("fleet-count").all()) {
            counts.put(find(Span.class, button).withClassName("fleet-count-label").single().getText(),
                    find(Span.class, button).withClassName("fleet-count-number").single().getText());
        }
        return counts;
    }

    private List<String> pressed() {
        return findInView(NativeButton.class).withClassName("fleet-count").all().stream()
                .filter(button -> "true".equals(button.getElement().getAttribute("aria-pressed")))
                .map(button -> find(Span.class, button).withClassName("fleet-count-label").single().getText()).toList();
    }

    private NativeButton countButton(String label) {
        return findInView(NativeButton.class).withClassName("fleet-count")
                .withCondition(button -> button.getElement().getTextRecursively().endsWith(label)).single();
    }

    private String emptyStateTitle() {
        return find(H3.class, findInView(EmptyState.class).single()).single().getText();
    }

    private static String name(Model model) {
        return model.data().name();
    }
}
