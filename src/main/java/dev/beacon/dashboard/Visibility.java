package dev.beacon.dashboard;

/** Who may open a dashboard. Only the team's Editors and Owners ever change it. */
public enum Visibility {
    /** The team's members. */
    TEAM("team", "Team"),
    /** Also everyone signed in to Beacon, read-only. */
    EVERYONE("everyone", "Everyone signed in");

    private final String apiName;
    private final String label;

    Visibility(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<Visibility> ofApiName(String name) {
        for (Visibility visibility : values()) {
            if (visibility.apiName.equals(name)) {
                return java.util.Optional.of(visibility);
            }
        }
        return java.util.Optional.empty();
    }
}
