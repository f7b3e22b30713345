import type {PorticoCore, PorticoError} from '@portico/sdk';
import {html, nothing, type ReactiveController, type TemplateResult} from 'lit';
import {msg, resolveLocale, type PlainMessageKey} from '../i18n/index.js';
import {button} from './button.template.js';
import {errorReason} from './error-message.js';
import type {FeatureGate} from './feature-gate.js';
import type {PorticoElement} from './portico-element.js';
import type {QueryController} from './query-controller.js';
import {retryNotice} from './retry-notice.js';

/** What an element that shows data shows right now. */
export type DataView =
  'not-configured' | 'not-offered' | 'loading' | 'signed-out' | 'error' | 'ready';

/** The element a {@link DataStates} serves: a `PorticoClientElement`. */
export interface DataHost extends PorticoElement {
  readonly resolvedClient: PorticoCore | undefined;
  readonly notConfigured: boolean;
}

export interface DataStatesOptions {
  /**
   * The queries the element shows; it is ready once each has data. A function when they
   * depend on what the element knows (a part of the portal the space may turn off).
   */
  queries: readonly QueryController<unknown>[] | (() => readonly QueryController<unknown>[]);
  /**
   * Only a signed-in member has this data (credits, bookings); `false` for public data
   * (plans, products), which a visitor sees too.
   * @default true
   */
  member?: boolean;
  /** What failed, for the error state, e.g. `credits.error`: "Your credits could not be loaded." */
  errorMessage: PlainMessageKey;
  /** What a screen reader hears while the skeleton shows. @default 'state.loading' */
  loadingMessage?: PlainMessageKey;
  /** The signed-out state's text. @default 'state.signedOut' */
  signedOutMessage?: PlainMessageKey;
  /**
   * The optional part of the portal the data belongs to: where the space does not run it, the
   * element shows nothing (`not-offered`), not the 404 its routes answer; until the space is
   * known, a failure may mean just that, so it shows loading and reports nothing.
   */
  gate?: FeatureGate;
  /**
   * Whether these states are the ones the element shows now (an element with two modes keeps
   * one `DataStates` per mode); only those report failures as `portico-error`.
   * @default () => true
   */
  active?: () => boolean;
}

/** What the element draws in the states only it knows. */
export interface DataContent {
  /** The loading placeholder: the final layout's size, so nothing jumps when data arrives. */
  skeleton: () => TemplateResult;
  /** The data (including the element's own "empty" look). */
  ready: () => TemplateResult;
  /** Said politely to screen readers when it changes, e.g. "58 credits". */
  announcement?: () => string;
}

/** How long an action's announcement outlives the renders that follow it. */
const ANNOUNCEMENT_HOLD_MS = 5_000;

/**
 * The states every Portico element that shows data goes through, in one place: not
 * configured, loading (a skeleton), signed out (a slot with a "Sign in" default), error (a
 * human reason from the error's `code` and a Retry button that keeps focus in the widget),
 * ready, and ready-but-stale after a failed refresh. It reports each new failure once as a
 * `portico-error` event, and keeps one polite live region for the element's announcements.
 *
 * @example
 * readonly #credits = new QueryController(this, (c) => c.session.isLoggedIn ? creditsQuery(c) : undefined);
 * readonly #states = new DataStates(this, {queries: [this.#credits], errorMessage: 'credits.error'});
 * render() {
 *   return html`<div part="base" tabindex="-1">${this.#states.render({skeleton, ready})}</div>`;
 * }
 */
export class DataStates implements ReactiveController {
  readonly #host: DataHost;
  readonly #options: DataStatesOptions;
  readonly #reported = new WeakSet<PorticoError>();
  #retrying = false;
  #focusAfterRetry = false;
  #announcement = '';
  #announcedAt = 0;
  #announcementShown = false;

  constructor(host: DataHost, options: DataStatesOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The state to show. */
  get #queries(): readonly QueryController<unknown>[] {
    const {queries} = this.#options;
    return typeof queries === 'function' ? queries() : queries;
  }

  get view(): DataView {
    const client = this.#host.resolvedClient;
    if (!client) return this.#host.notConfigured ? 'not-configured' : 'loading';
    const {gate} = this.#options;
    if (gate?.offered === false) return 'not-offered';
    if (this.#options.member !== false && !client.session.isLoggedIn) {
      // Not "Sign in" for a part that may turn out to be off.
      return gate?.deciding ? 'loading' : 'signed-out';
    }
    const states = this.#queries.map((query) => query.state);
    if (states.every((state) => state.data !== undefined)) return 'ready';
    if (gate?.deciding) return 'loading';
    if (states.some((state) => state.data === undefined && state.status === 'error')) {
      return 'error';
    }
    return this.#retrying ? 'error' : 'loading';
  }

  /** A Retry is under way (its button says so and ignores presses). */
  get retrying(): boolean {
    return this.#retrying && this.#queries.some((query) => query.state.isFetching);
  }

  /** Loading, or retrying: for the element's `aria-busy`. */
  get busy(): boolean {
    return this.view === 'loading' || this.retrying;
  }

  /** The first error among the queries, if any. */
  get error(): PorticoError | undefined {
    return this.#queries.find((query) => query.state.error)?.state.error;
  }

  /** Says `text` to screen readers through the element's live region (an action's outcome). */
  announce(text: string): void {
    this.#announcement = text;
    this.#announcedAt = Date.now();
    this.#announcementShown = false;
    this.#host.requestUpdate();
  }

  /** Tries every failed query again. */
  retry(): void {
    if (this.retrying) return;
    this.#retrying = true;
    const active = this.#host.shadowRoot?.activeElement;
    this.#focusAfterRetry = active?.getAttribute('part') === 'retry-button';
    for (const query of this.#queries) {
      if (query.state.status === 'error' || query.state.data === undefined) query.retry();
    }
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.#retrying && !this.#queries.some((query) => query.state.isFetching)) {
      this.#retrying = false;
    }
    if (this.#options.active?.() === false) return;
    // A part the space does not run (or may not: still deciding) fails by design, with a 404.
    const {gate} = this.#options;
    if (gate && (gate.offered === false || gate.deciding)) return;
    for (const query of this.#queries) {
      const {error, status} = query.state;
      // Each failed attempt once; a 401 is the signed-out state, not an error to report.
      if (!error || status !== 'error' || this.#reported.has(error)) continue;
      this.#reported.add(error);
      if (error.status !== 401) this.#host.emit('portico-error', {detail: {error}});
    }
  }

  hostUpdated(): void {
    // Retry disappears when its request succeeds: keep keyboard focus in the widget.
    if (!this.#focusAfterRetry || this.#retrying) return;
    this.#focusAfterRetry = false;
    const root = this.#host.shadowRoot;
    if (root && !root.querySelector('[part~="retry-button"]')) {
      root.querySelector<HTMLElement>('[part~="base"]')?.focus({preventScroll: true});
    }
  }

  /**
   * The element's base around {@link render}: `part="base"` with the class `frame`, focusable
   * by script (Retry moves focus there when it disappears), and busy while loading; `head`
   * (the element's title) stays above every state.
   */
  renderBase(frame: string, content: DataContent, head?: unknown): TemplateResult {
    if (this.view === 'not-offered') return html``;
    return html`<div
      part="base"
      class=${frame}
      tabindex="-1"
      aria-busy=${this.busy ? 'true' : 'false'}
    >
      ${head}${this.render(content)}
    </div>`;
  }

  /**
   * The element's content for the current state, after its live region; nothing at all for a
   * part the space does not run (an element that draws its own frame checks {@link view}).
   */
  render(content: DataContent): TemplateResult {
    if (this.view === 'not-offered') return html``;
    const locale = resolveLocale(this.#host.resolvedLang);
    const view = this.view;
    const announcement = this.#announcementFor(view, locale, content);
    return html`<p class="visually-hidden" role="status">${announcement}</p>
      ${this.#body(view, locale, content)}`;
  }

  #announcementFor(view: DataView, locale: string, content: DataContent): string {
    // An outcome is said on the next render, whatever the state, and then stays in the region
    // for a while: re-renders right after it (a booking refetches availability, the balance,
    // the list) must not wipe it before it is read. Loading or an error speaks instead.
    if (this.#announcement) {
      const held =
        view !== 'loading' &&
        view !== 'error' &&
        Date.now() - this.#announcedAt < ANNOUNCEMENT_HOLD_MS;
      if (!this.#announcementShown || held) {
        this.#announcementShown = true;
        return this.#announcement;
      }
      this.#announcement = '';
    }
    switch (view) {
      case 'loading':
        return msg(locale, this.#options.loadingMessage ?? 'state.loading');
      case 'error':
        return this.retrying ? msg(locale, 'state.loading') : this.#errorText(locale);
      case 'ready':
        return content.announcement?.() ?? '';
      default:
        return '';
    }
  }

  #body(view: DataView, locale: string, content: DataContent): TemplateResult {
    switch (view) {
      case 'not-configured':
        return html`<p part="error" class="notice notice--error">
          ${msg(locale, 'error.notConfigured')}
        </p>`;
      case 'loading':
        return html`<div class="skeleton-frame" aria-hidden="true">${content.skeleton()}</div>`;
      case 'signed-out':
        return html`<div class="state state--signed-out">
          <p part="message" class="state__message">
            ${msg(locale, this.#options.signedOutMessage ?? 'state.signedOut')}
          </p>
          <slot name="signed-out">
            ${button(msg(locale, 'state.signIn'), {
              class: 'button button--primary',
              part: 'sign-in-button',
              onClick: () => this.#host.emit('portico-needs-sign-in'),
            })}
          </slot>
        </div>`;
      case 'error':
        return this.#failure('error', this.#options.errorMessage, locale);
      case 'ready':
        return html`${content.ready()}${this.#staleNotice(locale)}`;
      case 'not-offered':
        return html``;
    }
  }

  #errorText(locale: string): string {
    return `${msg(locale, this.#options.errorMessage)} ${msg(locale, errorReason(this.error))}`;
  }

  /** Data is shown but its last refresh failed: say so, and offer to try again. */
  #staleNotice(locale: string): TemplateResult | typeof nothing {
    const failed = this.#queries.find((query) => query.state.status === 'error');
    if (!failed && !this.retrying) return nothing;
    return this.#failure('stale', 'state.refreshError', locale);
  }

  /** What failed and why, with a Retry button that says when it is under way. */
  #failure(state: 'error' | 'stale', message: PlainMessageKey, locale: string): TemplateResult {
    return retryNotice(locale, message, this.error, () => this.retry(), {
      parts: 'message',
      className: `state state--${state}`,
      retrying: this.retrying,
    });
  }
}
