/**
 * RFC 5545 calendar files for bookings: one booking's download, or a member's subscribed
 * feed. Pure. Times are local with the space's TZID and a VTIMEZONE (so calendars show the
 * space's zone), except an event with a time in a fall-back's repeated hour: a local time
 * there names two instants and readers disagree on which one (RFC 5545 says the first), so
 * that event's DTSTART and DTEND are UTC (`20261025T001500Z`), which no reader can misread.
 *
 * Hand-written rather than `ical-generator` (≈9 KB gzip in a browser bundle, more with its
 * time zone add-on) or `ics` (≈24 KB, it bundles yup): this writer is ≈1.5 KB, and the
 * round trip is tested against ical.js.
 */
import type {Booking} from '../areas/bookings/schemas.js';
import {DAY_MS, MINUTE_MS} from './calendar-math.js';
import {instantToZonedParts, isRepeatedWallTime, parseInstant} from './zoned-time.js';

export type IcsBooking = Pick<Booking, 'id' | 'resourceName' | 'start' | 'end' | 'note' | 'status'>;

export interface IcsCalendarInput {
  readonly bookings: readonly IcsBooking[];
  /** The space's IANA time zone. */
  readonly timeZone: string;
  /** The space's name and address, for each event's location. */
  readonly location: string;
  /** When the file is made (DTSTAMP). */
  readonly now: string;
  /** `PRODID` host part and `UID` domain. @default 'portico' */
  readonly domain?: string | undefined;
  /** The calendar's name in a subscribing app (`X-WR-CALNAME`), for a feed. */
  readonly name?: string | undefined;
}

export interface IcsInput extends Omit<IcsCalendarInput, 'bookings' | 'name'> {
  readonly booking: IcsBooking;
}

/** One booking's `.ics` text. */
export const bookingIcs = ({booking, ...rest}: IcsInput): string =>
  calendarIcs({...rest, bookings: [booking]});

/** The `.ics` text: CRLF line ends, lines folded at 75 octets, text escaped. */
export function calendarIcs({
  bookings,
  timeZone,
  location,
  now,
  domain = 'portico',
  name,
}: IcsCalendarInput): string {
  const spans = bookings.map((b) => [parseInstant(b.start), parseInstant(b.end)] as const);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${domain}//Portico booking calendar//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name === undefined
      ? []
      : [`X-WR-CALNAME:${escapeText(name)}`, 'REFRESH-INTERVAL;VALUE=DURATION:PT1H']),
  ];
  if (spans.length > 0) {
    lines.push(
      ...vtimezone(
        timeZone,
        Math.min(...spans.map(([start]) => start)),
        Math.max(...spans.map(([, end]) => end)),
      ),
    );
  }
  bookings.forEach((booking, i) => {
    const [start, end] = spans[i] as readonly [number, number];
    const utc = isRepeatedWallTime(start, timeZone) || isRepeatedWallTime(end, timeZone);
    const stamp = (ms: number) =>
      utc ? `:${utcStamp(ms)}` : `;TZID=${timeZone}:${localStamp(ms, timeZone)}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${booking.id}@${domain}`,
      `DTSTAMP:${utcStamp(parseInstant(now))}`,
      `DTSTART${stamp(start)}`,
      `DTEND${stamp(end)}`,
      `SUMMARY:${escapeText(booking.resourceName)}`,
      `LOCATION:${escapeText(location)}`,
      ...(booking.note ? [`DESCRIPTION:${escapeText(booking.note)}`] : []),
      `STATUS:${booking.status === 'pending_approval' ? 'TENTATIVE' : booking.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break
 * (CRLF, LF, a lone CR, NEL, U+2028/9) written `\n`, and every other control character
 * removed (TEXT allows none but tab), so a note or a room name can never start a line of
 * its own, such as a property a lenient reader would obey.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\r\n|[\n\r\u0085\u2028\u2029]/g, '\\n')
      // eslint-disable-next-line no-control-regex -- the point is to remove them
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
  );
}

/** Lines longer than 75 octets continue on the next line after a space (§3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder();
  if (bytes.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes.encode(current + char).length > limit) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function localStamp(ms: number, timeZone: string): string {
  const p = instantToZonedParts(ms, timeZone);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

function utcStamp(ms: number): string {
  return localStamp(ms, 'UTC') + 'Z';
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

const offsetAt = (ms: number, timeZone: string) => instantToZonedParts(ms, timeZone).offsetMinutes;

/**
 * A VTIMEZONE with the zone's transitions from a year before `start` to a year after `end`
 * (found from `Intl` offsets), each a one-off STANDARD or DAYLIGHT observance; a zone without
 * transitions gets one STANDARD.
 */
function vtimezone(timeZone: string, start: number, end: number): string[] {
  const from = start - 366 * DAY_MS;
  const to = end + 366 * DAY_MS;
  const transitions: {at: number; before: number; after: number}[] = [];
  let previous = offsetAt(from, timeZone);
  for (let day = from + DAY_MS; day <= to; day += DAY_MS) {
    const offset = offsetAt(day, timeZone);
    if (offset === previous) continue;
    // Narrow the change down to the minute.
    let lo = day - DAY_MS;
    let hi = day;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetAt(mid, timeZone) === previous) lo = mid;
      else hi = mid;
    }
    transitions.push({at: hi, before: previous, after: offset});
    previous = offset;
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (transitions.length === 0) {
    const offset = offsetText(offsetAt(start, timeZone));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
    );
  }
  for (const t of transitions) {
    const kind = t.after > t.before ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the wall-clock time of the transition in the offset in force before it.
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(t.at + t.before * MINUTE_MS, 'UTC')}`,
      `TZOFFSETFROM:${offsetText(t.before)}`,
      `TZOFFSETTO:${offsetText(t.after)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
