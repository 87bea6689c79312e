package dev.beacon.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

import java.time.Instant;
import java.util.Optional;

/**
 * The user clicked a data point (a dot, a bar, a heat map cell, a gauge): which series, the point's
 * time (none for a gauge) and its value (none for a gap).
 */
@DomEvent("chart-click")
public class PointClickEvent extends ComponentEvent<EChart> {

    private final String seriesId;
    private final Instant time;
    private final Double value;

    public PointClickEvent(EChart source, boolean fromClient,
                           @EventData("event.detail.seriesId") String seriesId,
                           @EventData("event.detail.time") Double epochMillis,
                           @EventData("event.detail.value") Double value) {
        super(source, fromClient);
        this.seriesId = seriesId;
        this.time = epochMillis == null ? null : Instant.ofEpochMilli(epochMillis.longValue());
        this.value = value;
    }

    public String getSeriesId() {
        return seriesId;
    }

    public Optional<Instant> getTime() {
        return Optional.ofNullable(time);
    }

    public Optional<Double> getValue() {
        return Optional.ofNullable(value);
    }
}
