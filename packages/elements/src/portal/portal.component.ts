import './portal.messages.js';
import '../provider/provider.js';
import {type Profile, type Space} from '@portico/sdk';
import {profileQuery} from '@portico/sdk/profile';
import {notificationsQuery} from '@portico/sdk/notifications';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, resolveLocale} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import type {PorticoNeedsCreditsEvent} from '../dom-events/portico-needs-credits.js';
import {PAGES, offered, type PageContext, type PageName} from './portal-page.js';
import {preloadSignIn} from './first-page.js';
import {hasCancelKey, liftHashQuery, PublicPages, type PublicPage} from './portal-public.js';
import type {PortalRouter} from './portal-router.js';
import styles from './portal.styles.js';

/** The same query as `<portico-notifications>`' count: one request for both. */
const UNREAD = {unread: true, limit: 100} as const;

/**
 * @summary The whole member portal in one element: sign-in (with plans, rooms and shop for
 * visitors), the space's public events and members (for visitors, where it publishes any),
 * a dashboard, booking, shop, membership, billing (when the space has it on), entries,
 * notifications and profile pages, routed by the page's URL (path or hash). Built from the
 * same elements a page can place on its own; the router and each page load only when shown.
 * @status experimental
 * @since 0.2
 *
 * @csspart base - The portal's frame.
 * @csspart header - The header with the space's name and the navigation.
 * @csspart menu-button - Opens the navigation on narrow screens.
 * @csspart sign-in-link - A visitor's "Sign in" beside it (narrow screens only).
 * @csspart nav - The navigation.
 * @csspart link - A navigation link (`link current` on the current page).
 * @csspart main - The current page.
 *
 * @cssprop --portico-portal-background - Page background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-portal-border-color - Frame and header border. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-portal-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-portal-header-background - The header. Default `--portico-sys-color-surface-container`.
 * @cssprop --portico-portal-max-width - The width of the page content. Default `72rem`.
 * @cssprop --portico-portal-muted-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-portal-nav-active-background - The current page's link. Default `--portico-sys-color-primary-container`.
 * @cssprop --portico-portal-nav-active-color - The current page's link text. Default `--portico-sys-color-on-primary-container`.
 *
 * @example
 * <portico-portal space="demo" routing="path" base="/members/"></portico-portal>
 */
export class PorticoPortal extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /**
   * How the portal's page shows in the URL: `hash` (`/members#/book`, works on any host
   * page) or `path` (`/members/book`; the site must answer every path under `base` with
   * this page).
   */
  @property({reflect: true}) routing: 'path' | 'hash' = 'hash';

  /** Where the portal lives on the site, for `path` routing (`/members/`). */
  @property() base = '/';

  /** The navigation is open (narrow screens). */
  @state() private menuOpen = false;
  @state() private shopCategory = 'all';
  /** The member saved their profile here: the dashboard stops asking them to complete it. */
  @state() private profileSaved = false;
  /** The time the Book page selects when the member comes back from buying credits. */
  @state() private bookSlot: PageContext['bookSlot'];

  #router: PortalRouter | undefined;
  #routerLoading: Promise<PortalRouter> | undefined;
  /** The document's title before the portal changed it: the suffix of every page's title. */
  #siteTitle = '';
  /** Where a visitor who was asked to sign in goes back to once signed in. */
  #returnTo = '/';
  #focusHeading = false;
  /**
   * Where "Buy credits" in the calendar came from, and its selection: once an order is paid
   * the member goes back there, the selection restored.
   */
  #creditsReturn: {path: string; slot: PageContext['bookSlot']} | undefined;
  /** The portal path last routed to. */
  #path: string | undefined;
  /** Signed in at the last update: signing out (anywhere) goes back to the portal's home. */
  #wasSignedIn: boolean | undefined;
  /** The page the last update showed. */
  #shown: PageName | undefined;
  /**
   * A member just signed in on the sign-in page: it stays while its login asks for the terms
   * or a new member's profile (until `portico-sign-in-complete`).
   */
  #holdSignIn = false;

  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));
  readonly #me = new QueryController<Profile>(this, (client) =>
    client.session.isLoggedIn ? profileQuery(client) : undefined,
  );
  readonly #unread = new QueryController<{items: unknown[]; nextCursor: string | null}>(
    this,
    (client) => (client.session.isLoggedIn ? notificationsQuery(client, UNREAD) : undefined),
  );
  readonly #public = new PublicPages(this, () => this.#space.state.data?.features);

  /** The portal path the URL points at (`/book`), whatever the routing mode. */
  get currentPath(): string {
    if (this.routing === 'hash') {
      const hash = location.hash.split('?')[0]!;
      return hash.startsWith('#/') ? normalize(hash.slice(1)) : '/';
    }
    const base = this.#base;
    const path = location.pathname;
    if (path.startsWith(base)) return normalize(`/${path.slice(base.length)}`);
    return '/';
  }

  /** The page shown now (`signIn` when a visitor opens a member page). */
  get currentPage(): PageName | undefined {
    const route = this.#router?.route;
    if (!route) return undefined;
    if (route.member && !this.#signedIn) return 'signIn';
    // A space that turned the page's parts off: as if it did not exist (once that is known).
    const features = this.#space.state.data?.features;
    if (features && !offered(route, features)) return 'notFound';
    if (!route.publishes) return route.name;
    // A member sees the whole community; a visitor what is public, if anything (else sign-in).
    if (this.#signedIn) return 'community';
    // A visitor back with a mailed cancellation key: the Events page, whatever else is public.
    if (route.name === 'events' && hasCancelKey()) return 'events';
    const has = this.#public.has(route.name as PublicPage);
    return has === undefined ? undefined : has ? route.name : 'signIn';
  }

  /** A link's `href` for a portal path (`/book`). */
  href(path: string): string {
    return this.routing === 'hash' ? `#${path}` : `${this.#base}${path.slice(1)}`;
  }

  /** Goes to a portal path, as a link would (a new history entry, focus on the page's heading). */
  async navigate(path: string, {replace = false} = {}): Promise<void> {
    const url = this.href(path);
    if (replace) history.replaceState(history.state, '', url);
    else if (new URL(url, location.href).href !== location.href) {
      history.pushState(history.state, '', url);
    }
    await this.#go(path, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#siteTitle ||= document.title;
    window.addEventListener('popstate', this.handleLocationChange);
    window.addEventListener('hashchange', this.handleLocationChange);
    this.addEventListener('click', this.handleClick);
    this.addEventListener('keydown', this.handleKeydown);
    this.addEventListener('portico-needs-sign-in', this.handleNeedsSignIn);
    this.addEventListener('portico-buy-credits', this.handleBuyCredits);
    this.addEventListener('portico-needs-credits', this.handleNeedsCredits);
    this.addEventListener('portico-order-paid', this.handleOrderPaid);
    this.addEventListener('portico-profile-updated', this.handleProfileUpdated);
    this.addEventListener('portico-plan-selected', this.handlePlanSelected);
    this.addEventListener('portico-sign-in-complete', this.handleSignInComplete);
    if (this.routing === 'hash') liftHashQuery();
    void this.#go(this.currentPath, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handleLocationChange);
    window.removeEventListener('hashchange', this.handleLocationChange);
    this.removeEventListener('click', this.handleClick);
    this.removeEventListener('keydown', this.handleKeydown);
    this.removeEventListener('portico-needs-sign-in', this.handleNeedsSignIn);
    this.removeEventListener('portico-buy-credits', this.handleBuyCredits);
    this.removeEventListener('portico-needs-credits', this.handleNeedsCredits);
    this.removeEventListener('portico-order-paid', this.handleOrderPaid);
    this.removeEventListener('portico-profile-updated', this.handleProfileUpdated);
    this.removeEventListener('portico-plan-selected', this.handlePlanSelected);
    this.removeEventListener('portico-sign-in-complete', this.handleSignInComplete);
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    const page = this.currentPage;
    const signedIn = this.#signedIn;
    const unread = this.#unread.state.data?.items.length ?? 0;
    return html`<div part="base" class="portal">
      <div class="portal__layout">
        <header part="header" class="portal__header">
          <p class="portal__brand">${this.#space.state.data?.name ?? ''}</p>
          ${
            // Narrow screens fold the navigation away: "Sign in" stays one click from anywhere.
            signedIn || page === 'signIn'
              ? nothing
              : html`<a
                  part="sign-in-link"
                  class="button button--primary portal__sign-in"
                  href=${this.href('/sign-in')}
                  >${msg(locale, 'portal.page.signIn')}</a
                >`
          }
          ${button(msg(locale, 'portal.menu'), {
            class: 'button button--secondary portal__menu-button',
            part: 'menu-button',
            expanded: this.menuOpen,
            controls: 'portal-nav',
            onClick: () => (this.menuOpen = !this.menuOpen),
          })}
        </header>
        <nav
          part="nav"
          id="portal-nav"
          class="portal__nav"
          aria-label=${msg(locale, 'portal.nav')}
          data-open=${this.menuOpen ? 'true' : 'false'}
        >
          <ul class="portal__links">
            ${PAGES.filter((link) => this.#listed(link, signedIn)).map((link) => {
              const current = link.name === page;
              return html`<li>
                <a
                  part=${current ? 'link current' : 'link'}
                  class="portal__link"
                  href=${this.href(link.path)}
                  data-path=${link.path}
                  aria-current=${current ? 'page' : nothing}
                  >${msg(locale, `portal.page.${link.name}`)}
                  ${
                    link.name === 'notifications' && unread > 0
                      ? html`<span class="badge badge--info"
                          >${msg(locale, 'portal.unread', {count: unread})}</span
                        >`
                      : nothing
                  }</a
                >
              </li>`;
            })}
          </ul>
        </nav>
        ${
          this.resolvedClient
            ? html`<portico-provider .client=${this.resolvedClient}>
                <main part="main" class="portal__main" data-page=${page ?? 'loading'}>
                  ${this.renderPage(page, locale)}
                </main>
              </portico-provider>`
            : html`<main part="main" class="portal__main" data-page="loading">
                ${this.renderPage(undefined, locale)}
              </main>`
        }
      </div>
    </div>`;
  }

  private renderPage(page: PageName | undefined, locale: string): TemplateResult {
    const loading = html`<p class="visually-hidden" role="status">
        ${msg(locale, 'portal.loadingPage')}
      </p>
      <span class="skeleton portal__skeleton" aria-hidden="true"></span>`;
    const router = this.#router;
    if (!router || !page) {
      return router?.failed ? this.renderLoadError(locale) : loading;
    }
    const module = router.page(page);
    if (!module) return router.failed ? this.renderLoadError(locale) : loading;
    return module.render(this.#context(locale));
  }

  private renderLoadError(locale: string): TemplateResult {
    return html`<div class="notice notice--error state state--error" role="alert">
      <p class="state__message">${msg(locale, 'portal.pageError')}</p>
      <button
        part="retry-button"
        class="button button--secondary"
        type="button"
        @click=${() => void this.#go(this.currentPath, true)}
      >
        ${msg(locale, 'state.retry')}
      </button>
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const signedIn = Boolean(this.resolvedClient?.session.isLoggedIn);
    if (!this.hasUpdated && this.resolvedClient && !signedIn) preloadSignIn(this.currentPath);
    if (!signedIn) this.#holdSignIn = false;
    else if (this.#wasSignedIn === false && this.#shown === 'signIn') this.#holdSignIn = true;
    // Released once the login is through its steps (or the session came from elsewhere).
    if (this.#holdSignIn && !this.renderRoot.querySelector('portico-login')?.signingIn) {
      this.#holdSignIn = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const page = this.currentPage;
    // Signed in: the member page replaces the sign-in form that had focus.
    if (this.#shown === 'signIn' && page && page !== 'signIn') this.#focusHeading = true;
    this.#shown = page;
    const signedIn = Boolean(this.resolvedClient?.session.isLoggedIn);
    const signedOut = this.#wasSignedIn === true && !signedIn;
    this.#wasSignedIn = signedIn;
    if (signedOut) {
      this.#returnTo = '/';
      this.profileSaved = false;
      void this.navigate('/');
      return;
    }
    if (!page) return;
    // Signed in, through the login's steps (terms, a new member's profile): on to where the
    // member was going.
    if (page === 'signIn' && this.#router?.route.name === 'signIn' && this.#signedIn) {
      const to = this.#returnTo;
      this.#returnTo = '/';
      void this.navigate(to === '/sign-in' ? '/' : to, {replace: true});
      return;
    }
    const locale = resolveLocale(this.resolvedLang);
    const title = [msg(locale, `portal.page.${page}`), this.#siteTitle].filter(Boolean).join(' · ');
    if (document.title !== title) document.title = title;
    if (this.#focusHeading) {
      const heading = this.renderRoot.querySelector<HTMLElement>('.portal__title');
      if (heading) {
        this.#focusHeading = false;
        heading.focus({preventScroll: true});
        heading.scrollIntoView?.({block: 'nearest'});
      }
    }
  }

  /**
   * Signed in, and through the sign-in page's steps: the current terms accepted, a new
   * member's profile prompt saved or skipped (until then the sign-in page stays).
   */
  get #signedIn(): boolean {
    if (!this.resolvedClient?.session.isLoggedIn) return false;
    if (this.#holdSignIn) return false;
    return this.#me.state.data?.termsAccepted !== false;
  }

  /** Whether the navigation lists `link` for a member (`signedIn`) or a visitor. */
  #listed(link: (typeof PAGES)[number], signedIn: boolean): boolean {
    if (link.member !== null && link.member !== signedIn) return false;
    if (!offered(link, this.#space.state.data?.features)) return false;
    return !link.publishes || this.#public.has(link.name as PublicPage) === true;
  }

  get #base(): string {
    const base = this.base.startsWith('/') ? this.base : `/${this.base}`;
    return base.endsWith('/') ? base : `${base}/`;
  }

  #context(locale: string): PageContext {
    return {
      locale,
      href: (path) => this.href(path),
      signedIn: this.#signedIn,
      features: this.#space.state.data?.features,
      member: this.#me.state.data,
      shopCategory: this.shopCategory,
      bookSlot: this.bookSlot,
      profileSaved: this.profileSaved,
      communityTab: this.#router?.route.publishes,
      heading: (text) => html`<h1 class="portal__title" tabindex="-1">${text}</h1>`,
    };
  }

  async #go(path: string, focus: boolean): Promise<void> {
    this.menuOpen = false;
    // Leaving the shop another way than paying: no trip back to the booking later.
    if (path !== '/shop') this.#creditsReturn = undefined;
    this.bookSlot = undefined;
    this.#path = path;
    const router = await this.#loadRouter().catch(() => undefined);
    if (!router) return;
    await router.goto(path);
    // Only ever raised here: the first page's load (no focus) can end after a sign-in has asked
    // for the member page's heading to take focus, and must not take that back.
    if (focus) this.#focusHeading = true;
    this.requestUpdate();
  }

  #loadRouter(): Promise<PortalRouter> {
    this.#routerLoading ??= import('./portal-router.js').then(
      ({PortalRouter}) => (this.#router = new PortalRouter(this, PAGES, () => this.#signedIn)),
      (error: unknown) => {
        this.#routerLoading = undefined;
        this.requestUpdate();
        throw error;
      },
    );
    return this.#routerLoading;
  }

  private handleLocationChange = (): void => {
    // The host page's own anchors (`#top`) are not portal pages: stay where we are.
    if (this.routing === 'hash' && location.hash && !location.hash.startsWith('#/')) return;
    if (this.routing === 'hash') liftHashQuery();
    const path = this.currentPath;
    if (path === this.#path) return;
    void this.#go(path, true);
  };

  /** Links inside the portal (its own and its pages') change the page without a reload. */
  private handleClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin) return;
    let path: string | undefined;
    if (this.routing === 'hash') {
      if (url.pathname === location.pathname && url.hash.startsWith('#/')) path = url.hash.slice(1);
    } else if (url.pathname.startsWith(this.#base) && !url.hash) {
      path = `/${url.pathname.slice(this.#base.length)}`;
    }
    if (path === undefined) return;
    event.preventDefault();
    void this.navigate(normalize(path));
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.menuOpen) return;
    this.menuOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="menu-button"]')?.focus();
  };

  private handleNeedsSignIn = (): void => {
    const path = this.currentPath;
    if (path !== '/sign-in') this.#returnTo = path;
    void this.navigate('/sign-in');
  };

  /** The login on the sign-in page is done: move on (see `updated`). */
  private handleSignInComplete = (): void => {
    this.requestUpdate();
  };

  /** A visitor who picks a plan signs in (or signs up) first; a member sees their membership. */
  private handlePlanSelected = (): void => {
    if (this.#signedIn) {
      void this.navigate('/membership');
      return;
    }
    this.#returnTo = '/membership';
    if (this.currentPage === 'signIn') {
      // Its email field: where signing in (or up) starts.
      this.renderRoot
        .querySelector('portico-login')
        ?.shadowRoot?.querySelector<HTMLElement>('[part~="input"]')
        ?.focus();
    } else void this.navigate('/sign-in');
  };

  private handleBuyCredits = (event: Event): void => {
    event.preventDefault();
    this.#creditsReturn = undefined;
    this.shopCategory = 'credit_pack';
    void this.navigate('/shop');
  };

  /** The calendar's "Buy credits": to the credit packs, and back to the booking once paid. */
  private handleNeedsCredits = (event: PorticoNeedsCreditsEvent): void => {
    event.preventDefault();
    this.#creditsReturn = {path: this.currentPath, slot: event.detail.selection ?? undefined};
    this.shopCategory = 'credit_pack';
    void this.navigate('/shop');
  };

  private handleProfileUpdated = (): void => {
    this.profileSaved = true;
  };

  private handleOrderPaid = (): void => {
    const back = this.#creditsReturn;
    if (!back) return;
    this.#creditsReturn = undefined;
    void this.navigate(back.path).then(() => (this.bookSlot = back.slot));
  };
}

/** `/book/` → `/book`; the root stays `/`. */
function normalize(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}
