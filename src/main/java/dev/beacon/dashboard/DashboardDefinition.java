package dev.beacon.dashboard;

import java.util.List;

/** Everything an editor sets on a dashboard; the service checks it ({@link DashboardChecks}). */
public record DashboardDefinition(String name, String description, Visibility visibility, List<PanelData> panels) {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_PANELS = 30;

    public DashboardDefinition {
        name = name == null ? null : name.strip();
        description = description == null ? "" : description.strip();
        panels = panels == null ? List.of() : List.copyOf(panels);
    }

    public static DashboardDefinition empty(String name, String description, Visibility visibility) {
        return new DashboardDefinition(name, description, visibility, List.of());
    }

    public DashboardDefinition withPanels(List<PanelData> newPanels) {
        return new DashboardDefinition(name, description, visibility, newPanels);
    }

    public DashboardDefinition withName(String newName) {
        return new DashboardDefinition(newName, description, visibility, panels);
    }
}
