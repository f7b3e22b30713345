/**
 * Calendar arithmetic and ISO-8601 text for the domain's time functions: plain integer math
 * on day numbers (days since 1970-01-01, proleptic Gregorian, after Howard Hinnant's
 * days_from_civil / civil_from_days). Internal; the public API is `zoned-time.ts`.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Bound on each memo in the domain; a full one is simply emptied. */
export const MAX_CACHED_ENTRIES = 100_000;

/**
 * The instant written in `text` as ISO-8601 with an offset, or NaN. Hand-written rather than
 * `Date.parse`, which also accepts loose text such as `March 1, 2026`.
 */
export function readInstant(text: string): number {
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, 2);
  const date = readDigits(text, 8, 2);
  const hour = readDigits(text, 11, 2);
  const minute = readDigits(text, 14, 2);
  const separators =
    text.charCodeAt(4) === DASH &&
    text.charCodeAt(7) === DASH &&
    text.charCodeAt(10) === 84 /* T */ &&
    text.charCodeAt(13) === COLON;
  if (!separators) return NaN;
  let at = 16;
  let second = 0;
  let millisecond = 0;
  if (text.charCodeAt(at) === COLON) {
    second = readDigits(text, at + 1, 2);
    at += 3;
    if (text.charCodeAt(at) === 46 /* . */) {
      let digits = 0;
      while (digits < 9 && isDigit(text.charCodeAt(at + 1 + digits))) digits++;
      if (digits === 0) return NaN;
      // Milliseconds are the first three fraction digits; finer ones are dropped.
      millisecond = readDigits(`${text.slice(at + 1, at + 1 + Math.min(digits, 3))}00`, 0, 3);
      at += 1 + digits;
    }
  }
  let offset = 0;
  const sign = text[at];
  if (sign === 'Z' || sign === 'z') {
    at += 1;
  } else if ((sign === '+' || sign === '-') && text[at + 3] === ':') {
    const offsetHours = readDigits(text, at + 1, 2);
    const offsetMinutes = readDigits(text, at + 4, 2);
    if (!(offsetHours <= 23 && offsetMinutes <= 59)) return NaN;
    offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * MINUTE_MS;
    at += 6;
  } else {
    return NaN;
  }
  const valid =
    at === text.length &&
    month >= 1 &&
    month <= 12 &&
    date >= 1 &&
    date <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  if (!valid) return NaN;
  const wall =
    daysFromCivil(year, month, date) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  return wall + millisecond - offset;
}

const DASH = 45;
const COLON = 58;

function isDigit(charCode: number): boolean {
  return charCode >= 48 && charCode <= 57;
}

/** The number written by `length` digits at `start`, or NaN when any is not a digit. */
function readDigits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return NaN;
    value = value * 10 + code - 48;
  }
  return value;
}

/** Epoch ms of UTC midnight starting `day`; the day number scaled, used for calendar arithmetic. */
export function dayToUtcMs(day: string): number {
  const year = readDigits(day, 0, 4);
  const month = readDigits(day, 5, 2);
  const date = readDigits(day, 8, 2);
  const valid =
    day.length === 10 &&
    day.charCodeAt(4) === DASH &&
    day.charCodeAt(7) === DASH &&
    month >= 1 &&
    month <= 12 &&
    date >= 1 &&
    date <= daysInMonth(year, month);
  if (!valid) throw new RangeError(`Expected a calendar day YYYY-MM-DD, got "${day}".`);
  return daysFromCivil(year, month, date) * DAY_MS;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a valid civil date. */
export function daysFromCivil(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const PAD2 = Array.from({length: 100}, (_, n) => String(n).padStart(2, '0'));

// Days are named through a memo instead of Date#toISOString (~1 µs a call): the server
// formats two instants per slot, on the same few hundred days.
const dayNames = new Map<number, string>();

/** `YYYY-MM-DD` of the UTC day containing `ms`. */
export function utcDayString(ms: number): string {
  const dayNumber = Math.floor(ms / DAY_MS);
  let name = dayNames.get(dayNumber);
  if (name === undefined) {
    name = civilDayName(dayNumber);
    if (dayNames.size >= MAX_CACHED_ENTRIES) dayNames.clear();
    dayNames.set(dayNumber, name);
  }
  return name;
}

function civilDayName(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${PAD2[month]}-${PAD2[date]}`;
}

/** `YYYY-MM-DDTHH:MM:SS` (plus `.sss` when there are milliseconds) of `ms` read as UTC. */
export function utcDateTimeString(ms: number): string {
  const inDay = ms - Math.floor(ms / DAY_MS) * DAY_MS;
  const seconds = Math.floor(inDay / 1000);
  const hms = `${PAD2[Math.floor(seconds / 3600)]}:${PAD2[Math.floor(seconds / 60) % 60]}:${PAD2[seconds % 60]}`;
  const millis = inDay % 1000;
  const fraction = millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`;
  return `${utcDayString(ms)}T${hms}${fraction}`;
}

/** Milliseconds after midnight for `HH:MM` or `HH:MM:SS`; `24:00` is the next midnight. */
export function wallTimeToMs(time: string): number {
  const hours = readDigits(time, 0, 2);
  const minutes = readDigits(time, 3, 2);
  const withSeconds = time.length === 8 && time.charCodeAt(5) === COLON;
  const seconds = withSeconds ? readDigits(time, 6, 2) : 0;
  const valid =
    (time.length === 5 || withSeconds) &&
    time.charCodeAt(2) === COLON &&
    ((hours < 24 && minutes < 60 && seconds < 60) ||
      (hours === 24 && minutes === 0 && seconds === 0));
  if (valid) return ((hours * 60 + minutes) * 60 + seconds) * 1000;
  throw new RangeError(`Expected a wall-clock time HH:MM, got "${time}".`);
}

const offsetSuffixes = new Map<number, string>();

/** `+02:00` for 120 minutes. */
export function formatOffset(minutes: number): string {
  let suffix = offsetSuffixes.get(minutes);
  if (suffix === undefined) {
    const abs = Math.abs(minutes);
    suffix = `${minutes < 0 ? '-' : '+'}${PAD2[Math.floor(abs / 60)]}:${PAD2[abs % 60]}`;
    offsetSuffixes.set(minutes, suffix);
  }
  return suffix;
}
