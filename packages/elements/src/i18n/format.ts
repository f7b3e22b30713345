const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** `1234` → `1,234` (en) or `1 234` (fr). */
export function formatNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
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
