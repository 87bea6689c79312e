package dev.beacon.dashboard.ui;

import dev.beacon.dashboard.Panel;
import dev.beacon.dashboard.PanelMetric;
import dev.beacon.dashboard.PanelReading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The line under a panel's title: how the figures are made (the aggregation only when a title of the
 * editor's own hides it), and what the reader cannot see.
 */
final class PanelNotes {

    private PanelNotes() {
    }

    static String subtitle(Panel panel, PanelReading reading) {
        List<String> notes = new ArrayList<>();
        if (!panel.title().isBlank() && panel.metric() != PanelMetric.SCORE && panel.metric().aggregations().size() > 1) {
            notes.add(panel.aggregation().label().toLowerCase());
        }
        switch (reading) {
            case PanelReading.Series series -> {
                notes.add("a point per " + step(series.step()));
                if (series.bucketed()) {
                    notes.add("percentiles from histogram buckets");
                }
            }
            case PanelReading.Figures figures -> {
                notes.add("over the whole range");
                if (figures.bucketed()) {
                    notes.add("percentiles from histogram buckets");
                }
            }
            case PanelReading.Distribution distribution -> {
                notes.add("requests per " + step(distribution.distribution().step()));
                if (distribution.distribution().bucketed()) {
                    notes.add("from histogram buckets");
                }
            }
            case null -> {
            }
        }
        if (panel.hiddenModels() > 0) {
            notes.add(panel.hiddenModels() + (panel.hiddenModels() == 1 ? " model" : " models") + " hidden (no access)");
        }
        return String.join(" · ", notes);
    }

    /** e.g. "minute", "5 min", "hour", "6 h", "day". */
    static String step(Duration step) {
        long minutes = step.toMinutes();
        if (minutes == 1) {
            return "minute";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes == 60) {
            return "hour";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h";
        }
        return minutes == 24 * 60 ? "day" : minutes / (24 * 60) + " days";
    }
}
