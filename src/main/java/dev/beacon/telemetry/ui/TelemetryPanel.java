package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.UserTime;
import dev.beacon.telemetry.TelemetryOverview;
import dev.beacon.telemetry.TelemetryOverviewService;

/**
 * A model's telemetry at a glance: the last hour's headline figures and its latest scrape and probe, or,
 * when the hour holds no data, the latest scrape and probe (why) and how to send the model data. While it is shown it refreshes every
 * {@value #REFRESH_MILLIS} ms by UI polling, which needs no push channel through proxies.
 */
class TelemetryPanel extends VerticalLayout {

    static final int REFRESH_MILLIS = 10_000;

    private final TelemetryOverviewService overviews;
    private final ModelId model;
    private final Span updated = new Span();
    private final VerticalLayout content = new VerticalLayout();
    private Registration polling;

    TelemetryPanel(TelemetryOverviewService overviews, ModelId model) {
        this.overviews = overviews;
        this.model = model;
        setPadding(false);
        content.setPadding(false);
        updated.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        H3 title = new H3("Last hour");
        title.getStyle().set("margin", "0");
        add(title, updated, content);
        refresh();
    }

    /** Reads the overview again and shows it; the service checks again that the user may see the model. */
    void refresh() {
        TelemetryOverview overview = overviews.overview(model);
        content.removeAll();
        if (overview.hasFigures()) {
            content.add(new HeadlineFigures(overview.lastHour()), new LatestChecks(overview));
        } else {
            // without data, why there is none (the last scrape and probe) comes before how to send some
            content.add(new EmptyState("No telemetry in the last hour",
                            "Send this model data in any of the ways below; its figures appear here within seconds."),
                    new LatestChecks(overview), new SendDataHelp(overview));
        }
        updated.setText("Updated " + UserTime.formatPrecise(overview.lastHour().to()) + " · refreshes every "
                + REFRESH_MILLIS / 1000 + " seconds");
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
