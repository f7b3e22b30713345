// The calendar's view model: which cells a day or week grid shows and what each one means.
// Pure (no DOM, no clock): the element passes `now`, so tests and stories pin time.
import type {Interval, Resource, Space} from '@portico/sdk';
import {
  addDays,
  calendarDayOf,
  epochSlotsWithin,
  type EpochInterval,
  mergeIntervals,
  MINUTE_MS,
  openIntervalsOn,
  parseInterval,
  resourceHours,
  wallTimeOf,
  weekdayOf,
  type WeeklyHours,
  zonedDateTimeToInstant,
} from '@portico/sdk/domain';

/**
 * Why a cell can or cannot be chosen. `free` is bookable; the rest name the first rule that
 * forbids it, in the order the server checks them.
 */
export type CellState =
  | 'free'
  /** The wall-clock time does not exist that day (the spring-forward gap). */
  | 'nonexistent'
  /** The space or the resource is closed (outside opening hours, a closed day). */
  | 'closed'
  | 'past'
  /** Inside the resource's minimum notice. */
  | 'notice'
  /** Past the resource's advance limit. */
  | 'too-far'
  /** Someone booked it. */
  | 'busy'
  /** Within the buffer a resource keeps around each booking. */
  | 'buffer'
  /** Open and not booked, but not on the resource's slot grid (rare: hours off the grid). */
  | 'unavailable';

/** One bookable thing on one calendar day of the space: a column of the grid. */
export interface GridColumn {
  readonly resource: Resource;
  /** `YYYY-MM-DD` in the space's time zone. */
  readonly day: string;
  /** Why the whole day is closed (a holiday's reason), else null. */
  readonly closedReason: string | null;
}

/** A time row: a wall-clock time, and which pass of it on a fall-back day (0, then 1). */
export interface GridRow {
  /** Stable across days: `09:30`, or `02:00#1` for the repeated hour of a fall-back day. */
  readonly key: string;
  /** `HH:MM` on the wall clock. */
  readonly time: string;
  readonly fold: 0 | 1;
}

export interface GridCell {
  readonly column: number;
  readonly row: number;
  readonly state: CellState;
  /** Epoch ms; NaN for a `nonexistent` cell. */
  readonly start: number;
  readonly end: number;
  /**
   * The resource's slot this cell belongs to (a 60-minute slot spans two 30-minute rows):
   * a selection snaps to it. Null when the cell is not free.
   */
  readonly slot: EpochInterval | null;
}

/** Free and busy time of one resource, as `availabilityQuery` answers it. */
export interface ResourceTimes {
  readonly free: readonly Interval[];
  readonly busy: readonly Interval[];
}

export interface GridInput {
  readonly space: Pick<Space, 'timeZone' | 'openingHours' | 'closures'>;
  readonly columns: readonly Pick<GridColumn, 'resource' | 'day'>[];
  /** Availability per resource id; a resource without an entry shows as `unavailable`. */
  readonly availability: ReadonlyMap<string, ResourceTimes>;
  /** ISO instant: what is past, and what the minimum notice counts from. */
  readonly now: string;
  /** First row, wall clock `HH:MM`. Defaults to the earliest opening of the shown days. */
  readonly hourStart?: string | undefined;
  /** End of the last row, `HH:MM` (`24:00` allowed). Defaults to the latest closing. */
  readonly hourEnd?: string | undefined;
  /** Row height in minutes. Defaults to the smallest slot among the columns' resources. */
  readonly rowMinutes?: number | undefined;
  /**
   * The grid this one replaces: columns whose inputs did not change keep their cell objects,
   * and rows whose cells all stayed keep their arrays, so a renderer can skip them.
   */
  readonly previous?: CalendarGrid | undefined;
}

export interface CalendarGrid {
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridRow[];
  /** `cells[row][column]`, in reading order, so the grid renders row by row. */
  readonly cells: readonly (readonly GridCell[])[];
  readonly rowMinutes: number;
  readonly hourStart: string;
  readonly hourEnd: string;
  /** What the rows were computed from: a next grid with another one recomputes every column. */
  readonly rowSignature: string;
  /** What each column was computed from, compared by identity by the next grid. */
  readonly columnSources: readonly ColumnSource[];
  /** `columnCells[column][row]`. */
  readonly columnCells: readonly (readonly GridCell[])[];
  /** Each resource's parsed availability, reused while its signature stays. */
  readonly times: ReadonlyMap<string, ParsedTimes>;
}

/** A column's inputs: the same resource, day and parsed availability give the same cells. */
export interface ColumnSource {
  readonly resource: Resource;
  readonly day: string;
  readonly times: ParsedTimes | undefined;
}

/** The hours a resource keeps: its own, or the space's. */
export function hoursOf(resource: Resource, space: Pick<Space, 'openingHours'>): WeeklyHours {
  return resourceHours(resource, space);
}

/**
 * The grid of a day view (columns = resources on one day), a week view (one resource on
 * seven days) or a compact week (every resource on seven days): one cell per column and row.
 * Rows step through real time from `hourStart` on each day, so a 23-hour day lacks the
 * skipped rows (`nonexistent` cells) and a 25-hour day has the repeated hour twice.
 */
export function buildCalendarGrid(input: GridInput): CalendarGrid {
  const {space, now} = input;
  const {timeZone} = space;
  const rowMinutes =
    input.rowMinutes ?? Math.min(...input.columns.map((c) => c.resource.rules.slotMinutes), 60);
  const bounds = visibleHours(input);
  const fresh: GridColumn[] = input.columns.map(({resource, day}) => ({
    resource,
    day,
    closedReason: closureReason(day, space.closures),
  }));
  // The same columns keep the same array, so headers are not rendered again.
  const before = input.previous?.columns;
  const columns =
    before?.length === fresh.length &&
    fresh.every(
      (c, i) =>
        before[i]?.resource === c.resource &&
        before[i]?.day === c.day &&
        before[i]?.closedReason === c.closedReason,
    )
      ? before
      : fresh;

  // Rows: the union over the shown days of the instants stepping from hourStart.
  const days = [...new Set(columns.map((c) => c.day))];
  const rowsByDay = new Map(days.map((day) => [day, dayRows(day, bounds, rowMinutes, timeZone)]));
  const rowKeys = new Map<string, GridRow>();
  for (const rows of rowsByDay.values()) {
    for (const row of rows.keys()) rowKeys.set(row, parseRowKey(row));
  }
  const rows = [...rowKeys.values()].sort(
    (a, b) => a.time.localeCompare(b.time) || a.fold - b.fold,
  );

  const nowMs = Date.parse(now);
  const rowMs = rowMinutes * MINUTE_MS;
  const rowSignature = `${rowMinutes}|${nowMs}|${rows.map((r) => r.key).join()}`;
  const times = resourceTimes(input, input.previous?.times);
  // Only a previous grid with the same rows can lend its columns and cells.
  const previous = input.previous?.rowSignature === rowSignature ? input.previous : undefined;
  const context: ColumnContext = {
    input,
    rowMs,
    nowMs,
    today: calendarDayOf(nowMs, timeZone),
    open: new Map(),
  };
  // Identity comparisons only: this runs on every availability change of a 50 × 7 grid, so
  // no per-column string keys (a resource's signature is its whole availability as JSON).
  const columnSources: ColumnSource[] = [];
  const changed: number[] = [];
  const columnCells = columns.map((column, c) => {
    const source = {
      resource: column.resource,
      day: column.day,
      times: times.get(column.resource.id),
    };
    columnSources.push(source);
    const before = previous?.columnSources[c];
    const beforeCells = previous?.columnCells[c];
    if (
      beforeCells &&
      before?.resource === source.resource &&
      before.day === source.day &&
      before.times === source.times
    ) {
      return beforeCells;
    }
    changed.push(c);
    const starts = rowsByDay.get(column.day) as Map<string, number>;
    const cells = columnStates(column, c, rows, starts, source.times, context);
    // Same column, new availability: keep the cells whose meaning did not change, so the
    // renderer skips them (and every row without a changed cell).
    if (beforeCells && before?.resource === source.resource && before.day === source.day) {
      return cells.map((cell, r) => {
        const old = beforeCells[r];
        return old && sameCell(old, cell) ? old : cell;
      });
    }
    return cells;
  });
  const cells = rows.map((_, r) => {
    const before = previous?.cells[r];
    if (
      before?.length === columns.length &&
      changed.every((c) => before[c] === columnCells[c]?.[r])
    ) {
      return before;
    }
    return columnCells.map((col) => col[r] as GridCell);
  });
  return {
    columns,
    rows,
    cells,
    rowMinutes,
    ...bounds,
    rowSignature,
    columnSources,
    columnCells,
    times,
  };
}

export interface ParsedTimes {
  /** The resource's slots (`epochSlotsWithin`) and busy time (merged), in epoch ms. */
  readonly slots: readonly EpochInterval[];
  readonly busy: readonly EpochInterval[];
  /** Changes when the resource's free or busy time changes. */
  readonly signature: string;
}

/** Each shown resource's availability, parsed once (a resource has a column per day). */
function resourceTimes(
  input: GridInput,
  previous: ReadonlyMap<string, ParsedTimes> | undefined,
): Map<string, ParsedTimes> {
  const parsed = new Map<string, ParsedTimes>();
  for (const {resource} of input.columns) {
    if (parsed.has(resource.id)) continue;
    const times = input.availability.get(resource.id);
    if (!times) continue;
    const {slotMinutes} = resource.rules;
    const signature = JSON.stringify([resource.rules, times.free, times.busy]);
    const before = previous?.get(resource.id);
    if (before?.signature === signature) {
      parsed.set(resource.id, before);
      continue;
    }
    parsed.set(resource.id, {
      slots: epochSlotsWithin(times.free.map(parseInterval), slotMinutes),
      busy: mergeIntervals(times.busy.map(parseInterval)),
      signature,
    });
  }
  return parsed;
}

/**
 * The first and last wall-clock times the grid shows: from the earliest opening to the latest
 * closing on the shown days (of any weekday when they are all closed, so a closed day still
 * shows its hours), else 08:00–20:00.
 */
export function visibleHours(input: GridInput): {hourStart: string; hourEnd: string} {
  const span = (days: 'shown' | 'all') => {
    let open = '24:00';
    let close = '00:00';
    for (const {resource, day} of input.columns) {
      const hours = hoursOf(resource, input.space);
      const spans = days === 'shown' ? hours[weekdayOf(day)] : Object.values(hours).flat();
      for (const s of spans) {
        if (s.open < open) open = s.open;
        if (s.close > close) close = s.close;
      }
    }
    return open < close ? {open, close} : null;
  };
  const {open, close} = span('shown') ?? span('all') ?? {open: '08:00', close: '20:00'};
  return {hourStart: input.hourStart ?? open, hourEnd: input.hourEnd ?? close};
}

/** The rows of one day: row key → start instant. */
function dayRows(
  day: string,
  {hourStart, hourEnd}: {hourStart: string; hourEnd: string},
  rowMinutes: number,
  timeZone: string,
): Map<string, number> {
  const rows = new Map<string, number>();
  const from = zonedDateTimeToInstant(day, hourStart, timeZone);
  const to = zonedDateTimeToInstant(day, hourEnd, timeZone);
  const step = rowMinutes * MINUTE_MS;
  for (let at = from; at + step <= to; at += step) {
    const time = wallTimeOf(at, timeZone).slice(0, 5);
    // The second pass of a repeated hour gets its own row.
    rows.set(rows.has(time) ? `${time}#1` : time, at);
  }
  return rows;
}

function parseRowKey(key: string): GridRow {
  const [time = key, fold] = key.split('#');
  return {key, time, fold: fold === '1' ? 1 : 0};
}

function closureReason(day: string, closures: Space['closures']): string | null {
  return closures.find((c) => c.day === day)?.reason ?? null;
}

interface ColumnContext {
  readonly input: GridInput;
  readonly rowMs: number;
  readonly nowMs: number;
  /** Today in the space's zone. */
  readonly today: string;
  /** Open intervals by hours and day: most resources share the space's hours. */
  readonly open: Map<WeeklyHours, Map<string, EpochInterval[]>>;
}

function columnStates(
  column: GridColumn,
  c: number,
  rows: readonly GridRow[],
  starts: Map<string, number>,
  times: ParsedTimes | undefined,
  context: ColumnContext,
): GridCell[] {
  const {input, rowMs, nowMs} = context;
  const {resource, day} = column;
  const rules = resource.rules;
  const open = openOn(day, hoursOf(resource, input.space), context);
  const slots = times?.slots ?? [];
  const busy = times?.busy ?? [];
  const bufferMs = rules.bufferMinutes * MINUTE_MS;
  const earliest = nowMs + rules.minimumNoticeMinutes * MINUTE_MS;
  const lastDay = addDays(context.today, rules.advanceDays);

  return rows.map((row, r): GridCell => {
    const start = starts.get(row.key);
    if (start === undefined) {
      return {column: c, row: r, state: 'nonexistent', start: NaN, end: NaN, slot: null};
    }
    const end = start + rowMs;
    // Time and rules first: availability fetched a while ago may still list a slot that
    // has since passed.
    let slot = containing(slots, start, end);
    let state: CellState = 'free';
    // Binary searches, not a scan per cell: a cold page runs this 8,400 times uncompiled.
    if (!containing(open, start, end)) state = 'closed';
    // Past before busy: what was booked yesterday is of no use to a member today.
    else if (start < nowMs) state = 'past';
    else if (overlaps(busy, start, end)) state = 'busy';
    else if (start < earliest) state = 'notice';
    else if (day > lastDay) state = 'too-far';
    else if (!slot)
      state = overlaps(busy, start - bufferMs, end + bufferMs) ? 'buffer' : 'unavailable';
    if (state !== 'free') slot = null;
    return {column: c, row: r, state, start, end, slot};
  });
}

/** The intervals `hours` open on `day`, none on a closed day; worked out once per build. */
function openOn(day: string, hours: WeeklyHours, {input, open}: ColumnContext): EpochInterval[] {
  let byDay = open.get(hours);
  if (!byDay) open.set(hours, (byDay = new Map()));
  let intervals = byDay.get(day);
  if (!intervals) {
    intervals = openIntervalsOn(day, hours, input.space.timeZone, input.space.closures);
    byDay.set(day, intervals);
  }
  return intervals;
}

/** Two cells that mean the same: state, time and slot. */
function sameCell(a: GridCell, b: GridCell): boolean {
  return (
    a.state === b.state &&
    Object.is(a.start, b.start) &&
    Object.is(a.end, b.end) &&
    a.column === b.column &&
    a.row === b.row &&
    a.slot?.start === b.slot?.start &&
    a.slot?.end === b.slot?.end
  );
}

/** The interval of `sorted` (by start, not overlapping) that holds `[start, end)`, if any. */
export function containing(
  sorted: readonly EpochInterval[],
  start: number,
  end: number,
): EpochInterval | null {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = sorted[mid] as EpochInterval;
    if (candidate.start > start) hi = mid - 1;
    else if (candidate.end < end) lo = mid + 1;
    else return candidate;
  }
  return null;
}

/** Whether an interval of `sorted` (by start, not overlapping) overlaps `[start, end)`. */
function overlaps(sorted: readonly EpochInterval[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as EpochInterval).end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as EpochInterval).start < end;
}

/** What the grid as a whole says, if anything: a message key. */
export type DayNotice = 'calendar.fullyBooked' | 'calendar.pastDay' | null;

const dayNoticeCache = new WeakMap<CalendarGrid, DayNotice>();

/**
 * What the grid as a whole says: nothing free and something booked; or nothing left to book
 * because the time has passed (closed hours aside).
 */
export function dayNotice(grid: CalendarGrid): DayNotice {
  let result = dayNoticeCache.get(grid);
  if (result === undefined) {
    const cells = grid.cells.flat();
    const has = (state: string) => cells.some((c) => c.state === state);
    const onlyPastOrClosed = cells.every((c) =>
      ['past', 'closed', 'nonexistent'].includes(c.state),
    );
    result = has('free')
      ? null
      : has('busy')
        ? 'calendar.fullyBooked'
        : onlyPastOrClosed && has('past')
          ? 'calendar.pastDay'
          : null;
    dayNoticeCache.set(grid, result);
  }
  return result;
}
