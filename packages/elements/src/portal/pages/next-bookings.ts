// The dashboard's "Next bookings": the member's next three bookings, with a link to the
// calendar. Internal to the portal (the calendar's own "My bookings" is the full list).
import {type Booking, type Space} from '@portico/sdk';
import {bookingsQuery} from '@portico/sdk/bookings';
import {spaceQuery} from '@portico/sdk/space';
import {css, html, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {formatTimeRange, msg, resolveLocale} from '../../i18n/index.js';
import {DataStates} from '../../internal/data-states.js';
import {PorticoClientElement} from '../../internal/portico-client-element.js';
import {QueryController} from '../../internal/query-controller.js';
import {sys} from '../../internal/tokens.js';
import {tile} from './tile.styles.js';

const SHOWN = 3;

/**
 * The dashboard's next bookings, inside `<portico-portal>` only.
 * @internal
 */
export class PorticoPortalNextBookings extends PorticoClientElement {
  static override styles = [
    ...PorticoClientElement.styles,
    tile('next', 'space-sm'),
    css`
      .next:focus {
        outline: none;
      }

      .next__item {
        display: grid;
        gap: ${sys('space-xxs')};
      }

      .next__when,
      .next__empty {
        margin: 0;
        color: ${sys('color-on-surface-variant')};
      }

      .next__name {
        color: inherit;
        font-weight: ${sys('font-weight-bold')};
      }

      .next__skeleton {
        height: 2.5rem;
      }
    `,
  ];

  /** Where "Book a room" goes. */
  @property({attribute: false}) bookHref = '#';

  // Stable for the element's life: one query key, not a new one per render.
  readonly #from = new Date(Math.floor(Date.now() / 60_000) * 60_000)
    .toISOString()
    .replace('Z', '+00:00');

  readonly #bookings = new QueryController<{items: Booking[]; nextCursor: string | null}>(
    this,
    (client) =>
      client.session.isLoggedIn ? bookingsQuery(client, {from: this.#from, limit: 10}) : undefined,
  );
  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));

  readonly #states = new DataStates(this, {
    queries: [this.#bookings],
    errorMessage: 'portal.nextBookingsError',
    loadingMessage: 'portal.nextBookingsLoading',
  });

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return html`<section part="base" class="next" tabindex="-1" aria-labelledby="title">
      <h2 class="next__title" id="title">${msg(locale, 'portal.nextBookings')}</h2>
      ${this.#states.render({
        skeleton: () =>
          html`${[1, 2].map(() => html`<span class="skeleton next__skeleton"></span>`)}`,
        ready: () => this.renderList(locale),
      })}
    </section>`;
  }

  private renderList(locale: string): TemplateResult {
    const timeZone = this.#space.state.data?.timeZone;
    const next = this.#bookings.state
      .data!.items.filter((booking) => booking.status !== 'cancelled')
      .slice(0, SHOWN);
    return html`${
        next.length === 0
          ? html`<p class="next__empty">${msg(locale, 'portal.noBookings')}</p>`
          : html`<ul part="list" class="next__list">
              ${next.map(
                (booking) =>
                  html`<li class="next__item">
                    <span class="next__name">${booking.resourceName}</span>
                    <p class="next__when">
                      ${formatTimeRange(locale, booking.start, booking.end, timeZone)}
                    </p>
                  </li>`,
              )}
            </ul>`
      } <a class="next__link" href=${this.bookHref}>${msg(locale, 'portal.bookLink')}</a>`;
  }
}

PorticoPortalNextBookings.define('portico-portal-next-bookings');

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal-next-bookings': PorticoPortalNextBookings;
  }
}
