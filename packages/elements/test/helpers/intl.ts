// What a member should read for a time range, written here with Intl itself (not through the
// elements' formatters), so a test checks the element against the language's own rules.

/** `Sat, Mar 14, 12:30 – 2:00 PM` (en), `sam. 14 mars, 12:30 – 14:00` (fr), in `timeZone`. */
export const expectedTimeRange = (
  lang: string,
  timeZone: string,
  {start, end}: {start: string; end: string},
) =>
  new Intl.DateTimeFormat(lang, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).formatRange(new Date(start), new Date(end));
