package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import dev.beacon.dashboard.TimeRange;
import dev.beacon.shared.ui.UserTime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The time range picker of every dashboard: 15 minutes … 30 days ending now, or a custom window picked in
 * the user's time zone, and the auto-refresh rate. Showing settings from the program (the URL, a zoom)
 * tells the listener nothing; only the user's choices reach it.
 */
public class RangePicker extends FlexLayout {

    /** What the user chose. */
    public interface Listener {
        void rangeChosen(TimeRange range);

        void refreshChosen(RefreshRate refresh);
    }

    private final Select<RangeChoice> range = new Select<>();
    private final DateTimePicker from = new DateTimePicker("From");
    private final DateTimePicker to = new DateTimePicker("To");
    private final Button apply = new Button("Apply");
    private final FlexLayout custom = new FlexLayout(from, to, apply);
    private final Select<RefreshRate> refresh = new Select<>();
    private boolean updating;

    public RangePicker(Listener listener) {
        addClassName("beacon-range-picker");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);

        range.setLabel("Time range");
        range.setItems(RangeChoice.values());
        range.setItemLabelGenerator(RangeChoice::label);
        range.addValueChangeListener(event -> {
            if (!updating && event.getValue() != null) {
                if (event.getValue() == RangeChoice.CUSTOM) {
                    custom.setVisible(true);
                    from.focus();
                } else {
                    listener.rangeChosen(event.getValue().range());
                }
            }
        });

        custom.addClassName("beacon-custom-range");
        custom.setVisible(false);
        custom.setAlignItems(Alignment.BASELINE);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> customWindow().ifPresent(listener::rangeChosen));

        refresh.setLabel("Auto-refresh");
        refresh.setItems(RefreshRate.values());
        refresh.setItemLabelGenerator(RefreshRate::label);
        refresh.addValueChangeListener(event -> {
            if (!updating && event.getValue() != null) {
                listener.refreshChosen(event.getValue());
            }
        });
        add(range, custom, refresh);
    }

    /** Shows settings chosen elsewhere, e.g. from the URL or by zooming a chart. */
    public void show(RangeSettings settings) {
        updating = true;
        try {
            RangeChoice choice = RangeChoice.of(settings.range());
            range.setValue(choice);
            custom.setVisible(choice == RangeChoice.CUSTOM);
            refresh.setValue(settings.refresh());
        } finally {
            updating = false;
        }
    }

    /** The window shown, in the custom range's pickers (in the user's time zone), ready to be narrowed. */
    public void showWindow(Instant start, Instant end) {
        from.setValue(LocalDateTime.ofInstant(start, UserTime.zone()));
        to.setValue(LocalDateTime.ofInstant(end, UserTime.zone()));
        from.setInvalid(false);
    }

    /** Marks the custom range's start as not usable, e.g. a range the service refused. */
    public void refuseRange(String message) {
        custom.setVisible(true);
        from.setErrorMessage(message);
        from.setInvalid(true);
    }

    private Optional<TimeRange> customWindow() {
        if (from.getValue() == null || to.getValue() == null) {
            refuseRange("Choose when the range starts and ends");
            return Optional.empty();
        }
        Instant start = from.getValue().atZone(UserTime.zone()).toInstant();
        Instant end = to.getValue().atZone(UserTime.zone()).toInstant();
        Optional<String> problem = RangeSettings.problemWith(start, end);
        if (problem.isPresent()) {
            refuseRange(problem.get());
            return Optional.empty();
        }
        from.setInvalid(false);
        return Optional.of(new TimeRange.Between(start, end));
    }
}
