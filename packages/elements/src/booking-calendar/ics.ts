// An RFC 5545 calendar file for a booking, in the space's time zone (with its VTIMEZONE, so
// Google Calendar, Outlook and Apple Calendar show the same local times). Pure.
import type {Booking} from '@portico/sdk';
import {instantToZonedParts, parseInstant} from '@portico/sdk/domain';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface IcsInput {
  readonly booking: Pick<Booking, 'id' | 'resourceName' | 'start' | 'end' | 'note' | 'status'>;
  readonly timeZone: string;
  /** The space's name and address, for the event's location. */
  readonly location: string;
  /** When the file is made (DTSTAMP). */
  readonly now: string;
  /** `PRODID` host part and `UID` domain. @default 'portico' */
  readonly domain?: string;
}

/** The `.ics` text: CRLF line ends, lines folded at 75 octets, text escaped. */
export function bookingIcs({booking, timeZone, location, now, domain = 'portico'}: IcsInput) {
  const start = parseInstant(booking.start);
  const end = parseInstant(booking.end);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${domain}//Portico booking calendar//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezone(timeZone, start, end),
    'BEGIN:VEVENT',
    `UID:${booking.id}@${domain}`,
    `DTSTAMP:${utcStamp(parseInstant(now))}`,
    `DTSTART;TZID=${timeZone}:${localStamp(start, timeZone)}`,
    `DTEND;TZID=${timeZone}:${localStamp(end, timeZone)}`,
    `SUMMARY:${escapeText(booking.resourceName)}`,
    `LOCATION:${escapeText(location)}`,
    ...(booking.note ? [`DESCRIPTION:${escapeText(booking.note)}`] : []),
    `STATUS:${booking.status === 'pending_approval' ? 'TENTATIVE' : booking.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
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
 * A VTIMEZONE with the zone's transitions in the year around the booking (found from
 * `Intl` offsets), each a one-off STANDARD or DAYLIGHT observance; a zone without
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
