// The portal's routes, loaded on demand by <portico-portal> (a page with one widget never
// downloads them): @lit-labs/router's `Routes` matches the portal's own path, and each page is
// a module of its own, imported the first time it is shown.
import {Routes} from '@lit-labs/router';
import type {ReactiveControllerHost} from 'lit';
import type {PageName, PageRoute, PortalPage} from './portal-page.js';

const LOADERS: Record<PageName, () => Promise<{page: PortalPage}>> = {
  dashboard: () => import('./pages/dashboard.page.js'),
  signIn: () => import('./pages/sign-in.page.js'),
  book: () => import('./pages/book.page.js'),
  shop: () => import('./pages/shop.page.js'),
  membership: () => import('./pages/membership.page.js'),
  billing: () => import('./pages/billing.page.js'),
  entries: () => import('./pages/entries.page.js'),
  notifications: () => import('./pages/notifications.page.js'),
  profile: () => import('./pages/profile.page.js'),
  community: () => import('./pages/community.page.js'),
  events: () => import('./pages/events.page.js'),
  members: () => import('./pages/members.page.js'),
  help: () => import('./pages/help.page.js'),
  visitors: () => import('./pages/visitors.page.js'),
  deliveries: () => import('./pages/deliveries.page.js'),
  notFound: () => import('./pages/not-found.page.js'),
};

/** The route the portal is on, and the pages loaded so far. */
export class PortalRouter {
  readonly #host: ReactiveControllerHost;
  readonly #routes: Routes;
  readonly #loaded = new Map<PageName, PortalPage>();
  readonly #loading = new Map<PageName, Promise<PortalPage>>();
  #current: PageRoute | undefined;
  /** A page module failed to load (offline): the portal says so. */
  failed = false;

  readonly #signedIn: () => boolean;

  /**
   * `pages` are the portal's `PAGES` (passed in: this module is loaded on demand, and the
   * navigation needs the table before it); `signedIn` says whether member pages show (else a
   * visitor gets the sign-in page).
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    pages: readonly PageRoute[],
    signedIn: () => boolean,
  ) {
    this.#host = host;
    this.#signedIn = signedIn;
    this.#routes = new Routes(
      host,
      pages.map((route) => ({
        path: route.path,
        enter: () => this.#enter(route),
      })),
      {fallback: {enter: () => this.#enter(undefined)}},
    );
  }

  /** The page the path asks for (`notFound` when none), and who sees it. */
  get route(): Pick<PageRoute, 'name' | 'member' | 'features' | 'publishes'> {
    return this.#current ?? {name: 'notFound', member: null};
  }

  /** Goes to a portal path (`/book`); resolves once the page's module is loaded. */
  async goto(path: string): Promise<void> {
    await this.#routes.goto(path);
  }

  /** The page module, if loaded; otherwise starts loading it and asks for a new render. */
  page(name: PageName): PortalPage | undefined {
    const page = this.#loaded.get(name);
    if (!page) void this.load(name).then(() => this.#host.requestUpdate());
    return page;
  }

  load(name: PageName): Promise<PortalPage> {
    let loading = this.#loading.get(name);
    if (!loading) {
      loading = LOADERS[name]().then(
        ({page}) => {
          this.#loaded.set(name, page);
          this.failed = false;
          return page;
        },
        (error: unknown) => {
          // A new attempt next time (the network may be back).
          this.#loading.delete(name);
          this.failed = true;
          this.#host.requestUpdate();
          throw error;
        },
      );
      this.#loading.set(name, loading);
    }
    return loading;
  }

  async #enter(route: PageRoute | undefined): Promise<boolean> {
    this.#current = route;
    // A visitor on a member page sees sign-in: load that, not the page they cannot see yet.
    const shown = route?.member && !this.#signedIn() ? 'signIn' : (route?.name ?? 'notFound');
    await this.load(shown).catch(() => undefined);
    return true;
  }
}
