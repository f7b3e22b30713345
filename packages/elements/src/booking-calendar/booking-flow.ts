// The booking panel's work: quote the selected time, create the booking, and turn each
// server outcome into one state the panel shows. All requests go through `bookingsApi`, so
// the shared store is told (credits elsewhere on the page drop by themselves).
import {
  isPorticoError,
  type BookingCreated,
  type BookingQuote,
  type PorticoCore,
  type PorticoError,
  type Recurrence,
} from '@portico/sdk';
import {createBooking, endpoints, quoteBooking} from '@portico/sdk/bookings';
import {acceptTerms} from '@portico/sdk/profile';
import type {ReactiveController, ReactiveControllerHost} from 'lit';

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

/**
 * A rule a booking request can break (outside the hours, too long, taken…): the codes the
 * quote route declares, each with a message in the panel.
 */
export const isBookingRuleCode = (code: string | undefined): code is string =>
  code !== undefined && (endpoints.quoteBooking.errors as readonly string[]).includes(code);

export function recurrenceOf(form: RepeatForm): Recurrence | undefined {
  if (form.frequency === 'none') return undefined;
  return form.ends === 'count'
    ? {frequency: form.frequency, count: Math.max(1, Math.floor(form.count))}
    : {frequency: form.frequency, until: form.until};
}

export class BookingFlow implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #quoteRun = 0;
  quote: QuoteState = {status: 'idle'};
  outcome: BookingOutcome | null = null;
  busy = false;
  note = '';
  repeat: RepeatForm = {frequency: 'none', ends: 'count', count: 4, until: ''};

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets the quote (a new selection); the typed note and repeat stay. */
  reset(): void {
    this.#quoteRun++;
    this.quote = {status: 'idle'};
    this.#host.requestUpdate();
  }

  /** Asks the server what `draft` costs (with the repeat), unless a newer ask supersedes it. */
  async requestQuote(client: PorticoCore, draft: BookingDraft): Promise<void> {
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

  /** Books `draft`; the outcome says what happened. */
  async confirm(client: PorticoCore, draft: BookingDraft): Promise<BookingOutcome> {
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
  async acceptTermsAndConfirm(
    client: PorticoCore,
    version: string,
    draft: BookingDraft,
  ): Promise<BookingOutcome> {
    this.busy = true;
    this.#host.requestUpdate();
    try {
      await acceptTerms(client, {version});
    } catch (error) {
      this.busy = false;
      this.outcome = {kind: 'failed', error: isPorticoError(error) ? error : undefined};
      this.#host.requestUpdate();
      return this.outcome;
    }
    return this.confirm(client, draft);
  }

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
