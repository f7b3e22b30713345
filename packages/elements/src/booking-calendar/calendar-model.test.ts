/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import type {Resource, Space} from '@portico/sdk';
import {bookableRanges, formatInstant, resourceHours} from '@portico/sdk/domain';
import {buildCalendarGrid, type GridCell, type ResourceTimes} from './calendar-grid.js';
import {resolveSelection} from './calendar-selection.js';
import {columnsOf, filterResources, listSlots, weekOf, windowOf} from './calendar-view.js';
import {loadMessages} from '../i18n/index.js';
import {refundText} from './my-bookings.js';

const TZ = 'Europe/Paris';
const weekdays = [{open: '08:00', close: '20:00'}];
const SPACE: Pick<Space, 'timeZone' | 'openingHours' | 'closures'> = {
  timeZone: TZ,
  openingHours: {
    mon: weekdays,
    tue: weekdays,
    wed: weekdays,
    thu: weekdays,
    fri: weekdays,
    sat: [{open: '09:00', close: '13:00'}],
    sun: [],
  },
  closures: [{day: '2026-05-01', reason: 'Labour Day'}],
};

function resource(
  id: string,
  rules: Partial<Resource['rules']> = {},
  extra: Partial<Resource> = {},
) {
  return {
    id,
    name: id,
    type: 'meeting_room',
    description: '',
    capacity: 4,
    amenities: ['screen'],
    photoUrl: null,
    openingHours: null,
    creditsPerHour: 2,
    pricePerHour: null,
    position: null,
    rules: {
      slotMinutes: 30,
      minMinutes: 30,
      maxMinutes: 240,
      bufferMinutes: 0,
      advanceDays: 30,
      minimumNoticeMinutes: 0,
      requiresApproval: false,
      ...rules,
    },
    ...extra,
  } satisfies Resource;
}

/** Availability as the server computes it (the same domain function), for a window. */
function times(
  r: Resource,
  from: string,
  to: string,
  now: string,
  busy: ResourceTimes['busy'] = [],
) {
  const free = bookableRanges({
    from,
    to,
    hours: resourceHours(r, SPACE),
    closures: SPACE.closures,
    timeZone: TZ,
    rules: r.rules,
    busy,
    now,
  });
  return {free, busy};
}

function dayGrid(
  rs: Resource[],
  day: string,
  now: string,
  busy: Record<string, ResourceTimes['busy']> = {},
  extra = {},
) {
  const {from, to} = windowOf('day', day, TZ);
  const availability = new Map(rs.map((r) => [r.id, times(r, from, to, now, busy[r.id])]));
  return buildCalendarGrid({
    space: SPACE,
    columns: columnsOf('day', day, rs, false),
    availability,
    now,
    ...extra,
  });
}

function cellAt(
  grid: ReturnType<typeof buildCalendarGrid>,
  column: number,
  time: string,
): GridCell {
  const row = grid.rows.findIndex((r) => r.key === time);
  return grid.cells[row]?.[column] as GridCell;
}

describe('booking calendar view model', () => {
  const MONDAY = '2026-03-02';
  const EARLY_NOW = '2026-03-01T12:00:00+01:00';

  it('should keep every cell and row an availability change does not touch', () => {
    const rs = [resource('a'), resource('b')];
    const before = dayGrid(rs, MONDAY, EARLY_NOW);
    const busy = {b: [{start: '2026-03-02T10:00:00+01:00', end: '2026-03-02T11:00:00+01:00'}]};
    const after = dayGrid(rs, MONDAY, EARLY_NOW, busy, {previous: before});
    expect(after.columns).to.equal(before.columns);
    expect(after.columnCells[0]).to.equal(before.columnCells[0]);
    const changedRows = after.cells
      .map((row, r) => (row === before.cells[r] ? null : after.rows[r]?.key))
      .filter(Boolean);
    expect(changedRows).to.deep.equal(['10:00', '10:30']);
    expect(cellAt(after, 1, '10:00').state).to.equal('busy');
    expect(cellAt(after, 1, '11:00')).to.equal(cellAt(before, 1, '11:00'));
    // Another `now` changes what is past: every column is computed again.
    const later = dayGrid(rs, MONDAY, '2026-03-02T12:00:00+01:00', busy, {previous: after});
    expect(later.cells[0]).not.to.equal(after.cells[0]);
    expect(cellAt(later, 0, '09:00').state).to.equal('past');
  });

  it('should lay out resources × slots for a day, from the earliest opening to the latest closing', () => {
    const grid = dayGrid([resource('a'), resource('b')], MONDAY, EARLY_NOW);
    expect(grid.columns.map((c) => c.resource.id)).to.deep.equal(['a', 'b']);
    expect(grid.rows[0]?.time).to.equal('08:00');
    expect(grid.rows.at(-1)?.time).to.equal('19:30');
    expect(grid.rows).to.have.length(24);
    expect(grid.cells.flat().every((cell) => cell.state === 'free')).to.equal(true);
  });

  it('should mark booked cells busy and the buffer around them', () => {
    const r = resource('a', {bufferMinutes: 30});
    const grid = dayGrid([r], MONDAY, EARLY_NOW, {
      a: [{start: '2026-03-02T10:00:00+01:00', end: '2026-03-02T11:00:00+01:00'}],
    });
    expect(cellAt(grid, 0, '09:00').state).to.equal('free');
    expect(cellAt(grid, 0, '09:30').state).to.equal('buffer');
    expect(cellAt(grid, 0, '10:00').state).to.equal('busy');
    expect(cellAt(grid, 0, '10:30').state).to.equal('busy');
    expect(cellAt(grid, 0, '11:00').state).to.equal('buffer');
    expect(cellAt(grid, 0, '11:30').state).to.equal('free');
  });

  it('should say past, minimum notice and too far in advance', () => {
    const now = '2026-03-02T10:10:00+01:00';
    const grid = dayGrid([resource('a', {minimumNoticeMinutes: 60})], MONDAY, now);
    expect(cellAt(grid, 0, '09:30').state).to.equal('past');
    expect(cellAt(grid, 0, '10:30').state).to.equal('notice');
    expect(cellAt(grid, 0, '11:30').state).to.equal('free');
    // Ten minutes into a slot of a resource without notice: it has started, so it is past.
    const started = dayGrid([resource('a')], MONDAY, now);
    expect(cellAt(started, 0, '10:00').state).to.equal('past');
    expect(cellAt(started, 0, '10:30').state).to.equal('free');
    const far = dayGrid([resource('a', {advanceDays: 3})], '2026-03-09', now);
    expect(far.cells.flat().every((cell) => cell.state === 'too-far')).to.equal(true);
  });

  it('should show a closed day with its reason, and a resource’s own hours', () => {
    const grid = dayGrid([resource('a')], '2026-05-01', '2026-04-01T10:00:00+02:00');
    expect(grid.columns[0]?.closedReason).to.equal('Labour Day');
    expect(grid.cells.flat().every((cell) => cell.state === 'closed')).to.equal(true);
    const early = resource(
      'p',
      {},
      {
        openingHours: {...SPACE.openingHours, mon: [{open: '07:00', close: '09:00'}]},
      },
    );
    const mixed = dayGrid([resource('a'), early], MONDAY, EARLY_NOW);
    expect(mixed.rows[0]?.time).to.equal('07:00');
    expect(cellAt(mixed, 0, '07:00').state).to.equal('closed');
    expect(cellAt(mixed, 1, '07:00').state).to.equal('free');
    expect(cellAt(mixed, 1, '10:00').state).to.equal('closed');
  });

  it('should use the smallest slot as the row and give each cell its resource slot', () => {
    const grid = dayGrid(
      [
        resource('a', {slotMinutes: 60, minMinutes: 60}),
        resource('b', {slotMinutes: 15, minMinutes: 15}),
      ],
      MONDAY,
      EARLY_NOW,
    );
    expect(grid.rowMinutes).to.equal(15);
    const cell = cellAt(grid, 0, '09:45');
    expect(formatInstant(cell.slot?.start ?? 0, TZ)).to.equal('2026-03-02T09:00:00+01:00');
    expect(formatInstant(cell.slot?.end ?? 0, TZ)).to.equal('2026-03-02T10:00:00+01:00');
  });

  describe('on DST days', () => {
    const allDay = {hourStart: '00:00', hourEnd: '24:00'};
    const h24 = {...SPACE.openingHours, sun: [{open: '00:00', close: '24:00'}]};
    const r = resource('a', {slotMinutes: 60, minMinutes: 60}, {openingHours: h24});

    it('should have 23 hours on the spring-forward day, with no 02:00 row', () => {
      const grid = dayGrid([r], '2026-03-29', '2026-03-01T00:00:00+01:00', {}, allDay);
      expect(grid.rows.map((row) => row.key)).to.not.include('02:00');
      expect(grid.rows).to.have.length(23);
      expect(grid.cells.flat().every((cell) => cell.state === 'free')).to.equal(true);
      expect(formatInstant(cellAt(grid, 0, '03:00').start, TZ)).to.equal(
        '2026-03-29T03:00:00+02:00',
      );
    });

    it('should have 25 hours on the fall-back day, with 02:00 twice', () => {
      const grid = dayGrid([r], '2026-10-25', '2026-10-01T00:00:00+02:00', {}, allDay);
      expect(grid.rows).to.have.length(25);
      expect(grid.rows.filter((row) => row.time === '02:00').map((row) => row.fold)).to.deep.equal([
        0, 1,
      ]);
      expect(formatInstant(cellAt(grid, 0, '02:00').start, TZ)).to.equal(
        '2026-10-25T02:00:00+02:00',
      );
      expect(formatInstant(cellAt(grid, 0, '02:00#1').start, TZ)).to.equal(
        '2026-10-25T02:00:00+01:00',
      );
      expect(grid.cells.flat().every((cell) => cell.state === 'free')).to.equal(true);
    });

    it('should show the skipped hour as nonexistent in a week that crosses spring-forward', () => {
      const days = weekOf('2026-03-29');
      const {from, to} = windowOf('week', '2026-03-29', TZ);
      const h = {
        mon: h24.sun,
        tue: h24.sun,
        wed: h24.sun,
        thu: h24.sun,
        fri: h24.sun,
        sat: h24.sun,
        sun: h24.sun,
      };
      const all = resource('a', {slotMinutes: 60, minMinutes: 60}, {openingHours: h});
      const now = '2026-03-01T00:00:00+01:00';
      const grid = buildCalendarGrid({
        space: SPACE,
        columns: columnsOf('week', '2026-03-29', [all], false),
        availability: new Map([['a', times(all, from, to, now)]]),
        now,
        ...allDay,
      });
      expect(grid.columns.map((c) => c.day)).to.deep.equal(days);
      expect(grid.rows).to.have.length(24);
      expect(cellAt(grid, 6, '02:00').state).to.equal('nonexistent');
      expect(cellAt(grid, 5, '02:00').state).to.equal('free');
    });
  });

  describe('selection', () => {
    const row = (grid: ReturnType<typeof buildCalendarGrid>, time: string) =>
      grid.rows.findIndex((r) => r.key === time);
    /** The first column's selection from the row at `anchor` to the one at `focus`. */
    const select = (grid: ReturnType<typeof buildCalendarGrid>, anchor: string, focus: string) =>
      resolveSelection(
        grid,
        {column: 0, anchorRow: row(grid, anchor), focusRow: row(grid, focus)},
        SPACE,
        EARLY_NOW,
      );

    it('should snap to whole slots and stretch to the minimum duration', () => {
      const r = resource('loft', {slotMinutes: 60, minMinutes: 120});
      const grid = dayGrid([r, resource('b')], MONDAY, EARLY_NOW);
      const sel = select(grid, '09:30', '09:30');
      expect(sel?.start).to.equal('2026-03-02T09:00:00+01:00');
      expect(sel?.end).to.equal('2026-03-02T11:00:00+01:00');
      expect(sel?.adjusted).to.equal('min');
      expect(sel?.issue).to.equal(null);
      expect([sel?.firstRow, sel?.lastRow]).to.deep.equal([row(grid, '09:00'), row(grid, '10:30')]);
    });

    it('should trim to the maximum duration', () => {
      const grid = dayGrid([resource('a', {maxMinutes: 60})], MONDAY, EARLY_NOW);
      const sel = select(grid, '11:00', '09:00');
      expect([sel?.start, sel?.end]).to.deep.equal([
        '2026-03-02T09:00:00+01:00',
        '2026-03-02T10:00:00+01:00',
      ]);
      expect(sel?.adjusted).to.equal('max');
    });

    it('should name the first cell that cannot be booked', () => {
      const grid = dayGrid([resource('a')], MONDAY, EARLY_NOW, {
        a: [{start: '2026-03-02T10:00:00+01:00', end: '2026-03-02T10:30:00+01:00'}],
      });
      const sel = select(grid, '09:00', '11:00');
      expect(sel?.issue).to.equal('busy');
    });

    it('should report the duration rule when the minimum cannot be reached', () => {
      const r = resource('loft', {slotMinutes: 60, minMinutes: 120});
      const grid = dayGrid([r], MONDAY, EARLY_NOW);
      const sel = select(grid, '19:00', '19:00');
      expect(sel?.issue).to.equal('duration_out_of_range');
    });
  });

  describe('views', () => {
    const rs = [
      resource('a', {}, {capacity: 4, amenities: ['screen']}),
      resource('b', {}, {capacity: 10, amenities: ['projector'], type: 'event_space'}),
    ];

    it('should filter by type, ids, capacity and amenity', () => {
      expect(filterResources(rs, {type: 'event_space'}).map((r) => r.id)).to.deep.equal(['b']);
      expect(filterResources(rs, {ids: ['a']}).map((r) => r.id)).to.deep.equal(['a']);
      expect(filterResources(rs, {capacity: 6}).map((r) => r.id)).to.deep.equal(['b']);
      expect(filterResources(rs, {amenity: 'screen'}).map((r) => r.id)).to.deep.equal(['a']);
    });

    it('should give week columns Monday to Sunday, one resource or all (compact)', () => {
      expect(
        columnsOf('week', '2026-03-04', rs, false).map((c) => `${c.resource.id}${c.day}`),
      ).to.deep.equal(weekOf('2026-03-02').map((d) => `a${d}`));
      expect(columnsOf('week', '2026-03-04', rs, true)).to.have.length(14);
      expect(windowOf('week', '2026-03-04', TZ)).to.deep.equal({
        from: '2026-03-02T00:00:00+01:00',
        to: '2026-03-09T00:00:00+01:00',
      });
    });

    it('should list free slots per resource and leave out resources without any', () => {
      const {from, to} = windowOf('day', MONDAY, TZ);
      const availability = new Map([
        ['a', times(rs[0] as Resource, from, to, EARLY_NOW)],
        ['b', {free: [], busy: []}],
      ]);
      const list = listSlots(rs, availability, TZ);
      expect(list.map((e) => e.resource.id)).to.deep.equal(['a']);
      expect(list[0]?.slots[0]).to.deep.equal({
        start: '2026-03-02T08:00:00+01:00',
        end: '2026-03-02T08:30:00+01:00',
      });
    });
  });
});

describe('the refund offered before cancelling', () => {
  // French is a lazy chunk that elements wait for: called directly, the text needs it loaded.
  before(async () => {
    await loadMessages('fr');
  });

  const credits = (n: number) => ({credits: n, money: null});

  it('should say the credits given back', () => {
    expect(refundText(credits(4), {percent: 50, ...credits(2)}, 'en')).to.equal(
      'Cancelling now refunds 50%: 2 credits.',
    );
  });

  it('should say "nothing", never "free", when half of 1 credit rounds down to 0', () => {
    expect(refundText(credits(1), {percent: 50, ...credits(0)}, 'en')).to.equal(
      'Cancelling now refunds nothing (50% of 1 credit rounds down to 0).',
    );
    expect(refundText(credits(1), {percent: 50, ...credits(0)}, 'fr')).to.equal(
      'Annuler maintenant ne rembourse rien (50 % de 1 crédit, arrondi à 0).',
    );
  });

  it('should say a free booking costs nothing to cancel', () => {
    expect(refundText(credits(0), {percent: 100, ...credits(0)}, 'en')).to.equal(
      'This booking was free: cancelling it costs nothing.',
    );
  });
});
