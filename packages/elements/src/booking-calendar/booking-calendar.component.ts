import './booking-calendar.messages.js';
import {type Availability, type Resource, type ResourceType, type Space} from '@portico/sdk';
import {availabilityQuery, resourcesQuery} from '@portico/sdk/resources';
import {spaceQuery} from '@portico/sdk/space';
import {addDays, calendarDayOf, instantToZonedParts} from '@portico/sdk/domain';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {formatCalendarDay, formatTime, formatTimeRange, msg, resolveLocale} from '../i18n/index.js';
import {DataStates} from '../internal/data-states.js';
import {errorReason} from '../internal/error-message.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {BookingFlow, type RepeatForm} from './booking-flow.js';
import {renderBar} from './booking-bar.template.js';
import {outcomeText, renderPanel, type PanelInput} from './booking-panel.template.js';
import {buildCalendarGrid, type CalendarGrid, type ResourceTimes} from './calendar-grid.js';
import {columnLabel, renderGrid} from './calendar-grid.template.js';
import {keyMove} from './calendar-keys.js';
import {isSelected, resolveSelection, type ResolvedSelection} from './calendar-selection.js';
import {renderToolbar} from './calendar-toolbar.template.js';
import {
  amenitiesOf,
  columnsOf,
  filterResources,
  listSlots,
  windowOf,
  type CalendarView,
} from './calendar-view.js';
import styles from './booking-calendar.styles.js';
import {MyBookings} from './my-bookings.js';

/** A selection by instants, so it survives a new grid (filters, realtime, another view). */
interface Picked {
  readonly resourceId: string;
  readonly day: string;
  readonly anchor: number;
  readonly focus: number;
  /** Click released or Enter pressed: the panel quotes it. */
  readonly committed: boolean;
}

/** Screens this narrow (CSS px) show the list view unless `view` is set. */
const NARROW = 480;
/** How long a finger rests on a cell before a drag starts (as a long press does on phones). */
const LONG_PRESS_MS = 400;
/** How far a finger moves before it counts as a swipe (the browser then scrolls). */
const TOUCH_SLOP_PX = 10;

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
 * @fires {PorticoNeedsCreditsEvent} portico-needs-credits - "Buy credits" was pressed: the booking needs more credits than the member has. Cancelable; otherwise a `<portico-product-shop>` on the page opens on credit packs, and after an order is paid the calendar comes back to the selection.
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
  @state() private picked: Picked | null = null;
  @state() private taken = false;

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
  readonly #flow = new BookingFlow(this);
  readonly #mine = new MyBookings(this);

  #focus = {row: 0, column: 0};
  #focusAfterRender = false;
  /** Focus the booking's outcome once it shows (after Confirm). */
  #focusOutcome = false;
  /** The member went to buy credits from here: come back to the selection once paid. */
  #awaitingCredits = false;
  /** The `slot` last applied, so each is selected once. */
  #appliedSlot: PorticoBookingCalendar['initialSlot'];
  /** The day and view the grid was last scrolled for (see `#scrollToFirstFree`). */
  #scrolledFor: string | undefined;
  #dragging = false;
  /**
   * A finger resting on a cell: lifted soon, it is a tap (selects the cell); held still for
   * LONG_PRESS_MS, it starts a drag; moved first, the page scrolls and nothing is selected.
   */
  #touch: {at: {row: number; column: number}; x: number; y: number; timer: number} | undefined;
  #resize: ResizeObserver | undefined;
  #grid: {key: unknown[]; grid: CalendarGrid} | undefined;
  #lastAvailability: Availability | undefined;
  #columnLabels: {key: string; columns: CalendarGrid['columns']; labels: string[]} | undefined;

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
    window.addEventListener('portico-order-paid', this.handleOrderPaid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#endTouch();
    window.removeEventListener('portico-order-paid', this.handleOrderPaid);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.typeFilter === undefined || changed.has('resourceType')) {
      this.typeFilter = this.resourceType;
    }
    this.#watchTaken();
    this.#applySlot();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterRender) {
      this.#focusAfterRender = false;
      this.#focusedCell()?.focus({preventScroll: false});
    }
    if (this.#focusOutcome) {
      this.#focusOutcome = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="outcome"]')?.focus();
    }
    this.#scrollToFirstFree();
  }

  /**
   * Once per day and view shown, scrolls the grid to the first row with a free cell: this
   * evening's calendar opens on the evening, not on the morning's past hours.
   */
  #scrollToFirstFree(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.calendar__scroll');
    const grid = scroller ? this.grid : undefined;
    if (!scroller || !grid) return;
    const key = `${this.effectiveView}|${this.day}`;
    if (this.#scrolledFor === key) return;
    this.#scrolledFor = key;
    const row = grid.cells.findIndex((cells) => cells.some((c) => c.state === 'free'));
    const cell = row > 0 ? scroller.querySelector(`[data-row="${row}"]`) : null;
    const head = scroller.querySelector<HTMLElement>('.grid__row--head');
    if (!cell) return;
    const offset = cell.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += offset - (head?.offsetHeight ?? 0);
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="calendar" tabindex="-1">
      ${this.#states.render({
        skeleton: () => html`<div class="calendar__skeleton skeleton"></div>`,
        ready: () => this.#renderReady(),
      })}
    </div>`;
  }

  // ---- data -------------------------------------------------------------------------

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

  /** The grid of the current view (the day grid for the list view, to resolve selections). */
  private get grid(): CalendarGrid | undefined {
    const space = this.#space.state.data;
    const availability = this.#availability.state.data;
    if (!space || !availability) return undefined;
    const view = this.effectiveView === 'week' ? 'week' : 'day';
    let shown = this.shown;
    if (view === 'week' && !this.compact) {
      const chosen = shown.find((r) => r.id === this.weekResourceId);
      shown = chosen ? [chosen] : shown.slice(0, 1);
    }
    const key = [
      space,
      availability,
      this.nowIso,
      view,
      this.day,
      this.compact,
      this.hourStart,
      this.hourEnd,
      ...shown,
    ];
    const cached = this.#grid;
    if (cached && cached.key.length === key.length && cached.key.every((k, i) => k === key[i])) {
      return cached.grid;
    }
    const map = new Map<string, ResourceTimes>(
      availability.resources.map((r) => [r.resourceId, r]),
    );
    const grid = buildCalendarGrid({
      space,
      columns: columnsOf(view, this.day, shown, this.compact),
      availability: map,
      now: this.nowIso,
      hourStart: hourText(this.hourStart),
      hourEnd: hourText(this.hourEnd),
      previous: cached?.grid,
    });
    this.#grid = {key, grid};
    return grid;
  }

  private get selection(): ResolvedSelection | null {
    const picked = this.picked;
    const grid = this.grid;
    const space = this.#space.state.data;
    if (!picked || !grid || !space) return null;
    const column = grid.columns.findIndex(
      (c) => c.resource.id === picked.resourceId && c.day === picked.day,
    );
    if (column < 0) return null;
    const rowOf = (at: number) => grid.cells.findIndex((row) => row[column]?.start === at);
    const anchorRow = rowOf(picked.anchor);
    const focusRow = rowOf(picked.focus);
    if (anchorRow < 0 || focusRow < 0) return null;
    return resolveSelection(grid, {column, anchorRow, focusRow}, space, this.nowIso);
  }

  /**
   * Realtime: when new availability makes the committed selection unbookable (someone took
   * it), drop it and say so; otherwise the selection stays as it is.
   */
  #watchTaken(): void {
    const availability = this.#availability.state.data;
    if (availability === this.#lastAvailability) return;
    const previous = this.#lastAvailability;
    this.#lastAvailability = availability;
    if (!previous || !this.picked?.committed || this.#flow.outcome?.kind === 'taken') return;
    const selection = this.selection;
    if (selection?.issue === 'busy' || selection?.issue === 'buffer') {
      this.picked = null;
      this.taken = true;
      this.#flow.reset();
      this.#states.announce(msg(this.resolvedLang, 'calendar.selectionTaken'));
    }
  }

  // ---- rendering ----------------------------------------------------------------------

  #renderReady(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    const space = this.#space.state.data as Space;
    const all = this.#resources.state.data?.items ?? [];
    const view = this.effectiveView;
    const shown = this.shown;
    const client = this.resolvedClient;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const selection = this.readonly ? null : this.selection;
    const panel: PanelInput | null = this.readonly
      ? null
      : {
          locale,
          space,
          now: Date.parse(this.nowIso),
          selection: this.picked?.committed ? selection : null,
          flow: this.#flow,
          signedIn: !!client?.session.isLoggedIn,
          taken: this.taken,
          onConfirm: () => void this.#confirm(),
          onAcceptTerms: () => void this.#acceptTerms(),
          onClear: () => this.#clear(),
          onSignIn: () => this.emit('portico-needs-sign-in'),
          onBuyCredits: () => this.#needsCredits(),
          onRepeat: (r) => this.#setRepeat(r),
          onRetryQuote: () => this.#quote(),
          // On a phone the panel is far below the slots: Confirm rides in a bar at the bottom.
          actionInBar: this.narrow,
        };
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
        onView: (v) => this.#setView(v),
        onDay: (d) => this.#setDay(d),
        onToday: () => this.#setDay(calendarDayOf(Date.parse(this.nowIso), space.timeZone)),
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
      ${
        shown.length === 0
          ? html`<p class="notice notice--info">${msg(locale, 'calendar.noResources')}</p>`
          : !this.#availability.state.data
            ? this.#renderAvailabilityState(locale)
            : view === 'list'
              ? this.#renderList(locale, space, shown)
              : this.#renderGrid(locale, space, view, selection)
      }
      ${panel ? renderPanel(panel) : nothing}
      ${client?.session.isLoggedIn ? this.#mine.render(locale, space, Date.parse(this.nowIso)) : nothing}
      ${panel?.actionInBar ? renderBar(panel) : nothing}
    `;
  }

  /** Availability is loading (a skeleton), or failed (the reason and Retry). */
  #renderAvailabilityState(locale: string): TemplateResult {
    const {status, error, isFetching} = this.#availability.state;
    if (status === 'error' && !isFetching) {
      return html`<div part="error" class="notice notice--error">
        <p>${msg(locale, 'calendar.error')} ${msg(locale, errorReason(error))}</p>
        <button
          part="retry-button"
          class="button button--secondary"
          type="button"
          @click=${() => this.#availability.retry()}
        >
          ${msg(locale, 'state.retry')}
        </button>
      </div>`;
    }
    return html`<div class="calendar__skeleton skeleton" aria-busy="true">
      <span class="visually-hidden">${msg(locale, 'calendar.loading')}</span>
    </div>`;
  }

  #renderGrid(
    locale: string,
    space: Space,
    view: CalendarView,
    selection: ResolvedSelection | null,
  ): TemplateResult {
    const grid = this.grid;
    if (!grid) return html``;
    const rows = grid.rows.length;
    const columns = grid.columns.length;
    this.#focus = {
      row: Math.min(this.#focus.row, rows - 1),
      column: Math.min(this.#focus.column, columns - 1),
    };
    const week = view === 'week';
    // The grid keeps its columns array while the columns stay (an availability change).
    const labelKey = `${locale}|${week}|${this.compact}`;
    let cachedLabels = this.#columnLabels;
    if (cachedLabels?.key !== labelKey || cachedLabels.columns !== grid.columns) {
      const labels = grid.columns.map((c) => columnLabel(c, locale, week, !week || this.compact));
      cachedLabels = {key: labelKey, columns: grid.columns, labels};
      this.#columnLabels = cachedLabels;
    }
    const columnLabels = cachedLabels.labels;
    const notice = dayNotice(grid);
    const first = grid.columns[0]?.day ?? this.day;
    const last = grid.columns.at(-1)?.day ?? this.day;
    const range =
      first === last
        ? formatCalendarDay(locale, first)
        : `${formatCalendarDay(locale, first, 'short')} – ${formatCalendarDay(locale, last, 'short')}`;
    return html`
      ${notice ? html`<p class="notice notice--info">${msg(locale, notice)}</p>` : nothing}
      ${
        this.readonly
          ? nothing
          : html`<p class="calendar__hint" id="grid-hint">${msg(locale, 'calendar.hint')}</p>`
      }
      ${renderLegend(locale, this.readonly)}
      <div
        class=${`calendar__scroll${this.compact ? ' calendar__scroll--compact' : ''}`}
        @pointerdown=${this.handlePointerDown}
        @pointermove=${this.handlePointerMove}
        @pointerup=${this.handlePointerUp}
        @pointercancel=${this.handlePointerCancel}
        @touchmove=${this.#touchMoveListener}
        @contextmenu=${this.handleContextMenu}
        @keydown=${this.handleKeyDown}
        @focusin=${this.handleFocusIn}
      >
        ${renderGrid({
          grid,
          locale,
          rowLabels: rowLabels(grid, locale, space.timeZone),
          columnLabels,
          selected: (r) =>
            selection && isSelected(selection, selection.column, r) ? selection.column : null,
          focus: this.#focus,
          label: msg(locale, 'calendar.gridLabel', {range}),
          readonly: this.readonly,
        })}
      </div>
    `;
  }

  #renderList(locale: string, space: Space, shown: Resource[]): TemplateResult {
    const availability = this.#availability.state.data as Availability;
    const map = new Map<string, ResourceTimes>(
      availability.resources.map((r) => [r.resourceId, r]),
    );
    const now = Date.parse(this.nowIso);
    const picked = this.picked?.committed ? this.picked : null;
    const entries = listSlots(shown, map, space.timeZone)
      .map((e) => ({...e, slots: e.slots.filter((s) => Date.parse(s.start) >= now)}))
      .filter((e) => e.slots.length > 0);
    if (entries.length === 0) {
      return html`<p part="list" class="notice notice--info">
        ${msg(locale, 'calendar.listEmpty')}
      </p>`;
    }
    return html`<div part="list" class="list">
      ${entries.map(
        ({resource, slots}) =>
          html`<section class="list__resource" aria-label=${resource.name}>
            <h3 class="list__name">
              ${resource.name}
              <span class="list__seats"
                >${msg(locale, 'calendar.seats', {count: resource.capacity})}</span
              >
            </h3>
            <ul class="list__slots">
              ${slots.map((slot) => {
                const chosen =
                  picked?.resourceId === resource.id && picked.anchor === Date.parse(slot.start);
                return html`<li>
                  <button
                    type="button"
                    class=${`button button--secondary list__slot${chosen ? ' list__slot--selected' : ''}`}
                    aria-pressed=${chosen ? 'true' : 'false'}
                    aria-label=${
                      // Starts with the visible time, so voice control finds it (WCAG 2.5.3).
                      `${formatTime(locale, slot.start, space.timeZone)}, ${resource.name}, ${formatTimeRange(locale, slot.start, slot.end, space.timeZone)}`
                    }
                    ?disabled=${this.readonly}
                    @click=${() => this.#pickInstant(resource.id, Date.parse(slot.start))}
                  >
                    ${formatTime(locale, slot.start, space.timeZone)}
                  </button>
                </li>`;
              })}
            </ul>
          </section>`,
      )}
    </div>`;
  }

  // ---- interaction --------------------------------------------------------------------

  private cellFrom(event: Event): {row: number; column: number} | null {
    const target = event.composedPath()[0];
    const cell = target instanceof Element ? target.closest<HTMLElement>('[data-row]') : null;
    return cell ? {row: Number(cell.dataset['row']), column: Number(cell.dataset['col'])} : null;
  }

  private handlePointerDown(event: PointerEvent): void {
    const at = this.cellFrom(event);
    if (!at || event.button !== 0) return;
    this.#focus = at;
    this.#focusAfterRender = true;
    if (this.readonly) return this.requestUpdate();
    if (event.pointerType === 'touch') {
      // The grid keeps scrolling under a finger (touch-action: manipulation), as calendar apps
      // do: a tap selects, a long press starts a drag.
      this.#endTouch();
      const timer = window.setTimeout(() => this.#startDrag(at), LONG_PRESS_MS);
      this.#touch = {at, x: event.clientX, y: event.clientY, timer};
      return this.requestUpdate();
    }
    event.preventDefault(); // no text selection while dragging
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    this.#startDrag(at);
  }

  #startDrag(at: {row: number; column: number}): void {
    this.#endTouch();
    this.#dragging = true;
    this.#pick(at.column, at.row, at.row, false);
  }

  #endTouch(): void {
    if (this.#touch) window.clearTimeout(this.#touch.timer);
    this.#touch = undefined;
  }

  /** Once a long press has started a drag, the finger's moves select instead of scrolling. */
  readonly #touchMoveListener = {
    handleEvent: (event: TouchEvent) => {
      if (this.#dragging && event.cancelable) event.preventDefault();
    },
    passive: false,
  };

  private handleContextMenu(event: Event): void {
    // A long press opens the context menu on touch screens; here it starts a drag instead.
    if (this.#dragging || this.#touch) event.preventDefault();
  }

  private handlePointerMove(event: PointerEvent): void {
    const touch = this.#touch;
    if (touch && Math.hypot(event.clientX - touch.x, event.clientY - touch.y) > TOUCH_SLOP_PX) {
      this.#endTouch(); // a swipe: the browser scrolls
      return;
    }
    if (!this.#dragging || !this.picked) return;
    const element = this.shadowRoot?.elementFromPoint(event.clientX, event.clientY);
    const cell = element?.closest<HTMLElement>('[data-row]');
    if (!cell) return;
    const row = Number(cell.dataset['row']);
    const column = Number(cell.dataset['col']);
    const grid = this.grid;
    const anchorRow = grid?.cells.findIndex((r) => r[column]?.start === this.picked?.anchor) ?? -1;
    if (anchorRow < 0 || grid?.columns[column]?.resource.id !== this.picked.resourceId) return;
    if (row === this.#focus.row && column === this.#focus.column) return;
    this.#focus = {row, column};
    this.#pick(column, anchorRow, row, false);
  }

  private handlePointerUp(): void {
    const touch = this.#touch;
    if (touch) {
      this.#endTouch(); // a tap
      this.#pick(touch.at.column, touch.at.row, touch.at.row, false);
      this.#commit();
      return;
    }
    if (!this.#dragging) return;
    this.#dragging = false;
    this.#commit();
  }

  private handlePointerCancel(): void {
    // The browser took the gesture (a scroll, a pinch): a finger that had not started a drag
    // selects nothing; a drag keeps what it covered.
    this.#endTouch();
    this.handlePointerUp();
  }

  private handleFocusIn(event: FocusEvent): void {
    const at = this.cellFrom(event);
    if (at && (at.row !== this.#focus.row || at.column !== this.#focus.column)) {
      this.#focus = at;
      this.requestUpdate();
    }
  }

  private handleKeyDown(event: KeyboardEvent): void {
    const grid = this.grid;
    if (!grid) return;
    if ((event.key === 'Enter' || event.key === ' ') && !this.readonly) {
      event.preventDefault();
      const {row, column} = this.#focus;
      const picked = this.picked;
      const sameColumn = picked && !picked.committed && this.#columnOf(picked) === column;
      if (!sameColumn) this.#pick(column, row, row, false);
      this.#commit();
      return;
    }
    if (event.key === 'Escape' && this.picked) {
      event.preventDefault();
      this.#clear();
      return;
    }
    const move = keyMove(
      event.key,
      {shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey},
      this.#focus,
      {rows: grid.rows.length, columns: grid.columns.length},
    );
    if (!move) return;
    event.preventDefault();
    const from = this.#focus;
    this.#focus = {row: move.row, column: move.column};
    this.#focusAfterRender = true;
    if (move.extend && !this.readonly) {
      const picked = this.picked;
      const column = move.column;
      const anchorRow =
        picked && !picked.committed && this.#columnOf(picked) === column
          ? grid.cells.findIndex((r) => r[column]?.start === picked.anchor)
          : from.row;
      this.#pick(column, anchorRow, move.row, false);
    } else {
      this.requestUpdate();
    }
  }

  #columnOf(picked: Picked): number {
    return (
      this.grid?.columns.findIndex(
        (c) => c.resource.id === picked.resourceId && c.day === picked.day,
      ) ?? -1
    );
  }

  #pick(column: number, anchorRow: number, focusRow: number, committed: boolean): void {
    const grid = this.grid;
    const col = grid?.columns[column];
    const anchor = grid?.cells[anchorRow]?.[column];
    const focus = grid?.cells[focusRow]?.[column];
    if (!col || !anchor || !focus || Number.isNaN(anchor.start) || Number.isNaN(focus.start))
      return;
    this.picked = {
      resourceId: col.resource.id,
      day: col.day,
      anchor: anchor.start,
      focus: focus.start,
      committed,
    };
  }

  /** A slot of the list view: select it as if its cell were clicked. */
  #pickInstant(resourceId: string, start: number): void {
    this.picked = {resourceId, day: this.day, anchor: start, focus: start, committed: false};
    this.#commit();
  }

  #commit(): void {
    if (!this.picked) return;
    this.picked = {...this.picked, committed: true};
    this.taken = false;
    this.#flow.outcome = null;
    const selection = this.selection;
    if (!selection) return;
    const locale = this.resolvedLang;
    const space = this.#space.state.data as Space;
    this.emit('portico-slot-selected', {
      detail: {
        resourceId: selection.resource.id,
        start: selection.start,
        end: selection.end,
        issue: selection.issue,
      },
    });
    this.#states.announce(
      msg(locale, 'calendar.selected', {
        resource: selection.resource.name,
        when: formatTimeRange(locale, selection.start, selection.end, space.timeZone),
      }),
    );
    this.#quote(selection);
  }

  #quote(selection: ResolvedSelection | null = this.selection): void {
    const client = this.resolvedClient;
    if (!selection || selection.issue || !client?.session.isLoggedIn) return this.#flow.reset();
    void this.#flow.requestQuote(client, {
      resourceId: selection.resource.id,
      start: selection.start,
      end: selection.end,
    });
  }

  #setRepeat(repeat: Partial<RepeatForm>): void {
    this.#flow.repeat = {...this.#flow.repeat, ...repeat};
    if (this.#flow.repeat.ends === 'until' && !this.#flow.repeat.until) return this.requestUpdate();
    this.#quote();
  }

  async #confirm(): Promise<void> {
    const client = this.resolvedClient;
    const selection = this.selection;
    if (!client || !selection || selection.issue || this.#flow.busy) return;
    if (this.#flow.quote.status !== 'ready') return;
    const outcome = await this.#flow.confirm(client, {
      resourceId: selection.resource.id,
      start: selection.start,
      end: selection.end,
    });
    this.#afterOutcome(outcome);
  }

  async #acceptTerms(): Promise<void> {
    const client = this.resolvedClient;
    const selection = this.selection;
    const space = this.#space.state.data;
    if (!client || !selection || !space) return;
    const outcome = await this.#flow.acceptTermsAndConfirm(client, space.terms.version, {
      resourceId: selection.resource.id,
      start: selection.start,
      end: selection.end,
    });
    this.#afterOutcome(outcome);
  }

  #afterOutcome(outcome: BookingFlow['outcome']): void {
    if (!outcome) return;
    const locale = this.resolvedLang;
    if (outcome.kind === 'confirmed' || outcome.kind === 'pending') {
      this.picked = null;
      this.emit('portico-booking-created', {detail: outcome.created});
    }
    // The outcome takes focus (Confirm may be gone with the selection); a 402 shows its way
    // out there, and nothing moves the member elsewhere until they choose it.
    this.#focusOutcome = true;
    const space = this.#space.state.data as Space;
    this.#states.announce(outcomeText(locale, space, outcome, this.selection));
  }

  #needsCredits(): void {
    const outcome = this.#flow.outcome;
    const quote = this.#flow.quote.status === 'ready' ? this.#flow.quote.quote : undefined;
    const selection = this.picked?.committed ? this.selection : null;
    const event = this.emit('portico-needs-credits', {
      cancelable: true,
      detail: {
        ...(outcome?.kind === 'credits'
          ? {required: outcome.required, available: outcome.available}
          : {required: quote?.cost.credits ?? 0, available: quote?.creditsAvailable ?? 0}),
        selection: selection && {
          resourceId: selection.resource.id,
          start: selection.start,
          end: selection.end,
        },
      },
    });
    if (event.defaultPrevented) return;
    // On a host page: a shop there opens on its credit packs (as the credit balance's button
    // does); once an order is paid, the calendar comes back to this selection.
    const shop = document.querySelector('portico-product-shop') as
      (Element & {showCategory?: (category: string) => Promise<void>}) | null;
    if (!shop?.showCategory) return;
    this.#awaitingCredits = true;
    void shop.showCategory('credit_pack');
  }

  /** Credits were bought (anywhere on the page): the selection's price is asked again. */
  private handleOrderPaid = (): void => {
    if (!this.picked?.committed) return;
    this.#flow.outcome = null;
    this.#quote();
    if (!this.#awaitingCredits) return;
    this.#awaitingCredits = false;
    this.scrollIntoView({block: 'start', behavior: 'smooth'});
  };

  /** Selects `initialSlot` (once each) when its day's availability is there. */
  #applySlot(): void {
    const slot = this.initialSlot;
    if (!slot || slot === this.#appliedSlot) return;
    const space = this.#space.state.data;
    if (!space) return;
    const day = calendarDayOf(Date.parse(slot.start), space.timeZone);
    if (this.day !== day) {
      this.date = day;
      return;
    }
    const grid = this.grid;
    if (!grid) return;
    const column = grid.columns.findIndex(
      (c) => c.resource.id === slot.resourceId && c.day === day,
    );
    if (column < 0) return;
    const start = Date.parse(slot.start);
    const end = Date.parse(slot.end);
    const starts = grid.cells.map((row) => row[column]?.start ?? Number.NaN);
    const focus = starts.filter((s) => s >= start && s < end).at(-1);
    if (focus === undefined || !starts.includes(start)) return;
    this.#appliedSlot = slot;
    this.picked = {resourceId: slot.resourceId, day, anchor: start, focus, committed: false};
    // After this update: #commit quotes and announces the restored selection.
    void this.updateComplete.then(() => this.#commit());
  }

  #clear(): void {
    this.picked = null;
    this.taken = false;
    this.#flow.outcome = null;
    this.#flow.reset();
  }

  #setView(view: CalendarView): void {
    this.view = view;
  }

  #setDay(day: string): void {
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) this.date = day;
  }

  #focusedCell(): HTMLElement | null | undefined {
    const {row, column} = this.#focus;
    return this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${column}"]`);
  }
}

/**
 * What the cell colours mean. Hidden from screen readers: each cell's label says its state.
 */
function renderLegend(locale: string, readonly: boolean): TemplateResult {
  const kinds = [
    ['free', msg(locale, 'calendar.legend.free')],
    ['busy', msg(locale, 'calendar.legend.busy')],
    ['closed', msg(locale, 'calendar.legend.closed')],
    ...(readonly ? [] : [['selected', msg(locale, 'calendar.legend.selected')]]),
  ];
  return html`<ul class="calendar__legend" aria-hidden="true">
    ${kinds.map(
      ([kind, text]) =>
        html`<li><span class=${`calendar__swatch calendar__swatch--${kind}`}></span>${text}</li>`,
    )}
  </ul>`;
}

/** `8` → `08:00`; `08:30` stays; empty → undefined (the opening hours decide). */
function hourText(value: string): string | undefined {
  if (!value) return undefined;
  if (/^\d{1,2}$/.test(value)) return `${value.padStart(2, '0')}:00`;
  return /^\d{2}:\d{2}$/.test(value) ? value : undefined;
}

/** Row labels in the locale; both passes of a repeated hour say their UTC offset. */
function rowLabels(grid: CalendarGrid, locale: string, timeZone: string): string[] {
  const folded = new Set(grid.rows.filter((r) => r.fold === 1).map((r) => r.time));
  return grid.rows.map((row, r) => {
    const cell = grid.cells[r]?.find((c) => !Number.isNaN(c.start));
    if (!cell) return row.time;
    const time = formatTime(locale, new Date(cell.start), timeZone);
    if (!folded.has(row.time)) return time;
    const offset = instantToZonedParts(cell.start, timeZone).offsetMinutes / 60;
    return `${time} (UTC${offset >= 0 ? '+' : ''}${offset})`;
  });
}

const dayNoticeCache = new WeakMap<CalendarGrid, DayNotice>();
type DayNotice = 'calendar.fullyBooked' | 'calendar.pastDay' | null;

/**
 * What the grid as a whole says: nothing free and something booked; or nothing left to book
 * because the time has passed (closed hours aside).
 */
function dayNotice(grid: CalendarGrid): DayNotice {
  let result = dayNoticeCache.get(grid);
  if (result === undefined) {
    const cells = grid.cells.flat();
    const has = (state: string) => cells.some((c) => c.state === state);
    const onlyPastOrClosed = cells.every((c) =>
      ['past', 'closed', 'nonexistent'].includes(c.state),
    );
    result = has('free')
      ? null
      : has('busy')
        ? 'calendar.fullyBooked'
        : onlyPastOrClosed && has('past')
          ? 'calendar.pastDay'
          : null;
    dayNoticeCache.set(grid, result);
  }
  return result;
}
