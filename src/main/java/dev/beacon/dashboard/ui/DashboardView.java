package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.beacon.dashboard.Dashboard;
import dev.beacon.dashboard.DashboardId;
import dev.beacon.dashboard.DashboardPreferences;
import dev.beacon.dashboard.DashboardService;
import dev.beacon.dashboard.DashboardTransfer;
import dev.beacon.dashboard.PanelDataService;
import dev.beacon.dashboard.TimeRange;
import dev.beacon.dashboard.Visibility;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.RoutePatterns;
import dev.beacon.shared.ui.UserTime;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One shared dashboard, opened by its link: the range (and auto-refresh) comes from the URL, so a link
 * shows everyone the same panels over the same time. Readers see it read-only; its team's Editors and
 * Owners switch to edit mode ({@link DashboardEditor}). Those who may not open it get "not found",
 * exactly as for a dashboard that does not exist. Auto-refresh is UI polling: every read goes through
 * the services in a request of the signed-in user, so their rights are checked again on each refresh.
 */
@Route("dashboards/:" + DashboardView.ID_PARAMETER + RoutePatterns.UUID)
@StyleSheet("context://dashboards.css")
@PermitAll
class DashboardView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ID_PARAMETER = "dashboardId";

    private final DashboardService dashboards;
    private final PanelDataService panelData;
    private final DashboardPreferences preferences;
    private final DashboardTransfer transfer;
    private final Clock clock;
    private final Span updated = new Span();
    private Dashboard dashboard;
    private DashboardGrid grid;
    private DashboardEditor editor;
    private DashboardActions actions;
    private RangePicker rangePicker;
    private RangeSettings settings;
    private Instant from;
    private Instant to;
    private Registration polling;
    private Div empty;

    DashboardView(DashboardService dashboards, PanelDataService panelData, DashboardPreferences preferences,
                  DashboardTransfer transfer, Clock clock) {
        this.dashboards = dashboards;
        this.panelData = panelData;
        this.preferences = preferences;
        this.transfer = transfer;
        this.clock = clock;
        addClassName("beacon-page");
        addClassName("beacon-dashboard-page");
        updated.addClassName("beacon-updated");
    }

    static String route(DashboardId id) {
        return "dashboards/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            dashboard = dashboards.get(DashboardId.of(event.getRouteParameters().get(ID_PARAMETER).orElseThrow()));
        } catch (NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        settings = RangeSettings.from(query, RangeChoice.LAST_HOUR);
        readWindow();
        build();
        if (query.getParameters().containsKey("edit") && dashboard.editable()) {
            startEditing();
        }
    }

    /** Leaving with unsaved changes asks first; the draft stays if the user stays. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editor != null && editor.hasUnsavedChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
            ConfirmDialogs.confirmDestructive("Leave without saving?", "Your changes to this dashboard are not saved.",
                    "Discard changes", leave::proceed);
        }
    }

    @Override
    public String getPageTitle() {
        return dashboard == null ? "Dashboard" : dashboard.name() + " · Dashboards";
    }

    private void build() {
        removeAll();
        grid = new DashboardGrid(panel -> panelData.read(panel, from, to), () -> {
            editor.changed();
            empty.setVisible(grid.isEmpty());
        }, card -> editor.editPanel(card), this::zoomTo);
        grid.show(dashboard.panels());
        editor = new DashboardEditor(dashboards, panelData, clock, dashboard, grid, this::saved);
        rangePicker = new RangePicker(new RangePicker.Listener() {
            @Override
            public void rangeChosen(TimeRange range) {
                change(new RangeSettings(range, settings.refresh()));
            }

            @Override
            public void refreshChosen(RefreshRate refresh) {
                change(new RangeSettings(settings.range(), refresh));
            }
        });
        rangePicker.show(settings);
        rangePicker.showWindow(from, to);
        Div toolbar = new Div(rangePicker, updated);
        toolbar.addClassName("beacon-dashboard-toolbar");
        empty = emptyState();
        add(header(), toolbar, editor, grid, empty);
        showUpdated();
    }

    private Div header() {
        H2 name = new H2(dashboard.name());
        Div badges = new Div(Badges.badge(dashboard.teamName(), Badges.Tone.NEUTRAL),
                dashboard.visibility() == Visibility.EVERYONE ? Badges.badge("Shared with everyone signed in", Badges.Tone.SUCCESS)
                        : Badges.badge("Team dashboard", Badges.Tone.CONTRAST));
        if (!dashboard.editable()) {
            badges.add(Badges.badge("Read-only", Badges.Tone.NEUTRAL));
        }
        badges.addClassName("beacon-dashboard-badges");
        Div title = new Div(name, badges);
        title.addClassName("beacon-dashboard-title");
        actions = new DashboardActions(dashboard, dashboards, preferences, transfer, this::startEditing);
        Div header = new Div(title, actions);
        header.addClassName("beacon-dashboard-header");
        if (!dashboard.description().isBlank()) {
            return new Div(header, new Paragraph(dashboard.description()));
        }
        return header;
    }

    private Div emptyState() {
        Div box = new Div();
        box.addClassName("beacon-dashboard-empty");
        box.setVisible(dashboard.panels().isEmpty());
        if (dashboard.panels().isEmpty()) {
            Button add = new Button("Add the first panel", VaadinIcon.PLUS.create(), e -> {
                startEditing();
                editor.addPanel();
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setVisible(dashboard.editable());
            box.add(new EmptyState("No panels yet", dashboard.editable()
                    ? "Add panels: a metric of one or more models, drawn as a line, area, bar, heat map, single stat or gauge."
                    : "The team's Editors have not added panels to this dashboard yet.", add));
        }
        return box;
    }

    private void startEditing() {
        editor.start();
        actions.setEditing(true);
    }

    /** After a save: the dashboard as stored, shown read-only again. */
    private void saved(Dashboard stored) {
        dashboard = stored;
        build();
        replaceUrl();
    }

    private void change(RangeSettings chosen) {
        settings = chosen;
        readWindow();
        grid.refresh(false);
        showUpdated();
        applyRefresh();
        replaceUrl();
    }

    /** A chart was zoomed: its time span becomes the dashboard's range, for every panel. */
    private void zoomTo(Instant zoomFrom, Instant zoomTo) {
        if (!zoomFrom.isBefore(zoomTo)) {
            return;
        }
        settings = new RangeSettings(new TimeRange.Between(zoomFrom, zoomTo), settings.refresh());
        rangePicker.show(settings);
        readWindow();
        grid.refresh(false);
        showUpdated();
        replaceUrl();
    }

    private void readWindow() {
        Instant now = clock.instant();
        from = settings.range().from(now);
        to = settings.range().to(now);
        if (rangePicker != null) {
            rangePicker.showWindow(from, to);
        }
    }

    private void showUpdated() {
        updated.setText("Updated " + UserTime.formatPrecise(clock.instant())
                + (settings.refresh() == RefreshRate.OFF ? "" : " · " + settings.refresh().label().toLowerCase()));
    }

    private void replaceUrl() {
        Map<String, String> parameters = new LinkedHashMap<>();
        settings.writeTo(parameters);
        String query = QueryParameters.simple(parameters).getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, route(dashboard.id()) + "?" + query));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        applyRefresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    private void applyRefresh() {
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        stopPolling(ui);
        settings.refresh().period().ifPresent(period -> {
            ui.setPollInterval((int) period.toMillis());
            polling = ui.addPollListener(poll -> {
                readWindow();
                grid.refresh(true);
                showUpdated();
            });
        });
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        ui.setPollInterval(-1);
    }
}
