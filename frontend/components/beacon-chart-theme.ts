/**
 * The ECharts theme of <beacon-chart>, made from Lumo's custom properties so that charts look like the
 * rest of Beacon in the light and in the dark scheme. Built again whenever the scheme changes.
 */

/** Series colours that read well on Lumo's light and dark backgrounds (same hues, adjusted lightness). */
const LIGHT_PALETTE = ['#2f6fde', '#e8710a', '#12a36b', '#c2385a', '#7e57c2', '#0f93a8', '#a57c00', '#5f6b7a'];
const DARK_PALETTE = ['#6ea1ff', '#ffa25c', '#4fd49a', '#ff7a99', '#b39dff', '#4fd0e3', '#f2c94c', '#a7b3c2'];

/**
 * @param host the chart element: its background becomes the chart's, its font the chart's
 * @param resolve what a CSS colour such as var(--lumo-base-color) computes to inside the host, as rgb(…)
 */
export function lumoTheme(host: HTMLElement, resolve: (color: string) => string): Record<string, unknown> {
  const text = resolve('var(--lumo-body-text-color)');
  const secondary = resolve('var(--lumo-secondary-text-color)');
  const line = resolve('var(--lumo-contrast-30pct)');
  const split = resolve('var(--lumo-contrast-10pct)');
  const surface = resolve('var(--lumo-base-color)');
  const style = getComputedStyle(host);
  const axis = {
    axisLine: { lineStyle: { color: line } },
    axisTick: { lineStyle: { color: line } },
    axisLabel: { color: secondary },
    splitLine: { lineStyle: { color: split } },
    nameTextStyle: { color: secondary },
  };
  return {
    color: isDark(surface) ? DARK_PALETTE : LIGHT_PALETTE,
    backgroundColor: style.backgroundColor || surface,
    textStyle: { color: text, fontFamily: style.fontFamily },
    title: { textStyle: { color: text, fontWeight: 600, fontSize: 14 }, subtextStyle: { color: secondary } },
    legend: { textStyle: { color: secondary }, inactiveColor: resolve('var(--lumo-disabled-text-color)') },
    tooltip: {
      backgroundColor: surface,
      borderColor: line,
      textStyle: { color: text },
      // The tooltip is HTML inside the element's shadow root, where Lumo's properties apply.
      extraCssText: 'box-shadow: var(--lumo-box-shadow-s); border-radius: var(--lumo-border-radius-m);',
      axisPointer: { lineStyle: { color: line }, crossStyle: { color: line } },
    },
    timeAxis: axis,
    valueAxis: axis,
    categoryAxis: axis,
    logAxis: axis,
    dataZoom: {
      textStyle: { color: secondary },
      borderColor: split,
      fillerColor: resolve('var(--lumo-primary-color-10pct)'),
      handleStyle: { color: surface, borderColor: line },
      moveHandleStyle: { color: line },
      dataBackground: { lineStyle: { color: line }, areaStyle: { color: split } },
    },
    visualMap: { textStyle: { color: secondary } },
    gauge: {
      axisLine: { lineStyle: { color: [[1, split]] } },
      axisLabel: { color: secondary },
      title: { color: secondary },
      detail: { color: text },
    },
    markLine: { label: { color: text } },
    toolbox: { iconStyle: { borderColor: secondary }, emphasis: { iconStyle: { borderColor: text } } },
  };
}

function isDark(rgb: string): boolean {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? ['255', '255', '255']).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
