package dev.beacon;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.util.List;

/**
 * Reads and drives a Beacon chart ({@code <beacon-chart>}) in a Playwright page: its ECharts instance
 * (the element's {@code chart} property), pixels of its canvas, and mouse gestures at data coordinates.
 */
public final class ChartOnScreen {

    private final Page page;
    private final Locator element;

    public ChartOnScreen(Page page, Locator element) {
        this.page = page;
        this.element = element;
    }

    public Locator element() {
        return element;
    }

    /**
     * Waits until the chart has drawn series {@code index} with exactly {@code count} points and its
     * animation has ended, so the points are where a user would click them.
     */
    public void waitForPoints(int index, int count) {
        waitUntil("el => el.chart?.getOption().series?.[" + index + "]?.data?.length === " + count
                + " && el.chart.getZr().animation.isFinished()");
    }

    /** Waits (up to 15 s) until a JavaScript predicate of the {@code <beacon-chart>} element holds. */
    public void waitUntil(String predicate) {
        element.evaluate("""
                el => new Promise((resolve, reject) => {
                  const predicate = %s;
                  const until = Date.now() + 15000;
                  const check = () => {
                    let holds = false;
                    try { holds = predicate(el); } catch (notDrawnYet) { holds = false; }
                    if (holds) { resolve(); } else if (Date.now() > until) { reject(new Error('never true: ' + predicate)); }
                    else { setTimeout(check, 50); }
                  };
                  check();
                })""".formatted(predicate));
    }

    /** Evaluates a JavaScript function of the chart's current ECharts option, e.g. {@code "o => o.title[0].text"}. */
    public Object option(String function) {
        return element.evaluate("el => (" + function + ")(el.chart.getOption())");
    }

    public int points(int seriesIndex) {
        return ((Number) option("o => o.series[" + seriesIndex + "].data.length")).intValue();
    }

    /** Identifies the ECharts instance: the same id means the chart was not created anew. */
    public String instanceId() {
        return (String) element.evaluate("el => el.chart.id");
    }

    /** "r,g,b,a" of the canvas pixel at (x, y) CSS pixels from its top left corner. */
    public String pixel(int x, int y) {
        return (String) element.evaluate("""
                (el, [x, y]) => {
                  const canvas = el.shadowRoot.querySelector('canvas');
                  const scale = canvas.width / canvas.getBoundingClientRect().width;
                  return Array.from(canvas.getContext('2d').getImageData(x * scale, y * scale, 1, 1).data).join(',');
                }""", List.of(x, y));
    }

    /** Drags across the plot from one fraction of its width to another, at half its height. */
    public void dragAcrossPlot(double fromFraction, double toFraction) {
        List<Number> plot = numbers(element.evaluate("""
                el => {
                  const page = el.getBoundingClientRect();
                  const rect = el.chart.getModel().getComponent('grid').coordinateSystem.getRect();
                  return [page.x + rect.x, page.y + rect.y, rect.width, rect.height];
                }"""));
        double y = plot.get(1).doubleValue() + plot.get(3).doubleValue() / 2;
        double left = plot.get(0).doubleValue();
        double width = plot.get(2).doubleValue();
        page.mouse().move(left + width * fromFraction, y);
        page.mouse().down();
        page.mouse().move(left + width * toFraction, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
        page.mouse().up();
    }

    /** Moves the mouse onto point {@code dataIndex} of series {@code seriesIndex}. */
    public void hoverPoint(int seriesIndex, int dataIndex) {
        List<Number> at = pagePosition(seriesIndex, dataIndex);
        page.mouse().move(at.get(0).doubleValue(), at.get(1).doubleValue());
    }

    public void clickPoint(int seriesIndex, int dataIndex) {
        List<Number> at = pagePosition(seriesIndex, dataIndex);
        page.mouse().click(at.get(0).doubleValue(), at.get(1).doubleValue());
    }

    /** Clicks the legend entry of series {@code seriesIndex} (ECharts draws the legend on the canvas). */
    public void clickLegend(int seriesIndex) {
        List<Number> at = numbers(element.evaluate("""
                (el, index) => {
                  const page = el.getBoundingClientRect();
                  const view = el.chart.getViewOfComponentModel(el.chart.getModel().getComponent('legend'));
                  const item = view.getContentGroup().children()[index];
                  const box = item.getBoundingRect();
                  const [x, y] = item.transformCoordToGlobal(box.x + box.width / 2, box.y + box.height / 2);
                  return [page.x + x, page.y + y];
                }""", seriesIndex));
        page.mouse().click(at.get(0).doubleValue(), at.get(1).doubleValue());
    }

    /** The text of the tooltip that ECharts shows in the chart's box. */
    public String tooltip() {
        return (String) element.evaluate("el => el.shadowRoot.querySelector('.chart').lastElementChild.textContent");
    }

    private List<Number> pagePosition(int seriesIndex, int dataIndex) {
        return numbers(element.evaluate("""
                (el, [series, index]) => {
                  const page = el.getBoundingClientRect();
                  const [x, y] = el.chart.convertToPixel({seriesIndex: series}, el.chart.getOption().series[series].data[index]);
                  return [page.x + x, page.y + y];
                }""", List.of(seriesIndex, dataIndex)));
    }

    @SuppressWarnings("unchecked")
    private static List<Number> numbers(Object evaluated) {
        return (List<Number>) evaluated;
    }
}
