package dev.beacon.dashboard.model;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.shared.Registration;
import dev.beacon.dashboard.Comparison;
import dev.beacon.dashboard.DashboardData;
import dev.beacon.dashboard.DashboardSubject;
import dev.beacon.dashboard.ModelDashboardService;
import dev.beacon.dashboard.TimeRange;
import dev.beacon.dashboard.ui.RefreshRate;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.RangeSelectEvent;
import dev.beacon.shared.ui.SendDataGuide;
import dev.beacon.telemetry.ModelSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;

/**
 * A model's dashboard: its panels over the chosen time range, with the controls above them. The settings
 * live in the page's URL (a range change is a new history entry, so the browser's back button undoes it).
 * Data are read when the dashboard is attached and whenever a setting changes; with auto-refresh on, a
 * {@link LiveRefresh} turn reads them in the background and pushes them to the browser, data only.
 */
class ModelDashboard extends Div implements DashboardToolbar.Listener {

    private static final Logger log = LoggerFactory.getLogger(ModelDashboard.class);
    /** The narrowest window a zoom may choose: a few points at the finest step. */
    static final Duration NARROWEST_ZOOM = Duration.ofMinutes(5);

    private final ModelDashboardService dashboards;
    private final LiveRefresh live;
    private final ModelId model;
    private final String path;
    private final DashboardToolbar toolbar = new DashboardToolbar(this);
    private final DashboardPanels panels;
    private DashboardSettings settings;
    private TimeRange beforeZoom;
    private DashboardSubject subject;
    private int maxPoints = ChartBudget.UNKNOWN_WIDTH_POINTS;
    private Registration refreshing;
    private Registration resizing;
    // what the background refresh reads: the settings and budget of the latest request
    private volatile Request current;

    private record Request(DashboardSettings settings, int maxPoints) {
    }

    ModelDashboard(ModelDashboardService dashboards, SendDataGuide guide, LiveRefresh live, ModelId model, Location location) {
        this.dashboards = dashboards;
        this.live = live;
        this.model = model;
        this.path = location.getPath();
        this.settings = DashboardSettings.from(location.getQueryParameters());
        this.panels = new DashboardPanels(guide, model, this::zoomed);
        addClassName("beacon-dashboard");
        add(toolbar, panels);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        if (subject == null) {
            subject = dashboards.subject(model);
            toolbar.offer(CompareChoice.offeredFor(subject));
        }
        toolbar.show(settings, beforeZoom != null);
        maxPoints = ChartBudget.points(ui);
        load();
        resizing = ui.getPage().addBrowserWindowResizeListener(resize -> {
            int budget = ChartBudget.forWindow(resize.getWidth());
            if (budget != maxPoints) {
                maxPoints = budget;
                load();
            }
        });
        scheduleRefresh(ui);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopRefresh();
        if (resizing != null) {
            resizing.remove();
            resizing = null;
        }
    }

    @Override
    public void rangeChosen(TimeRange range) {
        beforeZoom = null;
        change(settings.withRange(range), true);
    }

    @Override
    public void refreshChosen(RefreshRate refresh) {
        change(settings.withRefresh(refresh), false);
        getUI().ifPresent(this::scheduleRefresh);
    }

    @Override
    public void comparisonChosen(Comparison comparison) {
        change(settings.withComparison(comparison), false);
    }

    @Override
    public void zoomReset() {
        TimeRange before = beforeZoom;
        beforeZoom = null;
        change(settings.withRange(before), true);
    }

    /** A drag across a chart (or its slider) makes the zoomed window the whole dashboard's range. */
    private void zoomed(RangeSelectEvent event) {
        Instant start = event.getFrom();
        Instant end = event.getTo();
        if (Duration.between(start, end).compareTo(NARROWEST_ZOOM) < 0) {
            Instant middle = start.plus(Duration.between(start, end).dividedBy(2));
            start = middle.minus(NARROWEST_ZOOM.dividedBy(2));
            end = middle.plus(NARROWEST_ZOOM.dividedBy(2));
        }
        if (beforeZoom == null) {
            beforeZoom = settings.range();
        }
        change(settings.withRange(new TimeRange.Between(start, end)), true);
    }

    /** Applies new settings: into the URL (a new history entry for a new range), the controls, the panels. */
    private void change(DashboardSettings changed, boolean newHistoryEntry) {
        settings = changed;
        toolbar.show(settings, beforeZoom != null);
        getUI().ifPresent(ui -> {
            Location location = new Location(path, settings.toQueryParameters());
            if (newHistoryEntry) {
                ui.getPage().getHistory().pushState(null, location);
            } else {
                ui.getPage().getHistory().replaceState(null, location);
            }
        });
        load();
    }

    /** Reads the data for the current settings and shows them. */
    void load() {
        Request request = new Request(settings, maxPoints);
        current = request;
        try {
            show(read(request));
        } catch (InvalidInputException refused) {
            toolbar.refuseRange(refused.getMessage());
        } catch (NotFoundException comparedModelGone) {
            // the model compared with was deleted, or its team is no longer the user's
            Notifications.error("The model to compare with is not available to you; showing this model alone");
            change(settings.withComparison(null), false);
        }
    }

    /** One auto-refresh turn, on a background thread: reads, then pushes what it read unless the settings changed since. */
    void refreshInBackground(UI ui) {
        Request request = current;
        try {
            DashboardData data = read(request);
            ui.access(() -> {
                if (request.equals(current)) {
                    show(data);
                }
            });
        } catch (RuntimeException failed) {
            log.info("Auto-refresh of the dashboard of model {} stopped: {}", model, failed.toString());
            ui.access(() -> {
                stopRefresh();
                Notifications.error("Auto-refresh stopped: the dashboard could not be read. Reload the page to try again.");
            });
        }
    }

    private DashboardData read(Request request) {
        DashboardSettings asked = request.settings();
        return dashboards.data(model, asked.range(), request.maxPoints(), asked.comparison());
    }

    private void show(DashboardData data) {
        ModelSeries series = data.series();
        toolbar.showWindow(series.from(), series.to(), series.step(), series.to());
        panels.show(subject, data, settings.range());
    }

    private void scheduleRefresh(UI ui) {
        stopRefresh();
        settings.refresh().period().ifPresent(period -> {
            // the turns run outside any request: they act as the signed-in user, whose rights the services check again
            Runnable turn = new DelegatingSecurityContextRunnable(() -> refreshInBackground(ui), SecurityContextHolder.getContext());
            refreshing = live.every(period, turn);
        });
    }

    private void stopRefresh() {
        if (refreshing != null) {
            refreshing.remove();
            refreshing = null;
        }
    }
}
