package dev.beacon.dashboard.model;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/**
 * How many points a dashboard series may have: no more than its chart's plot is wide in pixels. The plot's
 * width is estimated from the browser window's, on the small side: the navigation drawer beside the page
 * (from 800 px, where Vaadin's app layout stops overlaying it), the page's padding, two columns of panels
 * from 1280 px (styles.css, {@code .beacon-dashboard-panels}), and the axes' labels inside each chart.
 */
final class ChartBudget {

    /** For a browser that did not say how wide it is. */
    static final int UNKNOWN_WIDTH_POINTS = 360;
    static final int TWO_COLUMNS_FROM = 1280;
    private static final int DRAWER_FROM = 800;
    private static final int DRAWER = 256;
    private static final int PAGE_PADDING = 96;
    private static final int COLUMN_GAP = 16;
    private static final int AXES_AND_MARGINS = 110;
    private static final int FEWEST = 60;

    private ChartBudget() {
    }

    static int points(UI ui) {
        ExtendedClientDetails browser = ui.getPage().getExtendedClientDetails();
        int width = browser == null ? 0 : browser.getWindowInnerWidth();
        return width > 0 ? forWindow(width) : UNKNOWN_WIDTH_POINTS;
    }

    static int forWindow(int windowWidth) {
        int content = windowWidth - (windowWidth >= DRAWER_FROM ? DRAWER : 0) - PAGE_PADDING;
        int columns = windowWidth >= TWO_COLUMNS_FROM ? 2 : 1;
        int panel = (content - (columns - 1) * COLUMN_GAP) / columns;
        return Math.max(FEWEST, panel - AXES_AND_MARGINS);
    }
}
