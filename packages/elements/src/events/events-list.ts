import type {Event as CommunityEvent, Registration} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {formatTimeRange, msg} from '../i18n/index.js';
import {
  STATUS_BADGE,
  dateTile,
  isActive,
  priceText,
  seatsText,
  statusText,
} from './events-format.js';

export interface ListItem {
  readonly event: CommunityEvent;
  /** The member's registration shown on the card (their own, when listed under "My events"). */
  readonly registration: Registration | null;
}

export interface ListView {
  readonly locale: string;
  readonly timeZone: string | undefined;
  readonly items: readonly ListItem[];
  readonly emptyMessage: 'events.empty' | 'events.emptyMine';
  readonly open: (event: CommunityEvent) => void;
}

/** The events as cards: a date tile, the title (a button that opens the details), facts, badges. */
export function renderList(view: ListView): TemplateResult {
  const {locale, items} = view;
  if (items.length === 0)
    return html`<p part="empty" class="events__empty">${msg(locale, view.emptyMessage)}</p>`;
  return html`<ul part="list" class="events__list" role="list">
    ${items.map((item) => renderCard(view, item))}
  </ul>`;
}

function renderCard(view: ListView, {event, registration}: ListItem): TemplateResult {
  const {locale, timeZone} = view;
  const tile = dateTile(locale, event.start, timeZone);
  return html`<li part="event" class="events__card" data-event-id=${event.id}>
    <span class="events__tile" aria-hidden="true"
      ><span class="events__tile-month">${tile.month}</span
      ><span class="events__tile-day">${tile.day}</span></span
    >
    <div class="events__card-body">
      <p class="events__category">${event.category}</p>
      <h3 class="events__card-title">
        <button
          part="open-button"
          class="events__open"
          type="button"
          @click=${() => view.open(event)}
        >
          ${event.title}
        </button>
      </h3>
      <p class="events__meta">
        <span>${formatTimeRange(locale, event.start, event.end, timeZone)}</span>
        <span>${event.place.name}</span>
      </p>
      <p class="events__badges">
        <span part="price" class="badge badge--info">${priceText(locale, event)}</span>
        <span part="seats" class="events__seats">${seatsText(locale, event)}</span>
        ${
          isActive(registration)
            ? html`<span part="status" class="badge ${STATUS_BADGE[registration.status]}"
                >${statusText(locale, registration)}</span
              >`
            : nothing
        }
      </p>
    </div>
  </li>`;
}
