/**
 * Formatter functions for <beacon-chart>, made from the descriptions the server sends (JSON cannot
 * carry functions): {"format": "number", "unit": "ms", "decimals": 1} and {"format": "time", "style": …}.
 */

type Description = { [key: string]: unknown };
type Formatter = (value: unknown) => string;

/** @param timeZone the IANA zone to show times in, read when a time is formatted */
export function formatter(description: Description, timeZone: () => string | undefined): Formatter {
  if (description.format === 'time') {
    return (value) => formatTime(Number(plain(value)), timeZone(), description.style === 'long');
  }
  const unit = typeof description.unit === 'string' ? description.unit : '';
  const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: Number(description.decimals ?? 2) });
  return (value) => {
    const raw = plain(value);
    const number = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (number === null || number === undefined || number === '-' || Number.isNaN(Number(number))) {
      return '–';
    }
    const text = numbers.format(Number(number));
    return unit === '' ? text : unit === '%' ? `${text}%` : `${text} ${unit}`;
  };
}

/** Axis pointer labels get {value, …}; axis labels and tooltips get the value itself. */
function plain(value: unknown): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'value' in value
    ? (value as { value: unknown }).value
    : value;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "14:05", or "11-29" at midnight, on axes; "2026-11-29 14:05:30" in tooltips; in the given zone. */
function formatTime(millis: number, timeZone: string | undefined, long: boolean): string {
  if (!Number.isFinite(millis)) {
    return '';
  }
  const zone = timeZone ?? '';
  let format = timeFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    timeFormats.set(zone, format);
  }
  const parts = format.formatToParts(new Date(millis));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  if (long) {
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
  }
  return part('hour') === '00' && part('minute') === '00' ? `${part('month')}-${part('day')}` : `${part('hour')}:${part('minute')}`;
}
