const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** `1234` → `1,234` (en) or `1 234` (fr). */
export function formatNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** A share out of 100 for people: `50%` (en), `50 %` (fr). */
export function formatPercent(locale: string, percent: number): string {
  return new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 2}).format(
    percent / 100,
  );
}

/**
 * A calendar day for people: `30 Nov` (en-GB), `Nov 30` (en-US), `30 nov.` (fr), with the
 * year when it is not this year. `timeZone` is the space's: an expiry at 23:30 in Paris is
 * still that day for a member in New York looking at their Paris space.
 */
export function formatDay(locale: string, instant: string | Date, timeZone?: string): string {
  const date = new Date(instant);
  const year = (d: Date) => yearIn(locale, d, timeZone);
  const withYear = year(date) !== year(new Date());
  const key = `${locale}|${timeZone ?? ''}|${withYear}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: withYear ? 'numeric' : undefined,
      timeZone,
    });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

function yearIn(locale: string, date: Date, timeZone: string | undefined): string {
  const key = `${locale}|${timeZone ?? ''}|year`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en', {year: 'numeric', timeZone});
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** The `Intl.PluralRules` category of `count` in `locale` (`one`, `few`, `other`, …). */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

function dateTimeFormat(
  locale: string,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {...options, timeZone});
    dateFormats.set(key, format);
  }
  return format;
}

/** A wall-clock time in the space's zone: `14:30` (en-GB, fr) or `2:30 PM` (en-US). */
export function formatTime(locale: string, instant: string | Date, timeZone?: string): string {
  return dateTimeFormat(locale, timeZone, {hour: 'numeric', minute: '2-digit'}).format(
    new Date(instant),
  );
}

/** `Mon 30 Nov, 14:30`: a day and a time in the space's zone (the year when not this year). */
export function formatDateTime(locale: string, instant: string | Date, timeZone?: string): string {
  const date = new Date(instant);
  const withYear = yearIn(locale, date, timeZone) !== yearIn(locale, new Date(), timeZone);
  return dateTimeFormat(locale, timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: withYear ? 'numeric' : undefined,
    hour: 'numeric',
    minute: '2-digit',
  }).format(date);
}

/** `14:00 – 15:30`: the hours of a range within a day already shown, in the space's zone. */
export function formatHours(
  locale: string,
  start: string | Date | number,
  end: string | Date | number,
  timeZone?: string,
): string {
  return dateTimeFormat(locale, timeZone, {hour: 'numeric', minute: '2-digit'}).formatRange(
    new Date(start),
    new Date(end),
  );
}

/** `Mon 30 Nov, 14:00 – 15:30`: a time range on one day (or across days) in the space's zone. */
export function formatTimeRange(
  locale: string,
  start: string | Date,
  end: string | Date,
  timeZone?: string,
): string {
  return dateTimeFormat(locale, timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).formatRange(new Date(start), new Date(end));
}

/**
 * A calendar day `YYYY-MM-DD` (already in the space's zone) for people: `Monday 30 November`.
 * Formatted at noon UTC so no time zone can move it to another day.
 */
export function formatCalendarDay(
  locale: string,
  day: string,
  style: 'long' | 'short' = 'long',
): string {
  return dateTimeFormat(locale, 'UTC', {
    weekday: style,
    day: 'numeric',
    month: style,
  }).format(new Date(`${day}T12:00:00Z`));
}
