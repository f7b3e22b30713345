/**
 * Just enough time-zone arithmetic to build requests in the space's wall-clock time
 * (the suite must not import the domain rules it is checking).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(time: number, timeZone: string): Record<string, number> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(time))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

/** Minutes the zone is ahead of UTC at `time`. */
function offsetMinutes(time: number, timeZone: string): number {
  const p = partsOf(time, timeZone);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(time / 1000) * 1000) / 60_000);
}

/** The local calendar day `YYYY-MM-DD` of an instant. */
export function localDay(time: number, timeZone: string): string {
  const p = partsOf(time, timeZone);
  return `${p.year}-${pad(p.month!)}-${pad(p.day!)}`;
}

/** Minutes since local midnight of an instant. */
export function localMinutes(time: number, timeZone: string): number {
  const p = partsOf(time, timeZone);
  return p.hour! * 60 + p.minute!;
}

/** `mon`…`sun` of a local day. */
export function weekdayOf(day: string): 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun' {
  const names = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
  return names[new Date(`${day}T12:00:00Z`).getUTCDay()]!;
}

/** The local day `days` after `day`. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from local day `a` to local day `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000);
}

/** The instant of a wall-clock time (minutes after midnight) on a local day. */
export function zonedTime(day: string, minutes: number, timeZone: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
  let time = wall - offsetMinutes(wall, timeZone) * 60_000;
  // Near a DST change the first guess uses the wrong offset; one correction settles it.
  const corrected = wall - offsetMinutes(time, timeZone) * 60_000;
  if (corrected !== time) time = corrected;
  return time;
}

/** `HH:MM` (or `24:00`) as minutes after midnight. */
export function parseWallTime(value: string): number {
  const [hours, minutes] = value.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** An instant as the API writes it. */
export function iso(time: number): string {
  return new Date(time).toISOString();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
