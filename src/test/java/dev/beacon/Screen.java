package dev.beacon;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.util.regex.Pattern;

/** Finds what a user sees on Beacon's Vaadin pages by role, label and text. */
public final class Screen {

    private final Page page;

    public Screen(Page page) {
        this.page = page;
    }

    public Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A tab of a tab sheet, e.g. "Overview" on a model's page (which opens on its dashboard). */
    public Locator tab(String name) {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    public Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** The Vaadin field component (not just its input), e.g. to read its error message. */
    public Locator fieldWithError(String tag, String errorMessage) {
        return page.locator(tag + "[invalid]").filter(new Locator.FilterOptions().setHasText(errorMessage));
    }

    public Locator option(String name) {
        return page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    public Locator gridCell(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text));
    }

    /**
     * A grid cell that shows the text now: the grid keeps the contents of rows it no longer shows in the
     * page (hidden), e.g. other users' rows before a search narrowed the list.
     */
    public Locator visibleGridCell(String text) {
        return gridCell(text).filter(new Locator.FilterOptions().setVisible(true));
    }

    /** A grid cell whose whole text is exactly this, e.g. a username that other cells contain too. */
    public Locator gridCellExactly(String text) {
        return page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + escaped(text) + "\\s*$")));
    }

    /** Escapes for a JavaScript regex, which is what Playwright evaluates (Pattern.quote's \Q…\E is Java-only). */
    private static String escaped(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    public Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    public Locator notification(String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
    }

    public Locator text(String text) {
        return page.getByText(text);
    }

    /** The open dialog; confirmation dialogs have the role "alertdialog". */
    public Locator dialog() {
        return page.getByRole(AriaRole.DIALOG).or(page.getByRole(AriaRole.ALERTDIALOG));
    }

    /** Opens a vaadin-select by its label or aria-label and picks an item. */
    public void choose(String selectLabel, String item) {
        page.getByLabel(selectLabel, new Page.GetByLabelOptions().setExact(true)).click();
        option(item).click();
    }

    /** Types into a vaadin-combo-box and picks the matching item. */
    public void pick(String comboLabel, String typed, String item) {
        field(comboLabel).fill(typed);
        option(item).click();
    }
}
