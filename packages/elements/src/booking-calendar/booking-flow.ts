// The booking panel's work: quote the selected time, create the booking, and turn each
// server outcome into one state the panel shows, with its way out (accept the terms, buy
// credits). All requests go through `bookingsApi`, so the shared store is told (credits
// elsewhere on the page drop by themselves).
import {
  isPorticoError,
  type BookingCreated,
  type BookingQuote,
  type PorticoCore,
  type PorticoError,
  type Recurrence,
  type Space,
} from '@portico/sdk';
import {createBooking, quoteBooking} from '@portico/sdk/bookings';
import type {ReactiveController} from 'lit';
import type {PorticoClientElement} from '../internal/portico-client-element.js';
import {TermsController, type TermsAccepted} from '../internal/terms-controller.js';
import {outcomeText, type PanelInput} from './booking-panel.template.js';
import {isBookingRuleCode} from './booking-rule-codes.js';
import type {ResolvedSelection} from './calendar-selection.js';

/** The time to book, as the API takes it. */
export interface BookingDraft {
  readonly resourceId: string;
  readonly start: string;
  readonly end: string;
}

/** How a booking repeats, as the panel's form holds it. */
export interface RepeatForm {
  frequency: 'none' | 'daily' | 'weekly';
  ends: 'count' | 'until';
  count: number;
  until: string;
}

/** What the last Confirm gave. */
export type BookingOutcome =
  | {kind: 'confirmed' | 'pending'; created: BookingCreated}
  | {kind: 'taken'}
  | {kind: 'credits'; required: number; available: number}
  | {kind: 'terms'}
  | {kind: 'rule'; code: string}
  | {kind: 'failed'; error: PorticoError | undefined};

export type QuoteState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'ready'; quote: BookingQuote}
  | {status: 'error'; error: PorticoError | undefined};

export function recurrenceOf(form: RepeatForm): Recurrence | undefined {
  if (form.frequency === 'none') return undefined;
  return form.ends === 'count'
    ? {frequency: form.frequency, count: Math.max(1, Math.floor(form.count))}
    : {frequency: form.frequency, until: form.until};
}

export interface BookingFlowOptions {
  /** The selection the panel books: the member's committed one, resolved; else null. */
  selection: () => ResolvedSelection | null;
  /** Whether the member committed a selection (on another day, it does not resolve). */
  committed: () => boolean;
  space: () => Space | undefined;
  /** Tells screen readers. */
  announce: (text: string) => void;
  /** A booking was made of the selection: it is spent. */
  booked: () => void;
}

/** What the panel gets from the element; the flow adds its own state and actions. */
export type PanelContext = Omit<
  PanelInput,
  | 'flow'
  | 'selection'
  | 'onConfirm'
  | 'onAcceptTerms'
  | 'onBuyCredits'
  | 'onRepeat'
  | 'onRetryQuote'
>;

export class BookingFlow implements ReactiveController {
  /** The terms step after a 403 (`terms_not_accepted`). */
  readonly terms: TermsController;
  quote: QuoteState = {status: 'idle'};
  outcome: BookingOutcome | null = null;
  busy = false;
  note = '';
  repeat: RepeatForm = {frequency: 'none', ends: 'count', count: 4, until: ''};

  readonly #host: PorticoClientElement;
  readonly #options: BookingFlowOptions;
  #quoteRun = 0;
  /** Focus the booking's outcome once it shows (after Confirm). */
  #focusOutcome = false;
  /** The member went to buy credits from here: come back to the selection once paid. */
  #awaitingCredits = false;

  constructor(host: PorticoClientElement, options: BookingFlowOptions) {
    this.#host = host;
    this.#options = options;
    this.terms = new TermsController(host);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('portico-order-paid', this.#handleOrderPaid);
  }

  hostDisconnected(): void {
    window.removeEventListener('portico-order-paid', this.#handleOrderPaid);
  }

  hostUpdated(): void {
    if (!this.#focusOutcome) return;
    this.#focusOutcome = false;
    this.#host.renderRoot.querySelector<HTMLElement>('[part~="outcome"]')?.focus();
  }

  /** The panel's input: the element's `context` with the flow's state and actions. */
  panel(context: PanelContext): PanelInput {
    return {
      ...context,
      selection: this.#options.selection(),
      flow: this,
      onConfirm: () => void this.#confirmSelection(),
      onAcceptTerms: () => void this.#acceptTerms(),
      onBuyCredits: () => this.#needsCredits(),
      onRepeat: (repeat) => this.#setRepeat(repeat),
      onRetryQuote: () => this.quoteSelection(),
    };
  }

  /** Forgets the quote (a new selection); the typed note and repeat stay. */
  reset(): void {
    this.#quoteRun++;
    this.quote = {status: 'idle'};
    this.#host.requestUpdate();
  }

  /** Asks what `selection` costs, or forgets the quote when it cannot be booked as it is. */
  quoteSelection(selection: ResolvedSelection | null = this.#options.selection()): void {
    const client = this.#host.resolvedClient;
    if (!selection || selection.issue || !client?.session.isLoggedIn) return this.reset();
    void this.#requestQuote(client, draftOf(selection));
  }

  #setRepeat(repeat: Partial<RepeatForm>): void {
    this.repeat = {...this.repeat, ...repeat};
    if (this.repeat.ends === 'until' && !this.repeat.until) return this.#host.requestUpdate();
    this.quoteSelection();
  }

  /** Asks the server what `draft` costs (with the repeat), unless a newer ask supersedes it. */
  async #requestQuote(client: PorticoCore, draft: BookingDraft): Promise<void> {
    const run = ++this.#quoteRun;
    this.quote = {status: 'loading'};
    this.#host.requestUpdate();
    try {
      const recurrence = recurrenceOf(this.repeat);
      const quote = await quoteBooking(client, {...draft, ...(recurrence && {recurrence})});
      if (run === this.#quoteRun) this.quote = {status: 'ready', quote};
    } catch (error) {
      if (run === this.#quoteRun) {
        this.quote = {status: 'error', error: isPorticoError(error) ? error : undefined};
      }
    }
    this.#host.requestUpdate();
  }

  async #confirmSelection(): Promise<void> {
    const client = this.#host.resolvedClient;
    const selection = this.#options.selection();
    if (!client || !selection || selection.issue || this.busy) return;
    if (this.quote.status !== 'ready') return;
    this.#afterOutcome(await this.#confirm(client, draftOf(selection)));
  }

  /** Books `draft`; the outcome says what happened. */
  async #confirm(client: PorticoCore, draft: BookingDraft): Promise<BookingOutcome> {
    this.busy = true;
    this.outcome = null;
    this.#host.requestUpdate();
    try {
      const recurrence = recurrenceOf(this.repeat);
      const note = this.note.trim();
      const created = await createBooking(client, {
        ...draft,
        ...(recurrence && {recurrence}),
        ...(note && {note}),
      });
      const pending = created.bookings.some((b) => b.status === 'pending_approval');
      this.outcome = {kind: pending ? 'pending' : 'confirmed', created};
      this.note = '';
      this.repeat = {...this.repeat, frequency: 'none'};
      this.quote = {status: 'idle'};
    } catch (error) {
      this.outcome = this.#outcomeOf(isPorticoError(error) ? error : undefined);
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
    return this.outcome;
  }

  /** Accepts the space's current terms (the 403 step), then books again. */
  async #acceptTerms(): Promise<void> {
    const client = this.#host.resolvedClient;
    const selection = this.#options.selection();
    if (!client || !selection) return;
    this.busy = true;
    this.#host.requestUpdate();
    let accepted: TermsAccepted | undefined;
    let failed: BookingOutcome | undefined;
    try {
      accepted = await this.terms.accept();
    } catch (error) {
      failed = {kind: 'failed', error: isPorticoError(error) ? error : undefined};
    }
    if (!accepted) {
      this.busy = false;
      if (failed) this.outcome = failed;
      this.#host.requestUpdate();
      if (failed) this.#afterOutcome(failed);
      return;
    }
    // Still busy: Confirm stays "Booking…" from the acceptance to the booking.
    this.#afterOutcome(await this.#confirm(client, draftOf(selection)));
  }

  #afterOutcome(outcome: BookingOutcome): void {
    const locale = this.#host.resolvedLang;
    if (outcome.kind === 'confirmed' || outcome.kind === 'pending') {
      this.#options.booked();
      this.#host.emit('portico-booking-created', {detail: outcome.created});
    }
    // The outcome takes focus (Confirm may be gone with the selection); a 402 shows its way
    // out there, and nothing moves the member elsewhere until they choose it.
    this.#focusOutcome = true;
    const space = this.#options.space() as Space;
    this.#options.announce(outcomeText(locale, space, outcome, this.#options.selection()));
  }

  #needsCredits(): void {
    const outcome = this.outcome;
    const quote = this.quote.status === 'ready' ? this.quote.quote : undefined;
    const selection = this.#options.selection();
    const event = this.#host.emit('portico-needs-credits', {
      cancelable: true,
      detail: {
        ...(outcome?.kind === 'credits'
          ? {required: outcome.required, available: outcome.available}
          : {required: quote?.cost.credits ?? 0, available: quote?.creditsAvailable ?? 0}),
        selection: selection && draftOf(selection),
      },
    });
    if (event.defaultPrevented) return;
    // On a host page: a shop there opens on its credit packs (as the credit balance's button
    // does); once an order is paid, the calendar comes back to this selection.
    const shop = document.querySelector('portico-shop') as
      (Element & {showCategory?: (category: string) => Promise<void>}) | null;
    if (!shop?.showCategory) return;
    this.#awaitingCredits = true;
    void shop.showCategory('credit_pack');
  }

  /** Credits were bought (anywhere on the page): the selection's price is asked again. */
  readonly #handleOrderPaid = (): void => {
    if (!this.#options.committed()) return;
    this.outcome = null;
    this.quoteSelection();
    if (!this.#awaitingCredits) return;
    this.#awaitingCredits = false;
    this.#host.scrollIntoView({block: 'start', behavior: 'smooth'});
  };

  #outcomeOf(error: PorticoError | undefined): BookingOutcome {
    switch (error?.code) {
      case 'slot_unavailable':
        return {kind: 'taken'};
      case 'insufficient_credits': {
        const quote = this.quote.status === 'ready' ? this.quote.quote : undefined;
        return {
          kind: 'credits',
          required: quote?.cost.credits ?? 0,
          available: quote?.creditsAvailable ?? 0,
        };
      }
      case 'terms_not_accepted':
        return {kind: 'terms'};
      default:
        return error && isBookingRuleCode(error.code)
          ? {kind: 'rule', code: error.code}
          : {kind: 'failed', error};
    }
  }
}

/** The API's body for a selection. */
function draftOf(selection: ResolvedSelection): BookingDraft {
  return {resourceId: selection.resource.id, start: selection.start, end: selection.end};
}
