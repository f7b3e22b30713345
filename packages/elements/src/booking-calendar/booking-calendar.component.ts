import './booking-calendar.messages.js';
import {type Availability, type Resource, type ResourceType, type Space} from '@portico/sdk';
import {availabilityQuery, resourcesQuery} from '@portico/sdk/resources';
import {spaceQuery} from '@portico/sdk/space';
import {addDays, calendarDayOf} from '@portico/sdk/domain';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, resolveLocale} from '../i18n/index.js';
import {DataStates} from '../internal/data-states.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import type {PorticoSlotSelectedEvent} from '../dom-events/portico-slot-selected.js';
import {retryNotice} from '../internal/retry-notice.js';
import {renderBar} from './booking-bar.template.js';
import {BookingFlow} from './booking-flow.js';
import {renderPanel} from './booking-panel.template.js';
import {renderList} from './calendar-list.template.js';
import {renderToolbar} from './calendar-toolbar.template.js';
import {amenitiesOf, filterResources, windowOf, type CalendarView} from './calendar-view.js';
import {GridController, type GridSource} from './grid-controller.js';
import {GridInputController} from './grid-input-controller.js';
import {MyBookings} from './my-bookings.js';
import {SelectionController} from './selection-controller.js';
import styles from './booking-calendar.styles.js';

/** Screens this narrow (CSS px) show the list view unless `view` is set. */
const NARROW = 480;

/**
 * @summary Find, book, repeat and cancel rooms and desks: availability over a day (resources
 * × time), a week or a list of free slots, in the space's time zone; a booking panel with the
 * server's quote; and the member's own bookings.
 * @status experimental
 * @since 0.1
 *
 * @slot signed-out - Replaces the "Sign in" button of the booking panel's signed-out state.
 *
 * @csspart base - The component's wrapper.
 * @csspart toolbar - Views, dates and filters.
 * @csspart grid - The day or week grid (an ARIA grid).
 * @csspart list - The list view.
 * @csspart panel - The booking panel.
 * @csspart issue - Why the selected time cannot be booked (a rule, or the server's refusal).
 * @csspart taken - Says the selection was taken by someone else meanwhile.
 * @csspart quote - The server's quote in the panel.
 * @csspart occurrences - The list of a repeat's dates in the quote.
 * @csspart note - The note field.
 * @csspart repeat - The repeat select.
 * @csspart repeat-count - How many times a repeat happens.
 * @csspart repeat-until - The last day of a repeat.
 * @csspart confirm-button - Confirm (or "Send request" for resources that need approval).
 * @csspart buy-credits-button - Replaces Confirm when the credits fall short (and follows a 402).
 * @csspart summary-bar - Narrow widths: the selection, its price and Confirm, stuck to the bottom of the screen.
 * @csspart bar-price - The price in the summary bar.
 * @csspart outcome - The outcome of the last booking.
 * @csspart accept-terms-button - Accepts the space's terms and books (after a 403).
 * @csspart my-bookings - The member's bookings.
 * @csspart mine-message - The outcome of a cancellation or an .ics download in my bookings.
 * @csspart ics-button - Downloads a booking as an .ics calendar file.
 * @csspart cancel-button - Starts cancelling a booking.
 * @csspart cancel-confirm - The refund a cancellation gives, shown before confirming it.
 * @csspart cancel-confirm-button - Confirms the cancellation.
 * @csspart error - Error notices.
 * @csspart retry-button - Retry after a failed load.
 *
 * @cssprop --portico-booking-calendar-background - Background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-booking-calendar-border-color - Grid lines and the frame. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-booking-calendar-border-radius - Corners of the frame. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-booking-calendar-busy-color - Stripes of booked cells. Default `--portico-sys-color-outline`.
 * @cssprop --portico-booking-calendar-cell-height - Row height. Default `1.5rem`.
 * @cssprop --portico-booking-calendar-closed-background - Closed and unavailable cells. Default: 11% of `--portico-sys-color-on-surface` over `--portico-sys-color-surface`.
 * @cssprop --portico-booking-calendar-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-booking-calendar-focus-color - Focus ring. Default `--portico-sys-color-focus-ring`.
 * @cssprop --portico-booking-calendar-free-background - Free cells. Default `--portico-sys-color-surface`.
 * @cssprop --portico-booking-calendar-label-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-booking-calendar-padding - Space inside the frame. Default `--portico-sys-space-lg`.
 * @cssprop --portico-booking-calendar-selected-background - Selected cells. Default `--portico-sys-color-primary`.
 *
 * @fires {PorticoSlotSelectedEvent} portico-slot-selected - The member selected a time.
 * @fires {PorticoBookingCreatedEvent} portico-booking-created - A booking was made.
 * @fires {PorticoBookingCancelledEvent} portico-booking-cancelled - The member cancelled a booking.
 * @fires {PorticoNeedsCreditsEvent} portico-needs-credits - "Buy credits" was pressed: the booking needs more credits than the member has. Cancelable; otherwise a `<portico-shop>` on the page opens on credit packs, and after an order is paid the calendar comes back to the selection.
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - Booking needs a signed-in member.
 * @fires {PorticoErrorEvent} portico-error - Loading the space, resources or availability failed.
 */
export class PorticoBookingCalendar extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** `day` (resources × time), `week` (one resource, or all with `compact`), `list` (free slots). Narrow screens default to `list`. */
  @property({reflect: true}) view: CalendarView | undefined;

  /** The day shown (`YYYY-MM-DD` in the space's time zone); today by default. */
  @property({reflect: true}) date = '';

  /** Show only this type of resource. */
  @property({attribute: 'resource-type'}) resourceType: ResourceType | '' = '';

  /** Show only these resources: ids, comma-separated. */
  @property({attribute: 'resource-ids'}) resourceIds = '';

  /** First hour shown (`8` or `08:30`); the earliest opening by default. */
  @property({attribute: 'hour-start'}) hourStart = '';

  /** End of the last hour shown (`20` or `19:30`); the latest closing by default. */
  @property({attribute: 'hour-end'}) hourEnd = '';

  /** Availability only, no booking and no sign-in (public pages). */
  @property({type: Boolean, reflect: true}) readonly = false;

  /** Denser cells; the week view shows every resource side by side. */
  @property({type: Boolean, reflect: true}) compact = false;

  /**
   * A time to select once the calendar has loaded (the portal sets it when the member comes
   * back from buying credits); the day shown moves to it.
   */
  @property({attribute: false}) initialSlot:
    {resourceId: string; start: string; end: string} | undefined;

  /** The current instant (ISO); the clock by default. Stories and tests pin it. */
  @property({attribute: false}) now: string | undefined;

  @state() private narrow = false;
  @state() private typeFilter: ResourceType | '' | undefined;
  @state() private capacityFilter = 0;
  @state() private amenityFilter = '';
  @state() private weekResourceId = '';

  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));
  readonly #resources = new QueryController<{items: Resource[]}>(this, (client) =>
    resourcesQuery(client),
  );
  // Outside the DataStates: moving to another day keeps the toolbar and shows a skeleton grid.
  readonly #availability = new QueryController<Availability>(
    this,
    (client) => {
      const space = this.#space.state.data;
      if (!space) return undefined;
      const view = this.effectiveView === 'week' ? 'week' : 'day';
      return availabilityQuery(client, windowOf(view, this.day, space.timeZone));
    },
    {onError: (error) => error.status !== 401 && this.emit('portico-error', {detail: {error}})},
  );
  readonly #states = new DataStates(this, {
    queries: [this.#space, this.#resources],
    member: false,
    errorMessage: 'calendar.error',
    loadingMessage: 'calendar.loading',
  });
  readonly #flow: BookingFlow = new BookingFlow(this, {
    selection: () => this.#selection.committed,
    committed: () => !!this.#selection.picked?.committed,
    space: () => this.#space.state.data,
    announce: (text) => this.#states.announce(text),
    booked: () => this.#selection.spend(),
  });
  readonly #selection: SelectionController = new SelectionController(this, {
    grid: () => this.#grid.grid,
    space: () => this.#space.state.data,
    now: () => this.nowIso,
    day: () => this.day,
    showDay: (day) => (this.date = day),
    flow: this.#flow,
    announce: (text) => this.#states.announce(text),
  });
  readonly #input = new GridInputController(this, {
    grid: () => this.#grid.grid,
    readonly: () => this.readonly,
    selection: this.#selection,
  });
  // Added after the input controller: a cell takes focus before the grid scrolls.
  readonly #grid = new GridController(this, () => this.#gridSource());
  readonly #mine = new MyBookings(this);
  readonly #recurrence = this.lazy(() => import('./booking-recurrence.template.js'));
  #resize: ResizeObserver | undefined;

  /** My bookings show for a signed-in member, not in `readonly` mode. */
  get showMine(): boolean {
    return !this.readonly;
  }

  /** The view shown: `view`, else the list on a narrow screen and the day elsewhere. */
  get effectiveView(): CalendarView {
    const view = this.view;
    if (view === 'day' || view === 'week' || view === 'list') return view;
    return this.narrow ? 'list' : 'day';
  }

  /** The day shown, `YYYY-MM-DD` in the space. */
  get day(): string {
    if (this.date) return this.date;
    const tz = this.#space.state.data?.timeZone ?? 'UTC';
    return calendarDayOf(Date.parse(this.nowIso), tz);
  }

  /** Now, to the minute (a new minute is what makes the grid recompute what is past). */
  private get nowIso(): string {
    return this.now ?? new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize = new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? Infinity) <= NARROW;
      // After this frame's observations: switching views changes the size it observes.
      if (narrow !== this.narrow) setTimeout(() => (this.narrow = narrow));
    });
    this.#resize.observe(this);
    window.addEventListener('portico-slot-selected', this.#handleSlotSelected);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    window.removeEventListener('portico-slot-selected', this.#handleSlotSelected);
  }

  /** Another element on the page (a floor plan) chose a time: select it here too. */
  readonly #handleSlotSelected = (event: PorticoSlotSelectedEvent): void => {
    if (event.composedPath().includes(this) || this.readonly) return;
    const {resourceId, start, end} = event.detail;
    // The week of one resource moves to the chosen one.
    if (this.shown.some((r) => r.id === resourceId)) this.weekResourceId = resourceId;
    this.#selection.follow({resourceId, start, end});
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.typeFilter === undefined || changed.has('resourceType')) {
      this.typeFilter = this.resourceType;
    }
    this.#selection.watchTaken(this.#availability.state.data);
    this.#selection.applySlot(this.initialSlot);
  }

  protected override render(): TemplateResult {
    return html`<div
      part="base"
      class="calendar"
      tabindex="-1"
      aria-busy=${this.#states.busy ? 'true' : 'false'}
    >
      ${this.#states.render({
        skeleton: () => html`<div class="calendar__skeleton skeleton"></div>`,
        ready: () => this.#renderReady(),
      })}
    </div>`;
  }

  /** The resources shown, after the attributes and the member's filters. */
  private get shown(): Resource[] {
    const all = this.#resources.state.data?.items ?? [];
    const ids = this.resourceIds
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    return filterResources(all, {
      type: this.typeFilter,
      ids,
      capacity: this.capacityFilter,
      amenity: this.amenityFilter,
    });
  }

  /** What the grid shows (the day grid for the list view, to resolve its selections). */
  #gridSource(): GridSource | undefined {
    const space = this.#space.state.data;
    const availability = this.#availability.state.data;
    if (!space || !availability) return undefined;
    const view: GridSource['view'] = this.effectiveView === 'week' ? 'week' : 'day';
    let resources = this.shown;
    if (view === 'week' && !this.compact) {
      const chosen = resources.find((r) => r.id === this.weekResourceId);
      resources = chosen ? [chosen] : resources.slice(0, 1);
    }
    const {day, compact, hourStart, hourEnd} = this;
    return {
      space,
      availability,
      now: this.nowIso,
      view,
      day,
      compact,
      hourStart,
      hourEnd,
      resources,
    };
  }

  #renderReady(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    const space = this.#space.state.data as Space;
    const all = this.#resources.state.data?.items ?? [];
    const view = this.effectiveView;
    const shown = this.shown;
    const client = this.resolvedClient;
    const now = Date.parse(this.nowIso);
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const panel = this.readonly
      ? null
      : this.#flow.panel({
          locale,
          space,
          now,
          signedIn: !!client?.session.isLoggedIn,
          taken: this.#selection.taken,
          onClear: () => this.#selection.clear(),
          onSignIn: () => this.emit('portico-needs-sign-in'),
          recurrence: this.#recurrence,
          // On a phone the panel is far below the slots: Confirm rides in a bar at the bottom.
          actionInBar: this.narrow,
        });
    return html`
      ${renderToolbar({
        locale,
        view,
        day: this.day,
        timeZone: space.timeZone,
        resources: all,
        shown,
        types: [...new Set(all.map((r) => r.type))],
        amenities: amenitiesOf(all),
        filter: {
          type: this.typeFilter ?? '',
          capacity: this.capacityFilter,
          amenity: this.amenityFilter,
        },
        weekResourceId: this.weekResourceId || shown[0]?.id || '',
        compact: this.compact,
        onView: (v) => (this.view = v),
        onDay: (d) => this.#setDay(d),
        onToday: () => this.#setDay(calendarDayOf(now, space.timeZone)),
        onStep: (n) => this.#setDay(addDays(this.day, n * (view === 'week' ? 7 : 1))),
        onFilter: (f) => {
          if (f.type !== undefined) this.typeFilter = f.type;
          if (f.capacity !== undefined) this.capacityFilter = f.capacity;
          if (f.amenity !== undefined) this.amenityFilter = f.amenity;
        },
        onWeekResource: (id) => (this.weekResourceId = id),
      })}
      ${
        browserZone !== space.timeZone
          ? html`<p class="calendar__zone">
              ${msg(locale, 'calendar.timeZone', {zone: space.timeZone})}
            </p>`
          : nothing
      }
      ${shown.length === 0 ? html`<p class="notice notice--info">${msg(locale, 'calendar.noResources')}</p>` : this.#renderAvailability(locale, space, view, shown)}
      ${panel ? renderPanel(panel) : nothing}
      ${client?.session.isLoggedIn ? this.#mine.render(locale, space, now) : nothing}
      ${panel?.actionInBar ? renderBar(panel) : nothing}
    `;
  }

  /** The grid or the list; a skeleton while availability loads, the reason and Retry if it failed. */
  #renderAvailability(
    locale: string,
    space: Space,
    view: CalendarView,
    shown: Resource[],
  ): TemplateResult {
    const {data, status, error, isFetching} = this.#availability.state;
    if (data && view === 'list') {
      return renderList({
        locale,
        timeZone: space.timeZone,
        availability: data,
        resources: shown,
        now: Date.parse(this.nowIso),
        picked: this.#selection.picked,
        readonly: this.readonly,
        onPick: (resourceId, start) => this.#selection.pickInstant(resourceId, start),
      });
    }
    if (data) {
      return this.#grid.render({
        locale,
        selection: this.readonly ? null : this.#selection.selection,
        readonly: this.readonly,
        compact: this.compact,
        input: this.#input,
      });
    }
    if (status === 'error' && !isFetching) {
      return retryNotice(locale, 'calendar.error', error, () => this.#availability.retry(), {
        parts: 'notice',
      });
    }
    return html`<div class="calendar__skeleton skeleton" aria-busy="true">
      <span class="visually-hidden">${msg(locale, 'calendar.loading')}</span>
    </div>`;
  }

  #setDay(day: string): void {
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) this.date = day;
  }
}
