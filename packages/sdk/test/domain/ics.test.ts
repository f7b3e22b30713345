import {test} from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import {
  bookingIcs,
  calendarIcs,
  escapeText,
  formatInstant,
  instantToZonedParts,
  type IcsBooking,
} from '../../src/domain/index.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const booking: IcsBooking = {
  id: 'bk_42',
  resourceName: "L'Atelier; 2nd floor, room \\ A",
  start: '2026-03-02T09:00:00+01:00',
  end: '2026-03-02T10:30:00+01:00',
  note: 'Retro\nbring snacks',
  status: 'confirmed',
};
const text = bookingIcs({
  booking,
  timeZone: 'Europe/Paris',
  location: 'La Canopée, 12 rue des Arts, Paris',
  now: '2026-03-01T08:00:00Z',
});

/** Lines as a reader sees them: folds undone. */
const unfolded = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

/** What ical.js (Mozilla's parser, used by Thunderbird) reads: each event's instants. */
function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toUnixTime() * 1000,
      end: event.endDate.toUnixTime() * 1000,
      vevent,
    };
  });
}

test('a booking is an RFC 5545 event in the space time zone, with CRLF line ends', () => {
  assert.ok(text.endsWith('\r\n'));
  assert.ok(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75));
  const lines = unfolded(text);
  for (const line of [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'UID:bk_42@portico',
    'DTSTAMP:20260301T080000Z',
    'DTSTART;TZID=Europe/Paris:20260302T090000',
    'DTEND;TZID=Europe/Paris:20260302T103000',
    "SUMMARY:L'Atelier\\; 2nd floor\\, room \\\\ A",
    'DESCRIPTION:Retro\\nbring snacks',
    'STATUS:CONFIRMED',
    'TZID:Europe/Paris',
  ]) {
    assert.ok(lines.includes(line), `missing ${line}`);
  }
});

test('the VTIMEZONE describes the zone’s DST transitions', () => {
  const lines = text.split('\r\n');
  const daylight = lines.indexOf('DTSTART:20260329T020000') - 1;
  assert.deepEqual(lines.slice(daylight, daylight + 4), [
    'BEGIN:DAYLIGHT',
    'DTSTART:20260329T020000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
  ]);
  assert.ok(lines.includes('DTSTART:20261025T030000'));
});

test('an event in the repeated hour of a fall-back is written in UTC', () => {
  // 02:15–02:45 Paris time on 2026-10-25, the first time round (CEST): 00:15–00:45Z.
  const ics = bookingIcs({
    booking: {...booking, start: '2026-10-25T02:15:00+02:00', end: '2026-10-25T02:45:00+02:00'},
    timeZone: 'Europe/Paris',
    location: 'x',
    now: '2026-03-01T08:00:00Z',
  });
  const lines = unfolded(ics);
  assert.ok(lines.includes('DTSTART:20261025T001500Z'));
  assert.ok(lines.includes('DTEND:20261025T004500Z'));
});

test('every line break and control character in a text value is escaped or removed', () => {
  assert.equal(escapeText('a\r\nb\nc\rd\u2028e\u0085f'), 'a\\nb\\nc\\nd\\ne\\nf');
  assert.equal(escapeText('a\u0000b\u0007c\u000bd\u001be\u007ff\u009bg\th'), 'abcdefg\th');
  assert.equal(escapeText('\\;,'), '\\\\\\;\\,');
});

test('a hostile note or room name cannot inject a property', () => {
  const hostile = {
    ...booking,
    resourceName: 'Room\rX-INJECTED:1\rEND:VEVENT\nBEGIN:VEVENT',
    note: 'Hi\rX-INJECTED:2\r\nATTENDEE:mailto:x@example.com\u000bX-INJECTED:3',
  };
  const ics = calendarIcs({
    bookings: [hostile],
    timeZone: 'Europe/Paris',
    location: 'Canopée\rX-INJECTED:4',
    now: '2026-03-01T08:00:00Z',
    name: 'Ada\rX-INJECTED:5',
  });
  // Nothing but the CRLF line ends: no lone CR or LF, no other control character.
  // eslint-disable-next-line no-control-regex -- looking for them
  assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\u0000-\u001f\u007f-\u009f]/);
  for (const line of unfolded(ics)) assert.doesNotMatch(line, /^(X-INJECTED|ATTENDEE)/);
  // A lenient reader that also breaks lines at a lone CR or LF finds nothing either.
  for (const line of ics.split(/\r\n|\r|\n/)) assert.doesNotMatch(line, /^(X-INJECTED|ATTENDEE)/);
  const [event] = parsed(ics);
  assert.ok(event);
  assert.equal(event.vevent.getFirstPropertyValue('x-injected'), null);
  assert.equal(event.vevent.getFirstPropertyValue('attendee'), null);
  assert.equal(
    event.vevent.getFirstPropertyValue('description'),
    'Hi\nX-INJECTED:2\nATTENDEE:mailto:x@example.com' + 'X-INJECTED:3',
  );
  assert.equal(
    event.vevent.getFirstPropertyValue('summary'),
    'Room\nX-INJECTED:1\nEND:VEVENT\nBEGIN:VEVENT',
  );
});

/** Every UTC offset change of `zone` in 2026, found from Intl. */
function transitions(zone: string): number[] {
  const found: number[] = [];
  const offset = (ms: number) => instantToZonedParts(ms, zone).offsetMinutes;
  const from = Date.UTC(2026, 0, 1);
  for (let ms = from; ms < Date.UTC(2027, 0, 1); ms += HOUR_MS) {
    if (offset(ms) !== offset(ms + HOUR_MS)) {
      let at = ms;
      while (offset(at) === offset(ms)) at += MINUTE_MS;
      found.push(at);
    }
  }
  return found;
}

const ZONES = [
  'Europe/Paris',
  'Europe/London',
  'America/New_York',
  'America/Santiago',
  'Australia/Sydney',
  'Australia/Lord_Howe', // a 30-minute shift
  'Pacific/Auckland',
  'Asia/Tokyo', // no DST
];

test('ical.js reads back exactly the booking instants across DST days in every zone', () => {
  for (const zone of ZONES) {
    const changes = transitions(zone);
    assert.equal(changes.length, zone === 'Asia/Tokyo' ? 0 : 2, `${zone} changes twice`);
    // Around each transition (spring-forward and fall-back), and on an ordinary day: every
    // quarter hour from 3 hours before to 3 hours after, 15 minutes to 2 hours long, so
    // starts and ends fall before, in, and after the skipped or repeated hour.
    const centres = [...changes, Date.UTC(2026, 6, 15, 9)];
    const bookings: IcsBooking[] = [];
    for (const centre of centres) {
      for (
        let start = centre - 3 * HOUR_MS;
        start <= centre + 3 * HOUR_MS;
        start += 15 * MINUTE_MS
      ) {
        for (const minutes of [15, 60, 90, 120]) {
          bookings.push({
            ...booking,
            id: `bk_${bookings.length}`,
            start: formatInstant(start, zone),
            end: formatInstant(start + minutes * MINUTE_MS, zone),
          });
        }
      }
    }
    const expected = (b: IcsBooking) => ({
      uid: `${b.id}@portico`,
      start: Date.parse(b.start),
      end: Date.parse(b.end),
    });
    const read = (ics: string) => parsed(ics).map(({uid, start, end}) => ({uid, start, end}));
    const input = {timeZone: zone, location: 'x', now: '2026-03-01T08:00:00Z'};
    // As a feed: all of them in one file.
    assert.deepEqual(read(calendarIcs({...input, bookings})), bookings.map(expected), zone);
    // As single downloads, each with its own VTIMEZONE window.
    for (const b of bookings.filter((_, i) => i % 7 === 0)) {
      assert.deepEqual(
        read(bookingIcs({...input, booking: b})),
        [expected(b)],
        `${zone} ${b.start}`,
      );
    }
  }
});

test('a feed with no bookings is still a calendar', () => {
  const ics = calendarIcs({
    bookings: [],
    timeZone: 'Europe/Paris',
    location: 'x',
    now: '2026-03-01T08:00:00Z',
    name: 'Ada',
  });
  assert.deepEqual(parsed(ics), []);
  assert.ok(unfolded(ics).includes('X-WR-CALNAME:Ada'));
});
