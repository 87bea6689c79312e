package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.beacon.shared.ui.ModelBadgeSource;
import dev.beacon.shared.ui.UserTime;
import dev.beacon.telemetry.FleetOverview;
import dev.beacon.telemetry.FleetService;
import dev.beacon.telemetry.ModelHealth;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Beacon's home page: every model of the user's teams, worst first, grouped by team, with the health
 * counts on top. It refreshes itself every {@value #REFRESH_MILLIS} ms by UI polling rather than by a
 * server thread pushing: each poll is an ordinary request through the security filters, so it runs with
 * the user's own sign-in and stops at once when their session is ended (a pushing thread would keep the
 * identity it started with). The answer carries only what changed: texts, classes and sparkline data;
 * filters, order and scroll position stay as they are. See docs/design-decisions/0018-fleet-overview.md.
 */
@Route("")
@PageTitle("Fleet")
@Menu(title = "Fleet", order = 0, icon = "vaadin:dashboard")
@PermitAll
class FleetView extends Main implements BeforeEnterObserver {

    static final int REFRESH_MILLIS = 10_000;
    /** Rows shown at first and added by "Show more": enough for most fleets, few enough to draw at once. */
    static final int ROWS_AT_A_TIME = 50;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final FleetService fleet;
    private final boolean canRegister;
    private final boolean inATeam;
    private final FleetFilterBar filters;
    private final HealthCounts counts = new HealthCounts(this::showOnly);
    private final FleetBoard board;
    private final Div emptyState = new Div();
    private final Span updated = new Span();
    private final Paragraph truncated = new Paragraph("Your teams run more models than fit here: narrow them with the filters.");
    private final Button showMore = new Button("", event -> showMore());
    private int rowLimit = ROWS_AT_A_TIME;
    private String emptyKind = "";
    private Registration polling;

    FleetView(FleetService fleet, ObjectProvider<ModelBadgeSource> badgeSources) {
        this.fleet = fleet;
        this.board = new FleetBoard(badgeSources.stream().toList());
        this.canRegister = fleet.canRegisterModels();
        var teams = fleet.teams();
        this.inATeam = !teams.isEmpty();
        this.filters = new FleetFilterBar(teams, fleet.tags(), this::filtersChanged);
        addClassNames("beacon-page", "fleet");
        updated.addClassName("fleet-updated");
        truncated.addClassName("fleet-note");
        Div top = new Div(counts, updated);
        top.addClassName("fleet-top");
        showMore.addClassName("fleet-show-more");
        add(top, filters, truncated, emptyState, board, showMore);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.restore(event.getLocation().getQueryParameters());
        counts.choose(filters.filter().health());
        refresh();
    }

    /** Reads the fleet again and shows it; the service applies the user's teams again on every call. */
    void refresh() {
        FleetOverview overview = fleet.overview(filters.filter(), filters.sort());
        counts.show(overview);
        board.show(overview, rowLimit);
        long matching = overview.models().count();
        showMore.setVisible(matching > rowLimit);
        showMore.setText("Show " + Math.min(ROWS_AT_A_TIME, matching - rowLimit) + " more of " + matching + " models");
        boolean anyShown = matching > 0;
        board.setVisible(anyShown);
        truncated.setVisible(overview.truncated());
        showEmptyState(anyShown ? "" : emptyKind(overview));
        updated.setText("Live · updated " + CLOCK.format(overview.asOf().atZone(UserTime.zone()))
                + " · every " + REFRESH_MILLIS / 1000 + " s");
    }

    private String emptyKind(FleetOverview overview) {
        if (!inATeam) {
            return "no-team";
        }
        if (overview.matching() > 0) {
            return "none-with-" + filters.filter().health().name();
        }
        return filters.filter().withHealth(null).isEmpty() ? "no-models" : "no-match";
    }

    /** Builds the empty state only when it changes, so a refresh never resets what the user is reading. */
    private void showEmptyState(String kind) {
        if (Objects.equals(kind, emptyKind)) {
            return;
        }
        emptyKind = kind;
        emptyState.removeAll();
        Component content = switch (kind) {
            case "" -> null;
            case "no-team" -> FleetEmptyState.notInATeam();
            case "no-models" -> FleetEmptyState.noModels(canRegister, () -> getUI().ifPresent(ui -> ui.navigate("models/new")));
            case "no-match" -> FleetEmptyState.noMatch(this::clearFilters);
            default -> FleetEmptyState.noneWith(filters.filter().health(), () -> showOnly(null));
        };
        if (content != null) {
            emptyState.add(content);
        }
    }

    private void showMore() {
        rowLimit += ROWS_AT_A_TIME;
        refresh();
    }

    private void filtersChanged() {
        rowLimit = ROWS_AT_A_TIME;
        refresh();
        updateUrl();
    }

    private void showOnly(ModelHealth health) {
        filters.showOnly(health);
        counts.choose(health);
        filtersChanged();
    }

    private void clearFilters() {
        filters.clear();
        counts.choose(null);
        filtersChanged();
    }

    private void updateUrl() {
        String query = filters.toQueryParameters().getQueryString();
        // relative to the application's root, which is this page's path
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, query.isEmpty() ? "./" : "./?" + query));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(REFRESH_MILLIS);
        polling = ui.addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }
}
