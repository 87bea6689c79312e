package dev.beacon.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.beacon.shared.ui.chart.Axis;
import dev.beacon.shared.ui.chart.BarSeries;
import dev.beacon.shared.ui.chart.ChartColor;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.shared.ui.chart.LineSeries;
import dev.beacon.shared.ui.chart.MarkArea;
import dev.beacon.shared.ui.chart.MarkLine;
import dev.beacon.shared.ui.chart.TimePoint;
import dev.beacon.shared.ui.chart.ValueFormat;
import jakarta.annotation.security.PermitAll;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A page with one {@link EChart} for the chart's tests: latency over 30 minutes with a threshold, a
 * version marker and an alert band, requests as bars on a second axis, a button that pushes one more
 * point, and the events the chart sends back shown as text. It lives in the test sources, so the
 * application jar never contains it.
 */
@Route("test/chart")
@PageTitle("Chart test")
@PermitAll
class ChartTestView extends VerticalLayout {

    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    static final int POINTS = 30;
    static final ValueFormat MILLIS = ValueFormat.of("ms", 0);

    private final List<TimePoint> latency = new ArrayList<>(IntStream.range(0, POINTS).mapToObj(ChartTestView::latencyAt).toList());
    private final EChart chart = new EChart(option());
    private final Span selectedRange = new Span("No range selected");
    private final Span clickedPoint = new Span("No point clicked");

    ChartTestView() {
        chart.setId("latency-chart");
        selectedRange.setId("selected-range");
        clickedPoint.setId("clicked-point");
        chart.addRangeSelectListener(event -> selectedRange.setText("Range " + event.getFrom() + " to " + event.getTo()));
        chart.addPointClickListener(event -> clickedPoint.setText("Clicked " + event.getSeriesId() + " at "
                + event.getTime().map(Instant::toString).orElse("no time") + " = " + event.getValue().orElse(null)));
        Button addPoint = new Button("Add a point", click -> {
            latency.add(latencyAt(latency.size()));
            chart.setSeriesData("p95", latency);
        });
        add(new HorizontalLayout(addPoint, selectedRange, clickedPoint), chart);
        setSizeFull();
    }

    EChart chart() {
        return chart;
    }

    private ChartOption option() {
        return ChartOption.timeSeries("Latency")
                .yAxis(Axis.value(MILLIS).withMin(0))
                .yAxis(Axis.value(ValueFormat.count()).onRight())
                .series(LineSeries.of("p95", "p95 latency", latency).withSymbols().unit(MILLIS)
                                .markLine(MarkLine.of(MarkLine.threshold("SLO 250 ms", 250, ChartColor.WARNING),
                                        MarkLine.at(START.plus(Duration.ofMinutes(10)), "v2", ChartColor.PRIMARY)))
                                .markArea(MarkArea.of(MarkArea.during(START.plus(Duration.ofMinutes(15)),
                                        START.plus(Duration.ofMinutes(20)), "latency alert", ChartColor.ERROR))),
                        BarSeries.of("requests", "requests/min", IntStream.range(0, POINTS)
                                        .mapToObj(i -> TimePoint.of(START.plus(Duration.ofMinutes(i)), 40 + i % 7)).toList())
                                .onAxis(1).unit(ValueFormat.count()))
                .build();
    }

    static TimePoint latencyAt(int minute) {
        return TimePoint.of(START.plus(Duration.ofMinutes(minute)), 180 + (minute * 37) % 110);
    }
}
