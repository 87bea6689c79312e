package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.UI;
import dev.beacon.ViewTest;
import dev.beacon.dashboard.Dashboard;
import dev.beacon.dashboard.DashboardListItem;
import dev.beacon.dashboard.DashboardService;
import dev.beacon.dashboard.Visibility;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.IntStream;

import static dev.beacon.dashboard.SharedDashboardTestData.dashboard;
import static dev.beacon.dashboard.SharedDashboardTestData.latencyLine;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardListViewBrowserlessTest extends ViewTest {

    @Autowired
    DashboardService dashboards;

    @Test
    void a_starred_dashboard_comes_first_and_the_favourites_filter_and_search_narrow_the_list() {
        Team team = fixtures.team("list");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        Model model = fixtures.model(team, "llm");
        String tag = dev.beacon.TestFixtures.unique("tag");
        Dashboard first = fixtures.asAdmin(() -> dashboards.create(team.id(), dashboard("a-" + tag, Visibility.TEAM, latencyLine(model))));
        Dashboard second = fixtures.asAdmin(() -> dashboards.create(team.id(), dashboard("b-" + tag, Visibility.TEAM, latencyLine(model))));
        signIn(viewer);
        navigate(DashboardListView.class);
        test(findInView(TextField.class).withCondition(f -> f.getAriaLabel().orElse("").equals("Search dashboards")).single()).setValue(tag);
        assertThat(rows()).containsExactly(first.name(), second.name());

        Button star = (Button) grid().getCellComponent(1, "favourite");
        assertThat(star.getAriaLabel()).contains("Add to favourites: " + second.name());
        test(star).click();

        assertThat(rows()).containsExactly(second.name(), first.name());
        test(findInView(Checkbox.class).withLabel("Favourites only").single()).click();
        assertThat(rows()).containsExactly(second.name());
    }

    @Test
    void search_and_favourites_from_the_url_apply_and_a_viewer_is_not_offered_to_create_or_import() {
        Team team = fixtures.team("list-url");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        Team elsewhere = fixtures.team("elsewhere");
        Dashboard shared = fixtures.asAdmin(() -> dashboards.create(elsewhere.id(), dashboard("everyone", Visibility.EVERYONE)));
        fixtures.asAdmin(() -> dashboards.create(elsewhere.id(), dashboard("team-only", Visibility.TEAM)));
        signIn(viewer);

        UI.getCurrent().navigate("dashboards", QueryParameters.fromString("q=" + shared.name()));

        assertThat(rows()).containsExactly(shared.name());
        assertThat(findInView(Button.class).withText("New dashboard").exists()).isFalse();
        assertThat(findInView(Button.class).withText("Import JSON").exists()).isFalse();
    }

    @Test
    void a_new_dashboard_opens_in_edit_mode_ready_for_its_first_panel() {
        Team team = fixtures.team("list-new");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        signIn(editor);
        navigate(DashboardListView.class);
        String name = dev.beacon.TestFixtures.unique("Serving");

        test(findInView(Button.class).withText("New dashboard").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue(name);
        test(find(Button.class).withText("Create dashboard").single()).click();

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(((DashboardView) getCurrentView()).getPageTitle()).isEqualTo(name + " · Dashboards");
        assertThat(findInView(Button.class).withText("Save dashboard").exists()).as("in edit mode").isTrue();
        assertThat(findInView(Button.class).withText("Add the first panel").exists()).isTrue();
    }

    @Test
    void a_refused_import_lists_each_problem_with_its_place_and_creates_nothing() {
        Team team = fixtures.team("list-import");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        signIn(editor);
        navigate(DashboardListView.class);
        String name = dev.beacon.TestFixtures.unique("imported");

        test(findInView(Button.class).withText("Import JSON").single()).click();
        test(find(TextArea.class).withLabel("Dashboard JSON").single()).setValue("""
                {"formatVersion": 1, "name": "%s", "panels": [
                  {"metric": "latency", "aggregation": "p95", "chart": "line", "models": [{"name": "no-such-model"}]}]}
                """.formatted(name));
        test(find(Button.class).withText("Import").single()).click();

        assertThat(find(Dialog.class).withCondition(Dialog::isOpened).exists()).as("the dialog stays open").isTrue();
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("panels[0].models[0]: No model you can see has the name 'no-such-model'");
        assertThat(fixtures.as(editor, () -> dashboards.list(name, false))).isEmpty();
    }

    @Test
    void an_import_finds_the_models_by_name_and_opens_the_new_dashboard() {
        Team team = fixtures.team("list-import-ok");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        Model model = fixtures.model(team, "llm");
        signIn(editor);
        navigate(DashboardListView.class);
        String name = dev.beacon.TestFixtures.unique("imported");

        test(findInView(Button.class).withText("Import JSON").single()).click();
        test(find(TextArea.class).withLabel("Dashboard JSON").single()).setValue("""
                {"formatVersion": 1, "name": "%s", "panels": [
                  {"metric": "errorRate", "chart": "gauge", "models": [{"name": "%s"}]}]}
                """.formatted(name, model.data().name()));
        test(find(Button.class).withText("Import").single()).click();

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        Dashboard imported = fixtures.as(editor, () -> dashboards.list(name, false)).stream()
                .map(item -> fixtures.as(editor, () -> dashboards.get(item.id()))).findFirst().orElseThrow();
        assertThat(imported.panels()).singleElement().satisfies(panel -> {
            assertThat(panel.chart()).isEqualTo(dev.beacon.dashboard.ChartType.GAUGE);
            assertThat(panel.models()).extracting(m -> m.id()).containsExactly(model.id());
        });
    }

    private List<String> rows() {
        var grid = grid();
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).name()).toList();
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.GridTester<Grid<DashboardListItem>, DashboardListItem> grid() {
        return test((Grid<DashboardListItem>) findInView(Grid.class).single());
    }
}
