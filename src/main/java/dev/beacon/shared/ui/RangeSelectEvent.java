package dev.beacon.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DebounceSettings;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.dom.DebouncePhase;

import java.time.Instant;

/**
 * The user zoomed the time axis (wheel, drag on the plot, or the slider) to show {@code from} to
 * {@code to}; a page can make that its time range. Sent once the zooming pauses, not for every step
 * of a drag.
 */
@DomEvent(value = "chart-zoom", debounce = @DebounceSettings(timeout = 300, phases = DebouncePhase.TRAILING))
public class RangeSelectEvent extends ComponentEvent<EChart> {

    private final Instant from;
    private final Instant to;

    public RangeSelectEvent(EChart source, boolean fromClient,
                            @EventData("event.detail.from") double fromMillis,
                            @EventData("event.detail.to") double toMillis) {
        super(source, fromClient);
        this.from = Instant.ofEpochMilli((long) fromMillis);
        this.to = Instant.ofEpochMilli((long) toMillis);
    }

    public Instant getFrom() {
        return from;
    }

    public Instant getTo() {
        return to;
    }
}
