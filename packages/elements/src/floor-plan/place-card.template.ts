// The chosen place: its name, what it offers, its price and photo, and what it is at the
// chosen time; the booking panel (shared with the calendar) follows it.
import type {Space} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {stateSwatch} from './floor-glyphs.template.js';
import type {Place} from './floor-places.js';

export interface CardInput {
  readonly locale: string;
  readonly space: Space;
  readonly place: Place;
  /**
   * The place's free time (or the member's booking) in words, or for a place the member's
   * plan does not include, that plan's name; null when none.
   */
  readonly detail: string | null;
  readonly onClose: () => void;
}

export function renderCard({locale, place, detail, onClose}: CardInput): TemplateResult {
  const {resource} = place;
  const price =
    resource.creditsPerHour !== null
      ? msg(locale, 'floorPlan.card.credits', {count: resource.creditsPerHour})
      : resource.pricePerHour
        ? msg(locale, 'floorPlan.card.money', {amount: formatMoney(resource.pricePerHour, locale)})
        : null;
  return html`<section class="card" part="card" aria-labelledby="card-title">
    ${
      resource.photoUrl
        ? html`<img
            class="card__photo"
            part="photo"
            src=${resource.photoUrl}
            alt=${msg(locale, 'floorPlan.card.photo', {name: resource.name})}
          />`
        : nothing
    }
    <div class="card__body">
      <div class="card__head">
        <h3 id="card-title" class="card__title" tabindex="-1">${resource.name}</h3>
        <button
          type="button"
          class="button button--ghost card__close"
          part="close-button"
          @click=${onClose}
        >
          ${msg(locale, 'floorPlan.card.close')}
        </button>
      </div>
      <p class=${`card__state place--${place.state}`}>
        ${stateSwatch(place.state)}
        <span>${msg(locale, `floorPlan.state.${place.state}`)}${detail ? ` · ${detail}` : ''}</span>
      </p>
      <p class="card__facts">
        <span>${msg(locale, 'floorPlan.card.seats', {count: resource.capacity})}</span>
        ${price ? html`<span class="card__price" part="price">${price}</span>` : nothing}
      </p>
      ${
        resource.amenities.length
          ? html`<ul class="card__amenities" part="amenities">
              ${resource.amenities.map((a) => html`<li class="card__amenity">${a}</li>`)}
            </ul>`
          : nothing
      }
    </div>
  </section>`;
}
