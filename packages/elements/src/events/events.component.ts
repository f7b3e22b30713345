import './events.messages.js';
import type {
  Event as CommunityEvent,
  MyEvent,
  PorticoCore,
  QueryDescriptor,
  Space,
} from '@portico/sdk';
import {calendarDayOf, parseInstant} from '@portico/sdk/domain';
import {
  eventCategoriesQuery,
  eventQuery,
  eventsQuery,
  myEventsQuery,
  publicEventsQuery,
} from '@portico/sdk/events';
import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, resolveLocale} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {DataStates} from '../internal/data-states.js';
import {FeatureGate} from '../internal/feature-gate.js';
import {markdownStyles} from '../internal/markdown.js';
import {downloadIcs} from '../internal/download-ics.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {UrlOffer} from '../internal/url-offer.js';
import {selectOptions} from '../internal/field.template.js';
import {renderDetail} from './event-detail.js';
import {renderCalendar, shiftMonth} from './events-calendar.js';
import {renderList, type ListItem} from './events-list.js';
import {RegistrationController} from './registration-controller.js';
import type {KeyCancellation} from './visitor-cancel.js';
import type {VisitorRegistration} from './visitor-registration.js';
import styles from './events.styles.js';

/** Which events the element lists. */
export type EventsView = 'upcoming' | 'past' | 'mine';
type EventPage = {items: CommunityEvent[]; nextCursor: string | null};
type MyEventPage = {items: MyEvent[]; nextCursor: string | null};
/** Enough for a space's programme; the calendar and filters work on this page. */
const LIMIT = 100;

/**
 * @summary The space's events: upcoming and past with a category filter and a month
 * calendar, each event's details with its description, registering (or a ticket, or the
 * waitlist when the seats are gone) after a quote, confirming a seat offered from the
 * waitlist, cancelling, adding to a calendar, and the member's own events. Signed out, it
 * lists the public events, where a visitor registers for a free one with a name and email.
 * @status experimental
 * @since 0.1
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in.
 *
 * @csspart base - The component's wrapper.
 * @csspart views - The Upcoming / Past / My events switch.
 * @csspart category - The category filter.
 * @csspart calendar - The month overview; `calendar-day` is a day with events.
 * @csspart list - The list of events; `event` is one card, `open-button` its title.
 * @csspart price - An event's price; `seats` its seats left; `status` the member's registration.
 * @csspart detail - One event's details; `description` its formatted text.
 * @csspart register-button - Register, get a ticket, or join the waitlist.
 * @csspart quote - The registration form: guests, how to pay, total, refund rule.
 * @csspart confirm-button - Confirms the registration.
 * @csspart confirm-seat-button - Takes a seat offered from the waitlist.
 * @csspart cancel-button - Cancels a registration or leaves the waitlist (after a question).
 * @csspart calendar-button - Downloads the event as an .ics file.
 * @csspart visitor-form - A visitor's registration for a free public event; `visitor-name`
 * and `visitor-email` its fields.
 * @csspart sign-in-button - Asks to sign in (a visitor, or a paid public event).
 * @csspart message - What a visitor is told about signing in.
 * @csspart notice - The outcome of the last action.
 * @csspart error - An error message.
 * @csspart retry-button - The button that tries loading again.
 *
 * @cssprop --portico-events-accent - Date tiles and the calendar's event days. Default `--portico-sys-color-primary-container`.
 * @cssprop --portico-events-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-events-border-color - Card border and separators. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-events-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-events-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-events-muted-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-events-padding - Card padding. Default `--portico-sys-space-lg`.
 *
 * @fires {PorticoEventRegisteredEvent} portico-event-registered - The member has a seat (registered, or an offered seat confirmed).
 * @fires {PorticoEventWaitlistedEvent} portico-event-waitlisted - The seats were gone: the member joined the waitlist.
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - The default "Sign in" button was pressed.
 * @fires {PorticoErrorEvent} portico-error - Loading the events failed.
 */
export class PorticoEvents extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, markdownStyles, styles];

  /** Which events are listed first. */
  @property({reflect: true}) view: EventsView = 'upcoming';

  /** Only events of this category ('' for all). */
  @property({reflect: true}) category = '';

  /** The event whose details are open (its id), '' for the list. */
  @property({attribute: 'event-id', reflect: true}) eventId = '';

  /** A visitor's cancellation key (from their confirmation mail): offers to cancel with it. */
  @property({attribute: 'cancel-key'}) cancelKey: string | undefined;

  /**
   * Keeps the heading out of sight (a page that titles the events itself, e.g. the portal's);
   * screen readers still find it above the events' own headings.
   */
  @property({type: Boolean, reflect: true, attribute: 'hide-title'}) hideTitle = false;

  /** Reads the visitor's cancellation key from the page URL's `?cancel-registration=`. */
  @property({type: Boolean, reflect: true, attribute: 'cancel-key-from-url'})
  cancelKeyFromUrl = false;

  /** The day picked in the calendar, `YYYY-MM-DD`. */
  @state() private day: string | undefined;
  /** The month the calendar shows, `YYYY-MM-01` (this month until the member moves it). */
  @state() private month: string | undefined;

  readonly #flow = new RegistrationController(this, (text) => this.#states.announce(text));
  readonly #gate = new FeatureGate(this, 'events');
  readonly #space: QueryController<Space> = this.#gate.space;
  readonly #events = this.#query<EventPage>((client) =>
    this.view !== 'mine'
      ? eventsQuery(client, {
          // Anything but `past` (a typo in the attribute) lists what is coming.
          when: this.view === 'past' ? 'past' : 'upcoming',
          limit: String(LIMIT),
          ...(this.category ? {category: this.category} : {}),
        })
      : undefined,
  );
  readonly #categories = this.#query((client) => eventCategoriesQuery(client));
  readonly #mine = this.#query<MyEventPage>((client) =>
    this.view === 'mine' ? myEventsQuery(client, {limit: String(LIMIT)}) : undefined,
  );
  readonly #minePast = this.#query<MyEventPage>((client) =>
    this.view === 'mine' ? myEventsQuery(client, {when: 'past', limit: String(LIMIT)}) : undefined,
  );
  readonly #detail = this.#query<CommunityEvent>((client) =>
    this.eventId ? eventQuery(client, this.eventId) : undefined,
  );

  // A visitor sees the public events, and registers for one with a name and email.
  // Its form's code loads the first time a visitor opens an event (members never need it).
  readonly #visitorPart = this.lazy(() => import('./visitor-registration.js'));
  #visitorForm: VisitorRegistration | undefined;
  // A visitor back with the key from their mail: "Cancel your registration?" above the list.
  readonly #keyOffer = new UrlOffer('cancel-registration');
  readonly #keyPart = this.lazy(() => import('./visitor-cancel.js'));
  #keyCancellation: KeyCancellation | undefined;
  // The public events come whole in their list: a visitor's open event is read there, so a
  // members-only event left open at sign-out is simply not among them (no request to refuse).
  readonly #publicEvents = new QueryController<EventPage>(this, (client) =>
    client.session.isLoggedIn
      ? undefined
      : this.#gate.when(publicEventsQuery(client, {limit: String(LIMIT)})),
  );

  /** A query of the member's, while the space runs events. */
  #query<T>(select: (client: PorticoCore) => QueryDescriptor<T> | undefined): QueryController<T> {
    return new QueryController<T>(this, (client) =>
      client.session.isLoggedIn ? this.#gate.when(select(client)) : undefined,
    );
  }

  // One set of states per mode, each ready once its own queries have data.
  readonly #browseStates = this.#statesOf([this.#space, this.#categories, this.#events], () =>
    this.#mode('browse'),
  );
  readonly #mineStates = this.#statesOf([this.#space, this.#mine, this.#minePast], () =>
    this.#mode('mine'),
  );
  readonly #detailStates = this.#statesOf([this.#space, this.#detail], () => this.#mode('detail'));

  readonly #visitorStates = this.#statesOf(
    [this.#space, this.#publicEvents],
    () => this.#mode('visitor'),
    false,
  );

  #statesOf(queries: QueryController<unknown>[], active: () => boolean, member = true): DataStates {
    return new DataStates(this, {
      queries,
      active,
      member,
      gate: this.#gate,
      errorMessage: 'events.error',
      loadingMessage: 'events.loading',
      signedOutMessage: 'events.signedOut',
    });
  }

  /** Nobody is signed in: the public events, for visitors. */
  get #visitor(): boolean {
    return this.resolvedClient?.session.isLoggedIn === false;
  }

  #mode(mode: 'browse' | 'mine' | 'detail' | 'visitor'): boolean {
    if (this.#visitor) return mode === 'visitor';
    if (this.eventId) return mode === 'detail';
    return mode === (this.view === 'mine' ? 'mine' : 'browse');
  }

  get #states(): DataStates {
    if (this.#visitor) return this.#visitorStates;
    if (this.eventId) return this.#detailStates;
    return this.view === 'mine' ? this.#mineStates : this.#browseStates;
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return this.#states.renderBase(
      'events',
      {
        skeleton: () =>
          html`<span class="skeleton"></span><span class="skeleton events__skeleton-card"></span
            ><span class="skeleton events__skeleton-card"></span>`,
        ready: () =>
          this.#visitor
            ? this.renderVisitor(locale)
            : this.eventId
              ? this.renderDetail(locale)
              : this.renderBrowse(locale),
      },
      html`<h2 class=${this.hideTitle ? 'visually-hidden' : 'events__title'}>
        ${msg(locale, 'events.title')}
      </h2>`,
    );
  }

  private renderBrowse(locale: string): TemplateResult {
    const timeZone = this.#space.state.data?.timeZone ?? 'UTC';
    const views: EventsView[] = ['upcoming', 'past', 'mine'];
    const listed = this.listed();
    const shown = this.day
      ? listed.filter(({event}) => calendarDayOf(parseInstant(event.start), timeZone) === this.day)
      : listed;
    const categories = this.#categories.state.data?.items ?? [];
    return html`<div class="events__bar">
        <div
          part="views"
          class="events__views"
          role="group"
          aria-label=${msg(locale, 'events.view')}
        >
          ${views.map((view) =>
            button(msg(locale, `events.view.${view}`), {
              class: 'events__view',
              pressed: this.view === view,
              onClick: () => this.show(view),
            }),
          )}
        </div>
        ${
          this.view === 'mine'
            ? nothing
            : html`<label class="events__filter"
                ><span>${msg(locale, 'events.category')}</span>
                <select
                  part="category"
                  class="input"
                  @change=${(e: Event) => this.filter((e.target as HTMLSelectElement).value)}
                >
                  ${selectOptions(
                    [
                      ['', msg(locale, 'events.category.all')],
                      ...categories.map((c) => [c, c] as const),
                    ],
                    this.category,
                  )}
                </select></label
              >`
        }
      </div>
      <div class="events__layout">
        ${renderCalendar({
          locale,
          timeZone,
          month: this.month ?? `${calendarDayOf(Date.now(), timeZone).slice(0, 8)}01`,
          events: listed.map(({event}) => event),
          day: this.day,
          pick: (day) => (this.day = day),
          move: (months) => this.moveMonth(months, timeZone),
        })}
        <div class="events__main">
          <p class="events__count" aria-live="off">
            ${msg(locale, 'events.count', {count: shown.length})}
          </p>
          ${renderList({
            locale,
            timeZone,
            items: shown,
            emptyMessage: this.view === 'mine' ? 'events.emptyMine' : 'events.empty',
            open: (event) => this.open(event.id),
          })}
          ${this.view === 'mine' ? this.renderPastMine(locale, timeZone) : nothing}
        </div>
      </div>`;
  }

  private renderPastMine(locale: string, timeZone: string): TemplateResult | typeof nothing {
    const past = this.#minePast.state.data?.items ?? [];
    if (past.length === 0) return nothing;
    return html`<h3 class="events__subtitle">${msg(locale, 'events.view.past')}</h3>
      ${renderList({locale, timeZone, items: past, emptyMessage: 'events.emptyMine', open: (event) => this.open(event.id)})}`;
  }

  /** A visitor: the public events (or one, with its form), and a way in for members. */
  private renderVisitor(locale: string): TemplateResult {
    const timeZone = this.#space.state.data?.timeZone;
    const signIn = () => this.emit('portico-needs-sign-in');
    const members = html`<div class="state state--signed-out">
      <p part="message" class="state__message">
        ${msg(locale, this.#publicEvents.state.data?.items.length === 0 ? 'events.signedOut' : 'events.visitor.members')}
      </p>
      <slot name="signed-out">
        ${button(msg(locale, 'state.signIn'), {class: 'button button--secondary', part: 'sign-in-button', onClick: signIn})}
      </slot>
    </div>`;
    const event = this.#publicEvents.state.data?.items.find((e) => e.id === this.eventId);
    const part = event ? this.#visitorPart.get() : undefined;
    if (this.eventId && event) {
      if (!part) return html`<span class="skeleton events__skeleton-card"></span>`;
      this.#visitorForm ??= new part.VisitorRegistration(this, (text) =>
        this.#states.announce(text),
      );
      return this.renderDetail(
        locale,
        event,
        part.renderVisitorForm(locale, event, this.#visitorForm, Date.now(), signIn),
      );
    }
    const items = (this.#publicEvents.state.data?.items ?? []).map((e) => ({
      event: e,
      registration: null,
    }));
    return html`${this.renderKeyCancellation(locale)}${
      items.length > 0
        ? renderList({
            locale,
            timeZone: timeZone ?? 'UTC',
            items,
            emptyMessage: 'events.empty',
            open: (e) => this.open(e.id),
          })
        : nothing
    }${members}`;
  }

  /** The mailed key's question (or its outcome), once its code has loaded. */
  private renderKeyCancellation(locale: string): TemplateResult | typeof nothing {
    const token = this.#keyOffer.token(this.cancelKey, this.cancelKeyFromUrl);
    const part = token || this.#keyCancellation ? this.#keyPart.get() : undefined;
    if (!part) return nothing;
    if (token && this.#keyCancellation?.token !== token) {
      this.#keyCancellation = new part.KeyCancellation(
        this,
        (text) => this.#states.announce(text),
        token,
        () => {
          this.#keyOffer.settle(this.cancelKeyFromUrl);
          // The question's buttons are gone: keep the keyboard on its outcome (or the widget).
          void this.updateComplete.then(() => {
            const root = this.shadowRoot;
            const to =
              root?.querySelector('[part~="notice"]') ?? root?.querySelector('[part~="base"]');
            (to as HTMLElement | null | undefined)?.focus();
          });
        },
      );
    }
    const titleOf = (id: string) =>
      this.#publicEvents.state.data?.items.find((e) => e.id === id)?.title;
    return this.#keyCancellation
      ? part.renderKeyCancellation(locale, this.#keyCancellation, titleOf)
      : nothing;
  }

  private renderDetail(
    locale: string,
    event = this.#detail.state.data,
    visitorActions?: TemplateResult | typeof nothing,
  ): TemplateResult {
    if (!event) return html`<span class="skeleton events__skeleton-card"></span>`;
    return renderDetail({
      visitorActions,
      locale,
      timeZone: this.#space.state.data?.timeZone,
      event,
      now: Date.now(),
      flow: this.#flow,
      back: () => this.open(''),
      download: (e) => this.download(e),
    });
  }

  /** The list the current view shows, each event with the member's registration. */
  private listed(): ListItem[] {
    if (this.view === 'mine')
      return (this.#mine.state.data?.items ?? []).map(({event, registration}) => ({
        event,
        registration,
      }));
    return (this.#events.state.data?.items ?? []).map((event) => ({
      event,
      registration: event.myRegistration,
    }));
  }

  private show(view: EventsView): void {
    this.view = view;
    this.day = undefined;
  }

  private filter(category: string): void {
    this.category = category;
    this.day = undefined;
  }

  private moveMonth(months: number, timeZone: string): void {
    const current = this.month ?? `${calendarDayOf(Date.now(), timeZone).slice(0, 8)}01`;
    this.month = shiftMonth(current, months);
    this.day = undefined;
  }

  /** Opens an event's details ('' back to the list); focus follows once it has rendered. */
  private open(eventId: string): void {
    this.#focusNext = eventId ? '#event-title' : `[data-event-id="${this.eventId}"] button`;
    this.eventId = eventId;
    this.#flow.back();
    this.#visitorForm?.reset();
  }

  /** Where focus goes when it appears: the details' title, or the card the member came from. */
  #focusNext: string | undefined;

  protected override updated(): void {
    const target = this.#focusNext && this.renderRoot.querySelector<HTMLElement>(this.#focusNext);
    if (!target) return;
    this.#focusNext = undefined;
    target.focus();
  }

  private download(event: CommunityEvent): void {
    const space = this.#space.state.data;
    void downloadIcs(`${event.id}.ics`, {
      booking: {
        id: event.id,
        resourceName: event.title,
        start: event.start,
        end: event.end,
        note: null,
        status: 'confirmed',
      },
      timeZone: space?.timeZone ?? 'UTC',
      location: [event.place.name, event.place.address].filter(Boolean).join(', '),
      now: new Date().toISOString(),
    });
  }
}
