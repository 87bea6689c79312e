/**
 * <beacon-chart>: the browser half of Beacon's chart component (Java: dev.beacon.shared.ui.EChart).
 *
 * The server builds the whole ECharts option as JSON and hands it over with setOption(option) when the
 * component is attached or its option is replaced; a refresh calls setSeriesData([{id, data}]), which
 * merges only the data of those series into the chart (never a new chart, never the whole option again).
 *
 * JSON cannot carry functions or resolved CSS, so the server uses two conventions that this element
 * turns into what ECharts needs:
 *   - a colour written as "var(--lumo-…)" becomes the colour Lumo resolves it to right now;
 *   - a formatter written as {"format": "number", "unit": "ms", "decimals": 1} or {"format": "time"}
 *     becomes a function (numbers with their unit; times in the user's zone, the `timeZone` property).
 *
 * The chart follows Lumo's light/dark scheme live: it watches the <html> attributes that Vaadin's
 * Page.setColorScheme changes and the system's prefers-color-scheme, rebuilds its theme from Lumo's
 * custom properties and applies it with chart.setTheme, keeping the instance, its zoom and its legend.
 * It resizes with its own box, disposes ECharts when removed from the page, and reports clicks on data
 * points ("chart-click") and zooms of the time axis ("chart-zoom") as DOM events for the server.
 *
 * A dashboard of ten charts must draw fast (under a second for a 30-day model dashboard), so:
 *   - a chart out of view waits with its first drawing until it scrolls into view or the browser is idle,
 *     so that the charts in view are drawn first;
 *   - drag-to-zoom is switched on when the pointer first comes over the chart, not when the option arrives:
 *     switching it on makes ECharts lay the whole chart out again, which cost a third of the time to first
 *     drawing, for charts nobody may ever drag across.
 */
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { formatter } from './beacon-chart-format';
import { lumoTheme } from './beacon-chart-theme';

echarts.use([
  BarChart, GaugeChart, HeatmapChart, LineChart, ScatterChart,
  AriaComponent, DataZoomInsideComponent, DataZoomSliderComponent, GridComponent, LegendComponent,
  MarkAreaComponent, MarkLineComponent, TitleComponent, ToolboxComponent, TooltipComponent, VisualMapContinuousComponent,
  CanvasRenderer,
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
interface SeriesUpdate { id: string; data: Json[] }

const STYLES = `
  :host { display: block; position: relative; width: 100%; height: 320px;
          background-color: var(--lumo-base-color); border-radius: var(--lumo-border-radius-m); }
  :host([hidden]) { display: none; }
  .chart { position: absolute; inset: 0; }
  .probe { display: none; }
`;

/** Draws a waiting chart as soon as it comes into view (or close to it). */
const inView = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    const chart = entry.target as BeaconChart;
    if (entry.isIntersecting) {
      chart.drawFirstTime();
    } else {
      chart.drawFirstTimeWhenIdle();
    }
  }
}, { rootMargin: '200px' });

function whenIdle(task: () => void) {
  if ('requestIdleCallback' in window) {
    requestIdleCallback(task, { timeout: 2000 });
  } else {
    setTimeout(task, 100);
  }
}

class BeaconChart extends HTMLElement {
  /** IANA time zone for times on axes and in tooltips; the server sets the user's zone. */
  timeZone: string | undefined;

  private instance: echarts.ECharts | undefined;
  /** The server's latest option with its latest series data, colours and formatters as sent. */
  private option: JsonObject | undefined;
  private themeKey = '';
  /** Whether ECharts has the option: until then the chart waits to come into view (see drawFirstTime). */
  private drawn = false;
  private idleDrawScheduled = false;
  /** Whether drag-to-zoom is switched on for the option shown (see armDragToZoom). */
  private dragArmed = false;
  private readonly box = document.createElement('div');
  private readonly probe = document.createElement('span');
  private readonly resizes = new ResizeObserver(() => this.instance?.resize());
  private readonly schemeChanges = new MutationObserver(() => this.followColorScheme());
  private readonly systemScheme = matchMedia('(prefers-color-scheme: dark)');
  private readonly onSystemSchemeChange = () => this.followColorScheme();
  private readonly onPointerEnter = () => this.armDragToZoom();

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    root.adoptedStyleSheets = [sheet];
    this.box.className = 'chart';
    this.probe.className = 'probe';
    root.append(this.box, this.probe);
  }

  /** The ECharts instance once it has drawn the server's option; for tests and debugging. */
  get chart(): echarts.ECharts | undefined {
    return this.drawn ? this.instance : undefined;
  }

  connectedCallback() {
    const theme = lumoTheme(this, (color) => this.resolve(color));
    this.themeKey = JSON.stringify(theme);
    this.instance = echarts.init(this.box, theme);
    this.instance.on('click', (params) => this.pointClicked(params as unknown as ClickParams));
    this.instance.on('datazoom', () => this.zoomed());
    this.resizes.observe(this);
    this.schemeChanges.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style', 'class'] });
    this.systemScheme.addEventListener('change', this.onSystemSchemeChange);
    this.addEventListener('pointerenter', this.onPointerEnter);
    if (this.option) {
      inView.observe(this);
    }
  }

  disconnectedCallback() {
    this.resizes.disconnect();
    this.schemeChanges.disconnect();
    this.systemScheme.removeEventListener('change', this.onSystemSchemeChange);
    this.removeEventListener('pointerenter', this.onPointerEnter);
    inView.unobserve(this);
    this.instance?.dispose();
    this.instance = undefined;
    this.drawn = false;
  }

  /** Replaces the whole option: called by the server on attach and when its option is replaced. */
  setOption(option: JsonObject) {
    this.option = option;
    if (this.drawn) {
      this.instance!.setOption(this.prepared(option), { notMerge: true });
      this.rearmDragToZoom();
    } else if (this.instance) {
      inView.observe(this);
    }
  }

  /** The first drawing of the option: when the chart comes into view, or when the browser is idle. */
  drawFirstTime() {
    if (!this.instance || !this.option || this.drawn) {
      return;
    }
    inView.unobserve(this);
    this.instance.setOption(this.prepared(this.option), { notMerge: true });
    this.drawn = true;
    this.rearmDragToZoom();
  }

  drawFirstTimeWhenIdle() {
    if (!this.idleDrawScheduled) {
      this.idleDrawScheduled = true;
      whenIdle(() => {
        this.idleDrawScheduled = false;
        this.drawFirstTime();
      });
    }
  }

  /** With the (hidden) toolbox's zoom feature, dragging across the plot selects a range to zoom to. */
  private armDragToZoom() {
    const toolbox = this.option?.toolbox as { feature?: { dataZoom?: unknown } } | undefined;
    if (this.instance && !this.dragArmed && toolbox?.feature?.dataZoom) {
      this.instance.dispatchAction({ type: 'takeGlobalCursor', key: 'dataZoomSelect', dataZoomSelectActive: true });
      this.dragArmed = true;
    }
  }

  /** After ECharts rebuilt the chart (a new option or theme): drag-to-zoom again once the pointer is over it. */
  private rearmDragToZoom() {
    this.dragArmed = false;
    if (this.matches(':hover')) {
      this.armDragToZoom();
    }
  }

  /** Data-only refresh: ECharts merges each series' new data by id; nothing else is sent or rebuilt. */
  setSeriesData(updates: SeriesUpdate[]) {
    const series = (this.option?.series ?? []) as JsonObject[];
    for (const update of updates) {
      const known = series.find((s) => s.id === update.id);
      if (known) {
        known.data = update.data;
      }
    }
    if (this.drawn) {
      this.instance!.setOption({ series: updates.map((u) => ({ id: u.id, data: u.data })) });
    }
  }

  // --- theme ------------------------------------------------------------------------------------

  private followColorScheme() {
    const chart = this.instance;
    if (!chart) {
      return;
    }
    const theme = lumoTheme(this, (color) => this.resolve(color));
    const key = JSON.stringify(theme);
    if (key === this.themeKey) {
      return;
    }
    this.themeKey = key;
    if (!this.drawn) {
      chart.setTheme(theme); // the option is prepared with the new scheme's colours when it is drawn
      return;
    }
    const view = this.viewState();
    chart.setTheme(theme);
    if (this.option) {
      // Colours the server gave as var(--lumo-…) were resolved for the old scheme.
      chart.setOption(this.prepared(withoutDataAndZoom(this.option)));
    }
    chart.setOption(view);
    this.rearmDragToZoom();
  }

  /** What the user changed by hand, which chart.setTheme rebuilds from the option: zoom and legend. */
  private viewState(): JsonObject {
    const current = this.instance!.getOption() as { dataZoom?: JsonObject[]; legend?: JsonObject[] };
    return {
      dataZoom: (current.dataZoom ?? []).map((z) => ({ start: z.start, end: z.end })),
      legend: (current.legend ?? []).map((l) => ({ selected: l.selected })),
    };
  }

  /** What a CSS colour (also var(…) or light-dark(…)) computes to here, as rgb(…). */
  private resolve(color: string): string {
    this.probe.style.color = '';
    this.probe.style.color = color;
    return getComputedStyle(this.probe).color;
  }

  // --- option preparation ---------------------------------------------------------------------

  /**
   * A copy of the server's option with colours resolved and formatter descriptions made functions.
   * Series data is passed on untouched: it is numbers and times only, and it can be large.
   */
  private prepared(option: JsonObject): JsonObject {
    const { series, ...settings } = option;
    const copy = this.resolved(settings) as JsonObject;
    if (Array.isArray(series)) {
      copy.series = (series as JsonObject[]).map(({ data, ...rest }) => {
        const resolved = this.resolved(rest) as JsonObject;
        return data === undefined ? resolved : { ...resolved, data };
      });
    }
    return copy;
  }

  private resolved(value: Json, key = ''): Json {
    if (typeof value === 'string') {
      return value.startsWith('var(--') ? this.resolve(value) : value;
    }
    if (Array.isArray(value)) {
      return value.map((item) => this.resolved(item));
    }
    if (value !== null && typeof value === 'object') {
      if ((key === 'formatter' || key === 'valueFormatter') && typeof value.format === 'string') {
        return formatter(value, () => this.timeZone) as unknown as Json;
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolved(v, k)]));
    }
    return value;
  }

  // --- events to the server -------------------------------------------------------------------

  private pointClicked(params: ClickParams) {
    if (params.componentType !== 'series') {
      return;
    }
    const value = params.value;
    let time: number | null = null;
    let number: number | null = null;
    if (Array.isArray(value)) {
      time = params.seriesType === 'heatmap' ? this.categoryTime(Number(value[0])) : Number(value[0]);
      number = Number(value[value.length - 1]);
    } else if (typeof value === 'number') {
      number = value;
    }
    this.dispatchEvent(new CustomEvent('chart-click', {
      detail: { seriesId: params.seriesId ?? null, time, value: Number.isFinite(number) ? number : null },
    }));
  }

  /** Tells the server which time range the user zoomed to (inside zoom or the slider). */
  private zoomed() {
    const chart = this.instance!;
    const zoom = (chart.getOption().dataZoom as JsonObject[] | undefined)?.[0];
    if (!zoom) {
      return;
    }
    const axis = (chart.getOption().xAxis as JsonObject[] | undefined)?.[0];
    const toTime = (v: Json) => (axis?.type === 'category' ? this.categoryTime(Number(v)) : Number(v));
    const from = toTime(zoom.startValue);
    const to = toTime(zoom.endValue);
    if (Number.isFinite(from) && Number.isFinite(to)) {
      this.dispatchEvent(new CustomEvent('chart-zoom', { detail: { from, to } }));
    }
  }

  /** The time of a time-bucket category (heat maps put instants in categories). */
  private categoryTime(index: number): number | null {
    const axis = (this.instance!.getOption().xAxis as JsonObject[] | undefined)?.[0];
    const categories = (axis?.data ?? []) as Json[];
    const time = Number(categories[index]);
    return Number.isFinite(time) ? time : null;
  }
}

interface ClickParams { componentType: string; seriesType?: string; seriesId?: string; value: unknown }

function withoutDataAndZoom(option: JsonObject): JsonObject {
  const { dataZoom: _zoom, ...rest } = option;
  const series = (option.series ?? []) as JsonObject[];
  return { ...rest, series: series.map(({ data: _data, ...s }) => s) };
}

customElements.define('beacon-chart', BeaconChart);
