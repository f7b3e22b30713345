// What a space publishes to visitors: its public events and its public member listing. The
// portal offers a visitor the Events and Members pages only where there is something to see:
// a page with nothing public is a members' page (sign-in, then the member's own view of it).
import type {Features, PorticoCore} from '@portico/sdk';
import {offers} from '@portico/sdk/domain';
import {publicDirectoryQuery} from '@portico/sdk/directory';
import {publicEventsQuery} from '@portico/sdk/events';
import type {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';

/** The public pages, by the page name the portal gives each. */
export type PublicPage = 'events' | 'members';

/**
 * The space's public lists, as a visitor's elements ask for them (the same queries as
 * `<portico-events>`' and `<portico-directory>`'s first page: one request for both).
 */
export class PublicPages {
  readonly #events: QueryController<{items: unknown[]}>;
  readonly #members: QueryController<{items: unknown[]}>;

  constructor(host: PorticoClientElement, features: () => Features | undefined) {
    // Asked only of a visitor, once the space says it runs the part.
    const visitorWith = (client: PorticoCore, feature: keyof Features) =>
      !client.session.isLoggedIn && offers(features() ?? {}, feature);
    this.#events = new QueryController(host, (client) =>
      visitorWith(client, 'events') ? publicEventsQuery(client, {limit: '100'}) : undefined,
    );
    this.#members = new QueryController(host, (client) =>
      visitorWith(client, 'directory') ? publicDirectoryQuery(client, {limit: 24}) : undefined,
    );
  }

  /**
   * Whether `page` has something for a visitor: a public event, or a public listing with
   * someone in it; `undefined` while that is not known yet. A failed request counts as
   * nothing (the visitor is offered sign-in, never an error on a page they did not ask for).
   */
  has(page: PublicPage): boolean | undefined {
    const query = page === 'events' ? this.#events : this.#members;
    if (!query.active) return false;
    const {data, error} = query.state;
    if (data) return data.items.length > 0;
    return error ? false : undefined;
  }
}

/** The query parameter of a visitor's mailed cancellation link (read by `<portico-events>`). */
const CANCEL = 'cancel-registration';

/** The page's address carries a visitor's cancellation key. */
export function hasCancelKey(): boolean {
  return new URLSearchParams(location.search).has(CANCEL);
}

/**
 * `#/events?cancel-registration=…` (the key pasted at the end of a hash-routed address): the
 * query moves before the hash, where the page's elements read it.
 */
export function liftHashQuery(): void {
  const [hash, query] = location.hash.split('?');
  if (query === undefined) return;
  const url = new URL(location.href);
  for (const [key, value] of new URLSearchParams(query)) url.searchParams.set(key, value);
  url.hash = hash!;
  history.replaceState(history.state, '', url);
}
