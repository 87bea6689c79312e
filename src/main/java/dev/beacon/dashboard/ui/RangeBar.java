package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The time range (15 minutes … 30 days, or custom from/to in the user's time zone) and the auto-refresh
 * rate of a dashboard. Tells its owner when the user picks another range or rate.
 */
class RangeBar extends HorizontalLayout {

    private static final String CUSTOM = "custom";

    private final Select<String> range = new Select<>();
    private final Select<RefreshRate> refresh = new Select<>();
    private final DateTimePicker from = new DateTimePicker("From");
    private final DateTimePicker to = new DateTimePicker("To");
    private final Button apply = new Button("Apply");
    private final Clock clock;
    private final BiConsumer<TimeRange, RefreshRate> onChange;
    private TimeRange current;

    RangeBar(Clock clock, TimeRange initial, RefreshRate initialRefresh, BiConsumer<TimeRange, RefreshRate> onChange) {
        this.clock = clock;
        this.onChange = onChange;
        this.current = initial;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);

        List<String> keys = new ArrayList<>(Arrays.stream(RangePreset.values()).map(RangePreset::key).toList());
        keys.add(CUSTOM);
        range.setLabel("Time range");
        range.setItems(keys);
        range.setItemLabelGenerator(key -> RangePreset.ofKey(key).map(RangePreset::label).orElse("Custom range…"));
        refresh.setLabel("Auto-refresh");
        refresh.setItems(RefreshRate.values());
        refresh.setItemLabelGenerator(RefreshRate::label);
        show(initial, initialRefresh);

        range.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            boolean custom = CUSTOM.equals(e.getValue());
            showCustom(custom);
            if (!custom) {
                current = TimeRange.of(RangePreset.ofKey(e.getValue()).orElseThrow());
                onChange.accept(current, refresh.getValue());
            }
        });
        refresh.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(current, e.getValue());
            }
        });
        apply.addClickListener(e -> applyCustom());
        add(range, from, to, apply, refresh);
    }

    /** Shows a range chosen elsewhere, e.g. by zooming a chart, without telling the owner again. */
    void show(TimeRange shown, RefreshRate rate) {
        current = shown;
        range.setValue(shown.isCustom() ? CUSTOM : shown.preset().key());
        refresh.setValue(rate);
        Instant now = clock.instant();
        from.setValue(LocalDateTime.ofInstant(shown.fromAt(now), UserTime.zone()));
        to.setValue(LocalDateTime.ofInstant(shown.toAt(now), UserTime.zone()));
        showCustom(shown.isCustom());
    }

    private void showCustom(boolean custom) {
        from.setVisible(custom);
        to.setVisible(custom);
        apply.setVisible(custom);
    }

    private void applyCustom() {
        if (from.getValue() == null || to.getValue() == null) {
            Notifications.error("Choose when the range starts and ends");
            return;
        }
        Instant start = from.getValue().atZone(UserTime.zone()).toInstant();
        Instant end = to.getValue().atZone(UserTime.zone()).toInstant();
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(TimeRange.LONGEST) > 0) {
            Notifications.error("Choose a start before the end, at most 400 days apart");
            return;
        }
        current = TimeRange.custom(start, end);
        onChange.accept(current, refresh.getValue());
    }
}
