// The dashboard's front-desk lines: open requests, today's visitors and parcels waiting,
// each a link to its page, each shown only when the space offers that part of the portal.
import type {Deliveries, HelpRequests, Space, Visitors} from '@portico/sdk';
import type {PorticoCore, QueryDescriptor} from '@portico/sdk';
import {deliveriesQuery} from '@portico/sdk/deliveries';
import {calendarDayOf, offers} from '@portico/sdk/domain';
import {helpRequestsQuery} from '@portico/sdk/helpdesk';
import {spaceQuery} from '@portico/sdk/space';
import {visitorsQuery} from '@portico/sdk/visitors';
import {css, html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg, resolveLocale} from '../../i18n/index.js';
import {PorticoClientElement} from '../../internal/portico-client-element.js';
import {QueryController} from '../../internal/query-controller.js';
import {tile} from './tile.styles.js';

/** The messages a line counts with (`{count}` only). */
type CountKey = 'portal.openRequests' | 'portal.visitorsToday' | 'portal.parcelsWaiting';

/** One line: the part of the portal it needs, its data, what it counts, and where it links. */
interface Line<T> {
  readonly feature: keyof Space['features'];
  readonly path: string;
  readonly query: (client: PorticoCore) => QueryDescriptor<T>;
  readonly count: (data: T, space: Space) => number;
  readonly text: CountKey;
}

const line = <T>(value: Line<T>) => value as Line<unknown>;

const LINES = [
  line<HelpRequests>({
    feature: 'helpdeskRequests',
    path: '/help',
    query: helpRequestsQuery,
    // Open or waiting for the member: not yet solved.
    count: (data) =>
      data.items.filter((r) => r.mine && (r.status === 'open' || r.status === 'waiting')).length,
    text: 'portal.openRequests',
  }),
  line<Visitors>({
    feature: 'visitors',
    path: '/visitors',
    query: visitorsQuery,
    count: (data, space) =>
      data.upcoming.filter((v) => v.day === calendarDayOf(Date.now(), space.timeZone)).length,
    text: 'portal.visitorsToday',
  }),
  line<Deliveries>({
    feature: 'deliveries',
    path: '/deliveries',
    query: deliveriesQuery,
    count: (data) => data.waiting.length,
    text: 'portal.parcelsWaiting',
  }),
];

/**
 * The dashboard's front-desk summary, inside `<portico-portal>` only.
 * @internal
 */
export class PorticoPortalFrontDesk extends PorticoClientElement {
  static override styles = [
    ...PorticoClientElement.styles,
    tile('desk', 'space-xs'),
    css`
      .desk__skeleton {
        display: block;
        height: 1.25rem;
      }
    `,
  ];

  /** A portal path's `href` (the portal's routing mode). */
  @property({attribute: false}) href: (path: string) => string = (path) => `#${path}`;

  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));
  readonly #lines = LINES.map((each) => ({
    ...each,
    controller: new QueryController(this, (client) =>
      client.session.isLoggedIn &&
      this.#space.state.data &&
      offers(this.#space.state.data.features, each.feature)
        ? each.query(client)
        : undefined,
    ),
  }));

  protected override render(): TemplateResult | typeof nothing {
    const space = this.#space.state.data;
    const shown = space ? this.#lines.filter((each) => offers(space.features, each.feature)) : [];
    if (!space || shown.length === 0) return nothing;
    const locale = resolveLocale(this.resolvedLang);
    return html`<section part="base" class="desk" aria-labelledby="desk-title">
      <h2 class="desk__title" id="desk-title">${msg(locale, 'portal.frontDesk')}</h2>
      <ul class="desk__list">
        ${shown.map(({controller, count, text, path, feature}) => {
          const data = controller.state.data;
          return html`<li part=${`${feature}-line`}>
            ${
              data === undefined
                ? html`<span class="skeleton desk__skeleton" aria-hidden="true"></span>`
                : html`<a class="desk__link" href=${this.href(path)}
                    >${msg(locale, text, {count: count(data, space)})}</a
                  >`
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }
}

PorticoPortalFrontDesk.define('portico-portal-front-desk');

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal-front-desk': PorticoPortalFrontDesk;
  }
}
