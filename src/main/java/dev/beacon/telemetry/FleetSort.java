package dev.beacon.telemetry;

import java.util.Comparator;

/** How the fleet overview orders models within a team, and teams among themselves. */
public enum FleetSort {
    HEALTH("Worst first", Comparator.comparing(FleetModel::healthLevel)
            .thenComparing(model -> model.figures().errorRate(), descending())
            .thenComparing(model -> model.figures().latencyP95Ms(), descending())),
    LATENCY("Slowest first (p95)", Comparator.comparing(model -> model.figures().latencyP95Ms(), descending())),
    TRAFFIC("Busiest first", Comparator.comparing(model -> model.figures().requestsPerMinute(), descending())),
    ERRORS("Most errors first", Comparator.comparing((FleetModel model) -> model.figures().errorRate(), descending())
            .thenComparing(FleetModel::healthLevel)),
    NAME("Name", null);

    private final String label;
    private final Comparator<FleetModel> order;

    FleetSort(String label, Comparator<FleetModel> first) {
        this.label = label;
        Comparator<FleetModel> byName = Comparator.comparing((FleetModel model) -> model.name().toLowerCase())
                .thenComparing(model -> model.id().toString());
        this.order = first == null ? byName : first.thenComparing(byName);
    }

    public String label() {
        return label;
    }

    /** The order of models; ties go by name. */
    public Comparator<FleetModel> comparator() {
        return order;
    }

    /** Largest first, models without the figure last. */
    private static Comparator<Double> descending() {
        return Comparator.nullsLast(Comparator.<Double>reverseOrder());
    }
}
