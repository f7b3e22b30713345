// What a space publishes to visitors: its public events and its public member listing. The
// portal offers a visitor the Events and Members pages only where there is something to see:
// a page with nothing public is a members' page (sign-in, then the member's own view of it).
import type {Features, PorticoCore, QueryDescriptor} from '@portico/sdk';
import {offers} from '@portico/sdk/domain';
import {publicDirectoryQuery} from '@portico/sdk/directory';
import {publicEventsQuery} from '@portico/sdk/events';
import type {ReactiveController} from 'lit';
import type {PorticoClientElement} from '../internal/portico-client-element.js';

/** The public pages, by the page name the portal gives each. */
export type PublicPage = 'events' | 'members';
type List = QueryDescriptor<{items: unknown[]}>;

/**
 * Each public page's list, as a visitor's element asks for its first page (the same query:
 * the page's element finds it cached), and the part of the space it needs.
 */
const LISTS = {
  events: {feature: 'events', query: (client) => publicEventsQuery(client, {limit: '100'})},
  members: {feature: 'directory', query: (client) => publicDirectoryQuery(client, {limit: 24})},
} as const satisfies Record<
  PublicPage,
  {feature: keyof Features; query: (client: PorticoCore) => List}
>;

/**
 * Whether the space has something public on each page, asked once per visit: read, not
 * watched, so signing in (which refreshes the community's data) does not ask again for
 * lists a member no longer needs.
 */
export class PublicPages implements ReactiveController {
  readonly #host: PorticoClientElement;
  readonly #features: () => Features | undefined;
  readonly #asked = new Set<PublicPage>();
  readonly #answers = new Map<PublicPage, boolean>();
  #client: PorticoCore | undefined;

  constructor(host: PorticoClientElement, features: () => Features | undefined) {
    this.#host = host;
    this.#features = features;
    host.addController(this);
  }

  hostUpdate(): void {
    const client = this.#host.resolvedClient;
    const features = this.#features();
    if (!client || client.session.isLoggedIn || !features) return;
    if (client !== this.#client) {
      this.#asked.clear();
      this.#answers.clear();
    }
    this.#client = client;
    for (const page of Object.keys(LISTS) as PublicPage[]) {
      const {feature, query} = LISTS[page];
      if (this.#asked.has(page) || !offers(features, feature)) continue;
      this.#asked.add(page);
      this.#ask(client, page, query(client));
    }
  }

  /**
   * Whether `page` has something for a visitor: a public event, or a public listing with
   * someone in it; `undefined` while that is not known yet. A failed request counts as
   * nothing (the visitor is offered sign-in, never an error on a page they did not ask for).
   */
  has(page: PublicPage): boolean | undefined {
    if (!offers(this.#features() ?? {}, LISTS[page].feature)) return false;
    return this.#answers.get(page);
  }

  #ask(client: PorticoCore, page: PublicPage, query: List): void {
    const settle = (answer: boolean) => {
      if (client !== this.#client) return;
      this.#answers.set(page, answer);
      this.#host.requestUpdate();
    };
    client.store.fetch(query).then(
      (data) => settle(data.items.length > 0),
      () => settle(false),
    );
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
