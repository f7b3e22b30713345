import './floor-plan.messages.js';
import type {Availability, Booking, Floor, PlanAccess, Resource, Space} from '@portico/sdk';
import {bookingsQuery} from '@portico/sdk/bookings';
import {planAccessQuery} from '@portico/sdk/membership';
import {
  calendarDayOf,
  formatInstant,
  MINUTE_MS,
  wallTimeOf,
  weekdayOf,
  zonedDateTimeToInstant,
} from '@portico/sdk/domain';
import {availabilityQuery, floorsQuery, resourcesQuery} from '@portico/sdk/resources';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {BookingFlow} from '../booking-calendar/booking-flow.js';
import {renderPanel} from '../booking-calendar/booking-panel.template.js';
import type {ResolvedSelection} from '../booking-calendar/calendar-selection.js';
import {formatHours, formatTimeRange, msg, resolveLocale} from '../i18n/index.js';
import {DataStates} from '../internal/data-states.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {glyphDefs} from './floor-glyphs.template.js';
import {renderList} from './floor-list.template.js';
import {renderMap} from './floor-map.template.js';
import {placesOf, stepPlace, type Place, type Span} from './floor-places.js';
import {renderLegend, renderToolbar, type FloorView} from './floor-toolbar.template.js';
import {laterTime, timesOn} from './floor-span.js';
import {renderCard} from './place-card.template.js';
import {placeSelection} from './place-selection.js';
import {NameLines} from './name-lines.js';
import {ViewportController} from './viewport-controller.js';
import styles from './floor-plan.styles.js';

/**
 * @summary The space's floors as plans: each desk and room free, partly free, booked, yours,
 * closed or not for your plan at the chosen time; choose one on the plan (mouse, touch or
 * keyboard) or in the list, see its card, and book it with the calendar's booking panel. A
 * `<portico-booking-calendar>` on the same page selects the place chosen here, and the plan
 * rings the place chosen there (both hear `portico-slot-selected` on the window).
 * @status experimental
 * @since 0.1
 *
 * @csspart base - The component's wrapper.
 * @csspart toolbar - Floors, date, time span and view.
 * @csspart floor-button - One floor's button (pressed when shown).
 * @csspart date - The date field.
 * @csspart view-map-button - Shows the plan.
 * @csspart view-list-button - Shows the list of places.
 * @csspart map - The plan with its zoom buttons.
 * @csspart drawing - The space's drawing (an image).
 * @csspart zoom-in-button - Zooms in.
 * @csspart zoom-out-button - Zooms out.
 * @csspart fit-button - Shows the whole floor.
 * @csspart legend - What each state looks like.
 * @csspart list - The list view.
 * @csspart card - The chosen place.
 * @csspart photo - The chosen place's photo.
 * @csspart price - Its price per hour.
 * @csspart amenities - Its amenities.
 * @csspart close-button - Closes the card.
 * @csspart panel - The booking panel (as in the calendar).
 * @csspart issue - Why the chosen time cannot be booked.
 * @csspart quote - The server's quote.
 * @csspart confirm-button - Confirm.
 * @csspart outcome - The outcome of the last booking.
 * @csspart error - Error notices.
 * @csspart retry-button - Retry after a failed load.
 *
 * @cssprop --portico-floor-plan-background - Background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-floor-plan-border-color - Frame and walls. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-floor-plan-border-radius - Corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-floor-plan-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-floor-plan-padding - Space inside the frame. Default `--portico-sys-space-lg`.
 * @cssprop --portico-floor-plan-label-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-floor-plan-free-color - Free places. Default `--portico-sys-color-success-container`.
 * @cssprop --portico-floor-plan-mine-color - The member's places. Default `--portico-sys-color-primary`.
 * @cssprop --portico-floor-plan-busy-color - Stripes of booked places. Default `--portico-sys-color-outline`.
 * @cssprop --portico-floor-plan-focus-color - Focus ring and the chosen place. Default `--portico-sys-color-focus-ring`.
 *
 * @fires {PorticoSlotSelectedEvent} portico-slot-selected - The member chose a place (its free time in the span).
 * @fires {PorticoBookingCreatedEvent} portico-booking-created - A booking was made.
 * @fires {PorticoNeedsCreditsEvent} portico-needs-credits - "Buy credits" was pressed.
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - Booking needs a signed-in member.
 * @fires {PorticoErrorEvent} portico-error - Loading the plan failed.
 */
export class PorticoFloorPlan extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** The floor shown (a floor's id); the lowest floor by default. */
  @property({reflect: true}) floor = '';

  /** The day (`YYYY-MM-DD` in the space's time zone); today by default. */
  @property({reflect: true}) date = '';

  /** Start of the span (`HH:MM` in the space); the next whole hour today, else 09:00. */
  @property({attribute: 'time-start'}) timeStart = '';

  /** End of the span (`HH:MM`); four hours after the start by default. */
  @property({attribute: 'time-end'}) timeEnd = '';

  /** `map` (the plan) or `list` (the accessible alternative). */
  @property({reflect: true}) view: FloorView = 'map';

  /** The current instant (ISO); the clock by default. Stories and tests pin it. */
  @property({attribute: false}) now: string | undefined;

  /** The chosen place (a resource id): its card and the booking panel show. */
  @state() private selectedId: string | null = null;
  /** The place a calendar on the page selected (until the member chooses here). */
  @state() private followedId: string | null = null;
  @state() private focusIndex = 0;

  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));
  readonly #floors = new QueryController<{items: Floor[]}>(this, (client) => floorsQuery(client));
  readonly #resources = new QueryController<{items: Resource[]}>(this, (client) =>
    resourcesQuery(client),
  );
  readonly #availability = new QueryController<Availability>(this, (client) => {
    const space = this.#space.state.data;
    if (!space) return undefined;
    const from = zonedDateTimeToInstant(this.day, '00:00', space.timeZone);
    const to = zonedDateTimeToInstant(this.day, '24:00', space.timeZone);
    return availabilityQuery(client, {
      from: formatInstant(from, space.timeZone),
      to: formatInstant(to, space.timeZone),
    });
  });
  readonly #mine = new QueryController<{items: Booking[]}>(this, (client) =>
    client.session.isLoggedIn ? bookingsQuery(client, {limit: 100}) : undefined,
  );
  // Signed out, no plan applies: no place reads "not for your plan".
  readonly #access = new QueryController<PlanAccess>(this, (client) =>
    client.session.isLoggedIn ? planAccessQuery(client) : undefined,
  );
  readonly #states = new DataStates(this, {
    queries: [this.#space, this.#floors, this.#resources],
    member: false,
    errorMessage: 'floorPlan.error',
    loadingMessage: 'floorPlan.loading',
  });
  readonly #flow: BookingFlow = new BookingFlow(this, {
    selection: () => this.#selection(),
    committed: () => this.selectedId !== null,
    space: () => this.#space.state.data,
    announce: (text) => this.#states.announce(text),
    booked: () => (this.selectedId = null),
  });
  readonly #viewport = new ViewportController(this, () =>
    this.renderRoot.querySelector<HTMLElement>('.map__stage'),
  );
  readonly #recurrence = this.lazy(
    () => import('../booking-calendar/booking-recurrence.template.js'),
  );
  #places: Place[] = [];
  #placesInputs: unknown[] | undefined;
  /** Rooms' names cut to their boxes, in the font the theme draws them in. */
  readonly #nameLines = new NameLines(() => {
    const style = getComputedStyle(this);
    const weight = style.getPropertyValue('--portico-sys-font-weight-bold').trim() || '700';
    return {weight, family: style.fontFamily};
  });
  /** Each free window's words, once per window (500 desks share a few dozen windows). */
  readonly #times = new Map<string, string>();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('portico-slot-selected', this.#handleSlotSelected);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('portico-slot-selected', this.#handleSlotSelected);
  }

  /** The day shown, `YYYY-MM-DD` in the space. */
  get day(): string {
    if (this.date) return this.date;
    return calendarDayOf(Date.parse(this.nowIso), this.#space.state.data?.timeZone ?? 'UTC');
  }

  private get nowIso(): string {
    return this.now ?? new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
  }

  /** The span's wall times: the attributes, else the next whole hour today (09:00 another day), four hours. */
  get span(): {from: string; until: string} {
    const tz = this.#space.state.data?.timeZone ?? 'UTC';
    const now = Date.parse(this.nowIso);
    const today = calendarDayOf(now, tz) === this.day;
    const nextHour = `${wallTimeOf(now + 59 * MINUTE_MS, tz).slice(0, 2)}:00`;
    const from = this.timeStart || (today && nextHour > '09:00' ? nextHour : '09:00');
    const until = this.timeEnd || laterTime(from, 240);
    return {from, until};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#places = this.#computePlaces();
    if (this.focusIndex >= this.#places.length) this.focusIndex = 0;
  }

  protected override render(): TemplateResult {
    return this.#states.renderBase('floor-plan', {
      skeleton: () => html`<div class="floor-plan__skeleton skeleton"></div>`,
      ready: () => this.#renderReady(),
    });
  }

  /** The floor shown: `floor`, else the lowest. */
  get #floor(): Floor | undefined {
    const floors = this.#floors.state.data?.items ?? [];
    return floors.find((f) => f.id === this.floor) ?? floors[0];
  }

  #spanMs(space: Space): Span {
    const {from, until} = this.span;
    return {
      start: zonedDateTimeToInstant(this.day, from, space.timeZone),
      end: zonedDateTimeToInstant(this.day, until, space.timeZone),
    };
  }

  #computePlaces(): Place[] {
    const space = this.#space.state.data;
    const floor = this.#floor;
    const availability = this.#availability.state.data;
    // No places until the day's availability is there: none shows a state it does not have.
    if (!space || !floor || !availability) return [];
    const {from, until} = this.span;
    const resources = this.#resources.state.data?.items ?? [];
    const mine = this.#mine.state.data?.items ?? [];
    const access = this.#access.state.data;
    // Most updates (focus, a quote, the card) change none of this: keep the places as they are.
    const inputs = [floor, resources, availability, mine, access, this.day, from, until, space];
    const last = this.#placesInputs;
    if (last && inputs.every((value, i) => value === last[i])) return this.#places;
    this.#placesInputs = inputs;
    return placesOf({
      floor,
      resources,
      availability: new Map(availability.resources.map((r) => [r.resourceId, r])),
      mine,
      excluded: new Set(access?.resources.filter((r) => !r.allowed).map((r) => r.resourceId)),
      day: this.day,
      span: this.#spanMs(space),
    });
  }

  /** What the booking panel books: the chosen place's free time in the span, checked by the rules. */
  #selection(): ResolvedSelection | null {
    const space = this.#space.state.data;
    const place = this.#places.find((p) => p.resource.id === this.selectedId);
    return space && place ? placeSelection(place, space, this.#spanMs(space), this.nowIso) : null;
  }

  #labelOf(place: Place, locale: string, space: Space): string {
    const time = this.#timeOf(place, locale, space) ?? '';
    return msg(locale, `floorPlan.place.${place.state}`, {name: place.resource.name, time});
  }

  #renderReady(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    const space = this.#space.state.data as Space;
    const floors = [...(this.#floors.state.data?.items ?? [])].sort((a, b) => a.order - b.order);
    const floor = this.#floor;
    if (!floor)
      return html`<p class="notice notice--info">${msg(locale, 'floorPlan.noFloors')}</p>`;
    const {from, until} = this.span;
    const labelOf = (place: Place) => this.#labelOf(place, locale, space);
    const selected = this.#places.find((p) => p.resource.id === this.selectedId);
    const client = this.resolvedClient;
    const panel = this.#flow.panel({
      locale,
      space,
      now: Date.parse(this.nowIso),
      signedIn: !!client?.session.isLoggedIn,
      taken: false,
      onClear: () => this.#choose(null),
      onSignIn: () => this.emit('portico-needs-sign-in'),
      recurrence: this.#recurrence,
      actionInBar: false,
    });
    const span = this.#spanMs(space);
    const time = formatTimeRange(locale, new Date(span.start), new Date(span.end), space.timeZone);
    return html`
      ${glyphDefs()}
      ${renderToolbar({
        locale,
        floors,
        floorId: floor.id,
        day: this.day,
        from,
        until,
        times: timesOn(space.openingHours[weekdayOf(this.day)] ?? [], from, until),
        view: this.view,
        onFloor: (id) => this.#showFloor(id),
        onDay: (day) => /^\d{4}-\d{2}-\d{2}$/.test(day) && (this.date = day),
        onSpan: (change) => {
          const start = change.from ?? this.span.from;
          const end = change.until ?? this.span.until;
          this.timeStart = start;
          this.timeEnd = end > start ? end : laterTime(start, 60);
        },
        onView: (view) => (this.view = view),
      })}
      <div class="floor-plan__body">
        <div class="floor-plan__main">
          ${
            this.view === 'list'
              ? renderList({
                  locale,
                  places: this.#places,
                  labelOf,
                  selectedId: this.selectedId,
                  onChoose: (i) => this.#choose(i),
                })
              : html`${renderMap({
                    locale,
                    floor,
                    places: this.#places,
                    label: msg(locale, 'floorPlan.map', {floor: floor.name, time}),
                    labelOf,
                    nameLines: (name, box) => this.#nameLines.of(name, box),
                    selectedId: this.selectedId,
                    followedId: this.followedId,
                    focusIndex: this.focusIndex,
                    onPlaceClick: this.#handlePlaceClick,
                    onPlaceKey: this.#handlePlaceKey,
                    onZoom: (factor) =>
                      this.#viewport.zoomCentre(
                        factor,
                        this.renderRoot.querySelector('.map__viewport')!,
                      ),
                    onFit: () => this.#viewport.fit(),
                    viewport: {
                      onWheel: this.#viewport.handleWheel,
                      onPointerDown: this.#viewport.handlePointerDown,
                      onPointerMove: this.#viewport.handlePointerMove,
                      onPointerUp: this.#viewport.handlePointerUp,
                    },
                  })}
                  <p class="floor-plan__hint">${msg(locale, 'floorPlan.hint')}</p>`
          }
        </div>
        <div class="floor-plan__side">
          ${renderLegend(locale, !!client?.session.isLoggedIn)}
          ${
            selected
              ? renderCard({
                  locale,
                  space,
                  place: selected,
                  detail:
                    selected.state === 'unavailable'
                      ? (this.#access.state.data?.plan?.name ?? null)
                      : this.#timeOf(selected, locale, space),
                  onClose: () => this.#choose(null),
                })
              : nothing
          }
          ${renderPanel(panel)}
        </div>
      </div>
    `;
  }

  #timeOf(place: Place, locale: string, space: Space): string | null {
    if (!place.window) return null;
    const {start, end} = place.window;
    const key = `${locale}|${space.timeZone}|${start}|${end}`;
    let text = this.#times.get(key);
    if (text === undefined) {
      if (this.#times.size > 1000) this.#times.clear();
      text = formatHours(locale, start, end, space.timeZone);
      this.#times.set(key, text);
    }
    return text;
  }

  #showFloor(id: string): void {
    this.floor = id;
    this.focusIndex = 0;
    this.#viewport.fit();
  }

  /** Chooses the place at `index` (null: none): its card opens and its time is quoted. */
  #choose(index: number | null): void {
    const place = index === null ? undefined : this.#places[index];
    this.selectedId = place?.resource.id ?? null;
    this.followedId = null;
    this.#flow.outcome = null;
    if (!place) return this.#flow.reset();
    this.focusIndex = index as number;
    const selection = this.#selection();
    if (selection) {
      this.emit('portico-slot-selected', {
        detail: {
          resourceId: place.resource.id,
          start: selection.start,
          end: selection.end,
          issue: selection.issue,
        },
      });
    }
    this.#flow.quoteSelection(selection);
    // The card's title takes focus, so the next Tab reaches the panel.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#card-title')?.focus(),
    );
  }

  readonly #handlePlaceClick = (event: MouseEvent): void => {
    if (this.#viewport.dragged) return;
    const place = (event.target as Element).closest<SVGGElement>('.place');
    if (place) this.#choose(Number(place.dataset['index']));
  };

  readonly #handlePlaceKey = (event: KeyboardEvent): void => {
    const steps: Record<string, number> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      Home: -Infinity,
      End: Infinity,
    };
    const count = this.#places.length;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      return this.#choose(this.focusIndex);
    }
    const step = steps[event.key];
    if (step === undefined || count === 0) return;
    event.preventDefault();
    this.focusIndex = stepPlace(count, this.focusIndex, step);
    void this.updateComplete.then(() => {
      const g = this.renderRoot.querySelector<SVGGElement>(
        `.place[data-index="${this.focusIndex}"]`,
      );
      g?.focus();
      const place = this.#places[this.focusIndex];
      const floor = this.#floor;
      const viewport = this.renderRoot.querySelector('.map__viewport');
      if (!place || !floor || !viewport) return;
      // Zoomed in: the plan pans to the focused place.
      const {width} = viewport.getBoundingClientRect();
      const k = width / floor.width;
      this.#viewport.reveal(place.x * k, place.y * k, viewport);
    });
  };

  /** A calendar on the page selected a time: show that day, span and place's floor. */
  readonly #handleSlotSelected = (event: Event): void => {
    if (event.composedPath().includes(this)) return;
    const space = this.#space.state.data;
    const {resourceId, start, end} = (
      event as CustomEvent<{resourceId: string; start: string; end: string}>
    ).detail;
    if (!space) return;
    const resource = this.#resources.state.data?.items.find((r) => r.id === resourceId);
    const startMs = Date.parse(start);
    this.date = calendarDayOf(startMs, space.timeZone);
    this.timeStart = wallTimeOf(startMs, space.timeZone).slice(0, 5);
    this.timeEnd = wallTimeOf(Date.parse(end), space.timeZone).slice(0, 5);
    if (resource?.position) this.floor = resource.position.floor;
    this.followedId = resourceId;
    // One choice per page: the calendar's replaces the place chosen here (its card and quote).
    if (this.selectedId !== null) {
      this.selectedId = null;
      this.#flow.reset();
    }
    this.#states.announce(
      msg(resolveLocale(this.resolvedLang), 'floorPlan.followed', {
        resource: resource?.name ?? resourceId,
        time: formatTimeRange(resolveLocale(this.resolvedLang), start, end, space.timeZone),
      }),
    );
  };
}
