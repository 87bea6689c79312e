package dev.beacon.dashboard.model;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.beacon.dashboard.Comparison;
import dev.beacon.dashboard.ui.RangePicker;
import dev.beacon.shared.ui.UserTime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The model dashboard's controls: the time range and auto-refresh of every dashboard ({@link RangePicker}),
 * what to compare with, and "Reset zoom" after a zoom. Setting them from the program (the URL, a zoom)
 * tells the listener nothing; only the user's choices reach it.
 */
class DashboardToolbar extends FlexLayout {

    /** What the user chose. */
    interface Listener extends RangePicker.Listener {
        void comparisonChosen(Comparison comparison);

        void zoomReset();
    }

    private final RangePicker range;
    private final ComboBox<CompareChoice> compare = new ComboBox<>("Compare with");
    private final Button resetZoom = new Button("Reset zoom", VaadinIcon.SEARCH_MINUS.create());
    private final Span status = new Span();
    private boolean updating;

    DashboardToolbar(Listener listener) {
        range = new RangePicker(listener);
        addClassName("beacon-dashboard-toolbar");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);

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
        add(range, compare, resetZoom, status);
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
            range.show(settings.rangeSettings());
            compare.setValue(compare.getListDataView().getItems()
                    .filter(item -> Objects.equals(item.comparison(), settings.comparison())).findFirst().orElse(null));
            resetZoom.setVisible(zoomed);
        } finally {
            updating = false;
        }
    }

    /** The window shown, in the custom range's pickers (in the user's time zone), and how fine its points are. */
    void showWindow(Instant start, Instant end, Duration step, Instant updated) {
        range.showWindow(start, end);
        status.setText("One point per " + Durations.describe(step) + " · drag across a chart to zoom in · updated "
                + UserTime.formatPrecise(updated));
    }

    /** Marks the custom range's start as not usable, e.g. a range the service refused. */
    void refuseRange(String message) {
        range.refuseRange(message);
    }
}
