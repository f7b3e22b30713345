// How a repeated booking ends (after a number of times, or on a day): the part of the
// booking panel's repeat form shown once a member picks "Daily" or "Weekly", a lazy chunk.
import {endpoints} from '@portico/sdk/bookings';
import {html, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg} from '../i18n/index.js';
import type {RepeatForm} from './booking-flow.js';
import type {PanelInput} from './booking-panel.template.js';

/** The request's limits, as the route declares them. */
const BOOKING_LIMITS = endpoints.createBooking.limits;

/** One way a repeat ends: after a count, or on a day. */
function endsRadio(input: PanelInput, r: RepeatForm, ends: RepeatForm['ends']): TemplateResult {
  const label = ends === 'count' ? 'calendar.panel.endsCount' : 'calendar.panel.endsUntil';
  return html`<label>
    <input
      type="radio"
      name="ends"
      .checked=${live(r.ends === ends)}
      @change=${() => input.onRepeat({ends})}
    />
    ${msg(input.locale, label)}
  </label>`;
}

export function renderEnds(input: PanelInput, r: RepeatForm): TemplateResult {
  const {locale} = input;
  return html`<div
    class="panel__ends"
    role="radiogroup"
    aria-label=${msg(locale, 'calendar.panel.ends')}
  >
    ${endsRadio(input, r, 'count')}
    <input
      class="input panel__count"
      part="repeat-count"
      type="number"
      min="1"
      max=${BOOKING_LIMITS.occurrences}
      aria-label=${msg(locale, 'calendar.panel.times')}
      .value=${String(r.count)}
      @change=${(e: Event) => {
        const field = e.target as HTMLInputElement;
        const count = Number(field.value) || 1;
        input.onRepeat({ends: 'count', count});
        field.value = String(count);
      }}
    />
    <span>${msg(locale, 'calendar.panel.times')}</span>
    ${endsRadio(input, r, 'until')}
    <input
      class="input"
      part="repeat-until"
      type="date"
      aria-label=${msg(locale, 'calendar.panel.endsUntil')}
      .value=${r.until}
      @change=${(e: Event) =>
        input.onRepeat({ends: 'until', until: (e.target as HTMLInputElement).value})}
    />
  </div>`;
}
