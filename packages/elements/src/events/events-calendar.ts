import {addDays, calendarDayOf, parseInstant, weekdayOf, WEEKDAYS} from '@portico/sdk/domain';
import type {Event as CommunityEvent} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {formatCalendarDay, msg} from '../i18n/index.js';

export interface CalendarView {
  readonly locale: string;
  readonly timeZone: string;
  /** The first day of the month shown, `YYYY-MM-01`. */
  readonly month: string;
  readonly events: readonly CommunityEvent[];
  /** The day whose events the list shows, if one is picked. */
  readonly day: string | undefined;
  readonly pick: (day: string | undefined) => void;
  readonly move: (months: number) => void;
}

/** `YYYY-MM-01` of the month `months` after the one `month` is in. */
export function shiftMonth(month: string, months: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The events' days in the space's zone, with how many events each has. */
export function eventDays(
  events: readonly CommunityEvent[],
  timeZone: string,
): Map<string, number> {
  const days = new Map<string, number>();
  for (const event of events) {
    const day = calendarDayOf(parseInstant(event.start), timeZone);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

/**
 * A month at a glance: a grid of days (Monday first), each day with events a button that
 * shows only that day's events below; the others are plain numbers.
 */
export function renderCalendar(view: CalendarView): TemplateResult {
  const {locale, month} = view;
  const days = eventDays(view.events, view.timeZone);
  const title = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}T12:00:00Z`));
  const lead = WEEKDAYS.indexOf(weekdayOf(month));
  const next = shiftMonth(month, 1);
  const cells: TemplateResult[] = [];
  for (let i = 0; i < lead; i++)
    cells.push(html`<span class="events__cal-cell" aria-hidden="true"></span>`);
  for (let day = month; day < next; day = addDays(day, 1)) {
    const count = days.get(day) ?? 0;
    const number = Number(day.slice(8));
    cells.push(
      count === 0
        ? html`<span class="events__cal-cell events__cal-day">${number}</span>`
        : html`<button
            part="calendar-day"
            type="button"
            class="events__cal-cell events__cal-day events__cal-day--busy"
            aria-pressed=${view.day === day ? 'true' : 'false'}
            aria-label=${msg(locale, 'events.calendar.day', {day: formatCalendarDay(locale, day), count})}
            @click=${() => view.pick(view.day === day ? undefined : day)}
          >
            ${number}
          </button>`,
    );
  }
  const weekday = new Intl.DateTimeFormat(locale, {weekday: 'narrow', timeZone: 'UTC'});
  // 2024-01-01 was a Monday: the grid's column heads, in the page's language.
  const heads = WEEKDAYS.map((_, i) => weekday.format(new Date(Date.UTC(2024, 0, 1 + i))));
  return html`<section part="calendar" class="events__calendar" aria-labelledby="events-month">
    <div class="events__cal-head">
      <button
        type="button"
        part="previous-month"
        class="button button--ghost"
        aria-label=${msg(locale, 'events.calendar.previous')}
        @click=${() => view.move(-1)}
      >
        ‹
      </button>
      <h3 id="events-month" class="events__cal-title">${title}</h3>
      <button
        type="button"
        part="next-month"
        class="button button--ghost"
        aria-label=${msg(locale, 'events.calendar.next')}
        @click=${() => view.move(1)}
      >
        ›
      </button>
    </div>
    <div class="events__cal-grid">
      ${heads.map((head) => html`<span class="events__cal-cell events__cal-weekday" aria-hidden="true">${head}</span>`)}
      ${cells}
    </div>
    ${
      view.day
        ? html`<button
            type="button"
            part="all-days-button"
            class="button button--ghost"
            @click=${() => view.pick(undefined)}
          >
            ${msg(locale, 'events.calendar.clearDay')}
          </button>`
        : nothing
    }
  </section>`;
}
