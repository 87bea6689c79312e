package dev.beacon.dashboard;

import java.util.List;

/** Everything an editor sets on a dashboard; the service checks it ({@link DashboardChecks}). */
public record DashboardData(String name, String description, Visibility visibility, List<PanelData> panels) {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_PANELS = 30;

    public DashboardData {
        name = name == null ? null : name.strip();
        description = description == null ? "" : description.strip();
        panels = panels == null ? List.of() : List.copyOf(panels);
    }

    public static DashboardData empty(String name, String description, Visibility visibility) {
        return new DashboardData(name, description, visibility, List.of());
    }

    public DashboardData withPanels(List<PanelData> newPanels) {
        return new DashboardData(name, description, visibility, newPanels);
    }

    public DashboardData withName(String newName) {
        return new DashboardData(newName, description, visibility, panels);
    }
}
