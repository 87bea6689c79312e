package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.beacon.ViewTest;
import dev.beacon.dashboard.Aggregation;
import dev.beacon.dashboard.ChartType;
import dev.beacon.dashboard.Dashboard;
import dev.beacon.dashboard.DashboardDefinition;
import dev.beacon.dashboard.DashboardPreferences;
import dev.beacon.dashboard.DashboardService;
import dev.beacon.dashboard.Panel;
import dev.beacon.dashboard.PanelMetric;
import dev.beacon.dashboard.Visibility;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.EChart;
import dev.beacon.shared.ui.UserTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static dev.beacon.dashboard.SharedDashboardTestData.dashboard;
import static dev.beacon.dashboard.SharedDashboardTestData.latencyLine;
import static dev.beacon.dashboard.SharedDashboardTestData.requestsStat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardViewBrowserlessTest extends ViewTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    DashboardPreferences preferences;

    Team team;
    UserAccount editor;
    UserAccount viewer;
    Model model;

    @BeforeEach
    void aTeamWithAModel() {
        team = fixtures.team("view-dash");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        model = fixtures.model(team, "llm");
    }

    @Test
    void an_editor_builds_a_dashboard_of_a_line_chart_and_a_single_stat_arranges_them_and_saves() {
        Dashboard empty = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("built", Visibility.TEAM)));
        signIn(editor);
        open(empty, "edit");

        addPanel("Latency", "p95", "Line");
        addPanel("Requests", "Total", "Single stat");
        assertThat(cards()).extracting(card -> card.panel().chart()).containsExactly(ChartType.LINE, ChartType.STAT);

        tool("Move earlier", "Requests total");
        tool("Wider", "Requests total");
        tool("Taller", "Latency p95");
        click("Save dashboard");

        Dashboard saved = fixtures.as(viewer, () -> dashboards.get(empty.id()));
        assertThat(saved.panels()).extracting(Panel::metric, Panel::aggregation, Panel::chart, Panel::width, Panel::height)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PanelMetric.REQUESTS, Aggregation.SUM, ChartType.STAT, 4, 2),
                        org.assertj.core.groups.Tuple.tuple(PanelMetric.LATENCY, Aggregation.P95, ChartType.LINE, 6, 4));
        assertThat(saved.panels()).allSatisfy(panel -> assertThat(panel.models()).extracting(m -> m.id()).containsExactly(model.id()));
        assertThat(findInView(Button.class).withText("Save dashboard").exists()).as("back to reading after the save").isFalse();
    }

    @Test
    void a_viewer_sees_the_panels_read_only() {
        Dashboard built = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("read", Visibility.TEAM,
                latencyLine(model), requestsStat(model))));
        signIn(viewer);
        open(built, "range=24h&edit");

        assertThat(cards()).extracting(card -> card.panel().displayTitle()).containsExactly("Latency p95", "Requests");
        assertThat(findInView(Span.class).withText("Read-only").exists()).isTrue();
        assertThat(findInView(Button.class).withText("Edit").exists()).isFalse();
        assertThat(findInView(Button.class).withText("Delete").exists()).isFalse();
        assertThat(findInView(Button.class).withText("Save dashboard").exists()).isFalse();
        assertThat(rangeSelect().getValue()).isEqualTo(RangeChoice.LAST_24_HOURS);
    }

    @Test
    void the_range_picker_puts_a_chosen_range_and_refresh_in_the_url_and_refuses_a_window_that_ends_before_it_starts() {
        Dashboard built = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("ranges", Visibility.TEAM, latencyLine(model))));
        signIn(viewer);
        open(built, "");
        assertThat(rangeSelect().getValue()).as("a shared dashboard opens on the last hour").isEqualTo(RangeChoice.LAST_HOUR);
        urlChanges();

        test(rangeSelect()).selectItem("Last 7 days");
        selectIn("Auto-refresh", "Every minute");

        assertThat(urlChanges()).containsExactly("dashboards/" + built.id() + "?range=7d",
                "dashboards/" + built.id() + "?range=7d&refresh=1m");
        assertThat(findInView(Span.class).withClassName("beacon-updated").single().getText()).endsWith("· every minute");

        test(rangeSelect()).selectItem("Custom…");
        LocalDateTime start = LocalDateTime.of(2026, 11, 29, 10, 0);
        test(picker("From")).setValue(start);
        test(picker("To")).setValue(start.minusHours(1));
        click("Apply");

        assertThat(picker("From").isInvalid()).isTrue();
        assertThat(picker("From").getErrorMessage()).isEqualTo("Choose a start before the end");
        assertThat(urlChanges()).as("nothing applied").isEmpty();

        test(picker("To")).setValue(start.plusHours(2));
        click("Apply");

        assertThat(picker("From").isInvalid()).isFalse();
        assertThat(urlChanges()).containsExactly("dashboards/" + built.id() + "?from=" + start.atZone(UserTime.zone()).toInstant()
                + "&refresh=1m&to=" + start.plusHours(2).atZone(UserTime.zone()).toInstant());
    }

    @Test
    void someone_outside_the_team_gets_not_found() {
        Dashboard built = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("hidden", Visibility.TEAM, latencyLine(model))));
        signIn(fixtures.memberOfNewTeam("outsider", TeamRole.OWNER));

        assertThatThrownBy(() -> navigate(DashboardView.route(built.id()), DashboardView.class)).isInstanceOf(IllegalArgumentException.class);

        assertThat(findInView(H3.class).single().getText()).isEqualTo("Not found");
        assertThat(findInView(EChart.class).exists()).isFalse();
    }

    @Test
    void saving_a_dashboard_someone_else_just_saved_offers_reload_and_keeps_the_draft() {
        Dashboard built = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("raced", Visibility.TEAM, latencyLine(model))));
        signIn(editor);
        open(built, "edit");
        fixtures.as(editor, () -> dashboards.update(built.id(), built.version(),
                new DashboardDefinition(built.name() + " (theirs)", "", Visibility.TEAM, built.toDefinition().panels())));

        tool("Wider", "Latency p95");
        click("Save dashboard");

        ConfirmDialog conflict = find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single();
        assertThat(test(conflict).getHeader()).isEqualTo("Changed by someone else");
        assertThat(cards().getFirst().panel().width()).isEqualTo(7);
        assertThat(fixtures.as(viewer, () -> dashboards.get(built.id())).panels().getFirst().width()).isEqualTo(6);
    }

    @Test
    void a_dashboard_chosen_as_home_page_opens_when_beacon_is_opened_and_links_to_the_overview_still_reach_it() {
        Dashboard built = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("home", Visibility.TEAM, latencyLine(model))));
        signIn(viewer);
        navigate(DashboardView.route(built.id()), DashboardView.class);

        click("Make home page");
        assertThat(findInView(Button.class).withText("Your home page").exists()).isTrue();

        openBeaconAtItsAddress();
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(((DashboardView) getCurrentView()).getPageTitle()).isEqualTo(built.name() + " · Dashboards");
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        assertThat(getCurrentView()).as("the overview's own menu entry").isNotInstanceOf(DashboardView.class);

        navigate(DashboardView.route(built.id()), DashboardView.class);
        click("Your home page");
        openBeaconAtItsAddress();
        assertThat(getCurrentView()).isNotInstanceOf(DashboardView.class);
    }

    @Test
    void a_home_dashboard_the_user_may_no_longer_open_leaves_them_on_the_overview() {
        Dashboard built = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("lost", Visibility.TEAM, latencyLine(model))));
        UserAccount leaving = fixtures.user("leaving");
        fixtures.member(team, leaving, TeamRole.VIEWER);
        fixtures.as(leaving, () -> preferences.makeHomePage(built.id()));
        fixtures.removeMember(team, leaving);
        signIn(leaving);

        openBeaconAtItsAddress();

        assertThat(getCurrentView()).isNotInstanceOf(DashboardView.class);
    }

    @Test
    void deleting_asks_first_then_deletes_for_everyone_and_returns_to_the_list() {
        Dashboard built = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("doomed", Visibility.TEAM, latencyLine(model))));
        signIn(editor);
        open(built, "");

        click("Delete");
        ConfirmDialog confirm = find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Delete " + built.name() + "?");
        test(confirm).cancel();
        assertThat(fixtures.as(viewer, () -> dashboards.get(built.id()))).as("cancelled: still there").isNotNull();

        click("Delete");
        test(find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single()).confirm();

        assertThat(getCurrentView()).isInstanceOf(DashboardListView.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> dashboards.get(built.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_reader_of_another_team_sees_a_dashboard_shared_with_everyone_without_the_models_they_may_not_see() {
        Dashboard shared = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("public", Visibility.EVERYONE,
                latencyLine(model))));
        signIn(fixtures.memberOfNewTeam("reader", TeamRole.OWNER));
        open(shared, "");

        PanelCard card = cards().getFirst();
        java.util.List<String> texts = find(Span.class).from(card).all().stream().map(Span::getText).toList();
        assertThat(texts).contains("No access").anyMatch(text -> text.contains("1 model hidden (no access)"));
        assertThat(String.join(" ", texts)).doesNotContain(model.data().name());
        assertThat(findInView(EChart.class).exists()).isFalse();
        assertThat(findInView(Button.class).withText("Edit").exists()).isFalse();
    }

    @Test
    void duplicating_opens_the_copy_in_the_chosen_team() {
        Dashboard built = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("original", Visibility.TEAM, latencyLine(model))));
        signIn(editor);
        open(built, "");

        click("Duplicate");
        assertThat(find(com.vaadin.flow.component.textfield.TextField.class).withLabel("Name of the copy").single().getValue())
                .isEqualTo("Copy of " + built.name());
        DuplicateDialog dialog = find(DuplicateDialog.class).single();
        test(find(Button.class).from(dialog).withText("Duplicate").single()).click();

        DashboardView copy = (DashboardView) getCurrentView();
        assertThat(copy.getPageTitle()).isEqualTo("Copy of " + built.name() + " · Dashboards");
        assertThat(cards()).extracting(card -> card.panel().displayTitle()).containsExactly("Latency p95");
    }

    @Test
    void leaving_with_unsaved_changes_asks_first_and_staying_keeps_the_draft() {
        Dashboard built = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("draft", Visibility.TEAM, latencyLine(model))));
        signIn(editor);
        open(built, "edit");
        tool("Wider", "Latency p95");

        com.vaadin.flow.component.UI.getCurrent().navigate(DashboardListView.class);

        ConfirmDialog ask = find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single();
        assertThat(test(ask).getHeader()).isEqualTo("Leave without saving?");
        test(ask).cancel();
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(cards().getFirst().panel().width()).isEqualTo(7);

        com.vaadin.flow.component.UI.getCurrent().navigate(DashboardListView.class);
        test(find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single()).confirm();
        assertThat(getCurrentView()).isInstanceOf(DashboardListView.class);
        assertThat(fixtures.as(viewer, () -> dashboards.get(built.id())).panels().getFirst().width()).isEqualTo(6);
    }

    @Test
    void export_shows_the_dashboard_as_json_of_format_version_1_with_its_models_by_id_and_name() {
        Dashboard built = fixtures.as(editor, () -> dashboards.create(team.id(), dashboard("exported", Visibility.TEAM, latencyLine(model))));
        signIn(viewer);
        open(built, "");

        click("Export JSON");

        String json = find(com.vaadin.flow.component.textfield.TextArea.class).withLabel("Dashboard JSON (format version 1)").single().getValue();
        assertThat(json).contains("\"formatVersion\" : 1", "\"name\" : \"" + built.name() + "\"", "\"metric\" : \"latency\"",
                "\"id\" : \"" + model.id() + "\"", "\"name\" : \"" + model.data().name() + "\"");
    }

    /** What typing Beacon's bare address, reloading it, or arriving after sign-in does: a page load of the root. */
    private void openBeaconAtItsAddress() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new com.vaadin.flow.router.Location(""),
                com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD);
    }

    /** Opens the dashboard as its link with this query string would. */
    private void open(Dashboard dashboard, String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(DashboardView.route(dashboard.id()),
                com.vaadin.flow.router.QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
    }

    private void addPanel(String metric, String aggregation, String chart) {
        click("Add panel");
        selectIn("Metric", metric);
        selectIn("Chart", chart);
        selectIn("Aggregation", aggregation);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> models = find(MultiSelectComboBox.class).withLabel("Models").single();
        test(models).selectItem(model.data().name() + " (" + team.name() + ")");
        test(find(Button.class).withText("Add to dashboard").single()).click();
    }

    @SuppressWarnings("unchecked")
    private void selectIn(String label, String item) {
        Select<Object> select = find(Select.class).withLabel(label).single();
        test(select).selectItem(item);
    }

    private void tool(String action, String panelTitle) {
        test(findInView(Button.class).withCondition(b -> b.getAriaLabel().orElse("").equals(action + ": " + panelTitle)).single()).click();
    }

    private void click(String text) {
        test(findInView(Button.class).withText(text).single()).click();
    }

    private java.util.List<PanelCard> cards() {
        return findInView(PanelCard.class).all();
    }

    private DateTimePicker picker(String label) {
        return findInView(DateTimePicker.class).withCondition(picker -> label.equals(picker.getLabel())).single();
    }

    /** The addresses the view wrote into the browser's history in this round trip, decoded, their parameters sorted by name. */
    private List<String> urlChanges() {
        roundTrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(call -> call.getInvocation().getExpression().contains("'vaadin-navigate'"))
                .map(call -> URLDecoder.decode(String.valueOf(call.getInvocation().getParameters().get(1)), StandardCharsets.UTF_8))
                .map(url -> url.replaceFirst("\\?.*", "") + "?" + Arrays.stream(url.replaceFirst(".*\\?", "").split("&")).sorted()
                        .collect(Collectors.joining("&")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Select<RangeChoice> rangeSelect() {
        return findInView(Select.class).withLabel("Time range").single();
    }
}
