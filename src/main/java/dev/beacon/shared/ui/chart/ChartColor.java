package dev.beacon.shared.ui.chart;

/**
 * Colours with a meaning, taken from Lumo so they fit both the light and the dark scheme. They travel
 * as {@code var(--lumo-…)} and the browser resolves them for the scheme shown (again when it changes).
 * Lines use Lumo's text colours, which keep their contrast on the base colour; bands use its faint tints.
 */
public enum ChartColor {
    PRIMARY("primary"),
    SUCCESS("success"),
    WARNING("warning"),
    ERROR("error"),
    NEUTRAL(null);

    private final String lumoName;

    ChartColor(String lumoName) {
        this.lumoName = lumoName;
    }

    /** For lines, labels and markers. */
    public String line() {
        return lumoName == null ? "var(--lumo-secondary-text-color)" : "var(--lumo-" + lumoName + "-text-color)";
    }

    /** For filled areas behind the data, such as alert bands. */
    public String band() {
        return lumoName == null ? "var(--lumo-contrast-10pct)" : "var(--lumo-" + lumoName + "-color-10pct)";
    }

    /** The full-strength colour, for bars, symbols and gauge ranges. */
    public String fill() {
        return lumoName == null ? "var(--lumo-contrast-50pct)" : "var(--lumo-" + lumoName + "-color)";
    }
}
