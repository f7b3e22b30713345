// The summary bar of narrow widths: the selected time, its price and Confirm (or the way out
// when credits fall short), stuck to the bottom of the screen while the calendar is in view,
// as a phone's booking sheet is. The panel below keeps the details (note, repeat, policy).
import {html, nothing, type TemplateResult} from 'lit';
import {formatTimeRange, msg} from '../i18n/index.js';
import {renderAction, type PanelInput} from './booking-panel.template.js';
import {costText} from './my-bookings.js';

export function renderBar(input: PanelInput): TemplateResult | typeof nothing {
  const {locale, selection, flow} = input;
  if (!selection || selection.issue || !input.signedIn) return nothing;
  const quote = flow.quote;
  const when = formatTimeRange(locale, selection.start, selection.end, input.space.timeZone);
  const price =
    quote.status === 'ready'
      ? costText(quote.quote.cost, locale)
      : quote.status === 'error'
        ? msg(locale, 'calendar.panel.quoteFailed')
        : msg(locale, 'calendar.panel.quoting');
  return html`<div class="bar" part="summary-bar">
    <p class="bar__summary">
      <span class="bar__what">${selection.resource.name} · ${when}</span>
      <strong class="bar__price" part="bar-price">${price}</strong>
    </p>
    ${renderAction(input)}
  </div>`;
}
