package dev.beacon.dashboard.model;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import dev.beacon.dashboard.Comparison;
import dev.beacon.dashboard.TimeRange;
import dev.beacon.shared.ui.UserTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The dashboard's controls: the time range (presets, or a custom window picked in the user's time zone),
 * auto-refresh, what to compare with, and "Reset zoom" after a zoom. Setting them from the program (the
 * URL, a zoom) tells the listener nothing; only the user's choices reach it.
 */
class DashboardToolbar extends FlexLayout {

    /** What the user chose. */
    interface Listener {
        void rangeChosen(TimeRange range);

        void refreshChosen(RefreshRate refresh);

        void comparisonChosen(Comparison comparison);

        void zoomReset();
    }

    private final Select<RangeChoice> range = new Select<>();
    private final DateTimePicker from = new DateTimePicker("From");
    private final DateTimePicker to = new DateTimePicker("To");
    private final Button apply = new Button("Apply");
    private final FlexLayout custom = new FlexLayout(from, to, apply);
    private final Select<RefreshRate> refresh = new Select<>();
    private final ComboBox<CompareChoice> compare = new ComboBox<>("Compare with");
    private final Button resetZoom = new Button("Reset zoom", VaadinIcon.SEARCH_MINUS.create());
    private final Span status = new Span();
    private final Listener listener;
    private boolean updating;

    DashboardToolbar(Listener listener) {
        this.listener = listener;
        addClassName("beacon-dashboard-toolbar");
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

        custom.addClassName("beacon-dashboard-custom-range");
        custom.setVisible(false);
        custom.setAlignItems(Alignment.BASELINE);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> applyCustomRange());

        refresh.setLabel("Auto-refresh");
        refresh.setItems(RefreshRate.values());
        refresh.setItemLabelGenerator(RefreshRate::label);
        refresh.addValueChangeListener(event -> {
            if (!updating && event.getValue() != null) {
                listener.refreshChosen(event.getValue());
            }
        });

        compare.setItemLabelGenerator(CompareChoice::label);
        compare.setPlaceholder("Nothing");
        compare.setClearButtonVisible(true);
        compare.setWidth("18em");
        compare.setHelperText("Overlaid dashed on latency and throughput");
        compare.addValueChangeListener(event -> {
            if (!updating) {
                listener.comparisonChosen(event.getValue() == null ? null : event.getValue().comparison());
            }
        });

        resetZoom.setVisible(false);
        resetZoom.addClickListener(click -> listener.zoomReset());
        status.addClassName("beacon-dashboard-status");
        add(range, custom, refresh, compare, resetZoom, status);
    }

    void offer(List<CompareChoice> choices) {
        updating = true;
        try {
            compare.setItems(choices);
        } finally {
            updating = false;
        }
    }

    /** Shows the settings, e.g. from the URL or after a zoom. */
    void show(DashboardSettings settings, boolean zoomed) {
        updating = true;
        try {
            RangeChoice choice = RangeChoice.of(settings.range());
            range.setValue(choice);
            custom.setVisible(choice == RangeChoice.CUSTOM);
            refresh.setValue(settings.refresh());
            compare.setValue(compare.getListDataView().getItems()
                    .filter(item -> Objects.equals(item.comparison(), settings.comparison())).findFirst().orElse(null));
            resetZoom.setVisible(zoomed);
        } finally {
            updating = false;
        }
    }

    /** The window shown, in the custom range's pickers (in the user's time zone), and how fine its points are. */
    void showWindow(Instant start, Instant end, Duration step, Instant updated) {
        from.setValue(LocalDateTime.ofInstant(start, UserTime.zone()));
        to.setValue(LocalDateTime.ofInstant(end, UserTime.zone()));
        from.setInvalid(false);
        status.setText("One point per " + Durations.describe(step) + " · drag across a chart to zoom in · updated "
                + UserTime.formatPrecise(updated));
    }

    /** Marks the custom range's start as not usable, e.g. a range the service refused. */
    void refuseRange(String message) {
        custom.setVisible(true);
        from.setErrorMessage(message);
        from.setInvalid(true);
    }

    private void applyCustomRange() {
        if (from.getValue() == null || to.getValue() == null || !from.getValue().isBefore(to.getValue())) {
            refuseRange("Choose a start before the end");
            return;
        }
        from.setInvalid(false);
        listener.rangeChosen(new TimeRange.Between(from.getValue().atZone(UserTime.zone()).toInstant(),
                to.getValue().atZone(UserTime.zone()).toInstant()));
    }
}
