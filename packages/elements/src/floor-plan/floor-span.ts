// The time span the plan shows: the half hours it may start and end on.

/** Every half hour of a day, `00:00` to `24:00`: what a span may start or end on. */
const TIMES = Array.from({length: 49}, (_, i) => {
  const minutes = i * 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${minutes % 60 ? '30' : '00'}`;
});

/**
 * The half hours a span may start or end on: from the day's opening to its closing (all day
 * when the space is closed), and always the span's own ends.
 */
export function timesOn(
  hours: readonly {open: string; close: string}[],
  from: string,
  until: string,
) {
  const open = hours.map((h) => h.open).sort()[0] ?? '00:00';
  const close =
    hours
      .map((h) => h.close)
      .sort()
      .at(-1) ?? '24:00';
  return TIMES.filter((t) => (t >= open && t <= close) || t === from || t === until);
}

/** The wall time `minutes` after `time` (`HH:MM`), at most `24:00`. */
export function laterTime(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = Math.min(24 * 60, h * 60 + m + minutes);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
