package dev.beacon.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import dev.beacon.shared.ui.chart.ChartJson;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.shared.ui.chart.ChartPoint;
import dev.beacon.shared.ui.chart.SeriesData;

import java.util.List;
import java.util.Objects;

/**
 * A chart drawn by Apache ECharts in the browser ({@code frontend/components/beacon-chart.ts}).
 * The server owns the whole {@link ChartOption}; the browser gets it in full when the chart is attached
 * or its option replaced, and after that only data: {@link #setSeriesData} sends the new points of the
 * named series, which ECharts merges into the chart it already has. The chart follows the light/dark
 * appearance live, fits its box (320 px high and full width unless sized), and tells the server about
 * clicks on data points ({@link PointClickEvent}) and zooms of the time axis ({@link RangeSelectEvent}).
 * See docs/design-decisions/0014-echarts-component.md.
 */
@Tag("beacon-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/beacon-chart.ts")
public class EChart extends Component implements HasSize {

    private ChartOption option;
    private boolean fullOptionPending;

    public EChart(ChartOption option) {
        getElement().setAttribute("role", "img");
        setOption(option);
    }

    public ChartOption getOption() {
        return option;
    }

    /** Replaces everything the chart shows; use {@link #setSeriesData} to refresh data. */
    public void setOption(ChartOption option) {
        this.option = Objects.requireNonNull(option, "option");
        getElement().setAttribute("aria-label", option.accessibleName());
        sendFullOption();
    }

    /** New data for one series, sent alone: the chart, its zoom and its other series stay as they are. */
    public void setSeriesData(String seriesId, List<? extends ChartPoint> data) {
        setSeriesData(List.of(new SeriesData(seriesId, data)));
    }

    /** New data for several series in one message, e.g. every series of a panel on a refresh. */
    public void setSeriesData(List<SeriesData> updates) {
        option = option.withSeriesData(updates);
        // A full option about to go out carries this data already.
        if (isAttached() && !fullOptionPending) {
            getElement().callJsFunction("setSeriesData", ChartJson.seriesData(updates));
        }
    }

    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    public Registration addRangeSelectListener(ComponentEventListener<RangeSelectEvent> listener) {
        return addListener(RangeSelectEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The browser draws the element anew on every attach, so it needs the whole option again.
        sendFullOption();
    }

    /**
     * Sends the option once, just before the response, so several changes in one round trip send it
     * once; with it the user's time zone, as known by then (the main layout reads it from the profile).
     */
    private void sendFullOption() {
        if (fullOptionPending) {
            return;
        }
        fullOptionPending = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> {
            fullOptionPending = false;
            getElement().setProperty("timeZone", UserTime.zone().getId());
            getElement().callJsFunction("setOption", ChartJson.option(option));
        }));
    }
}
