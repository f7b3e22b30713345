import {
  type Event as CommunityEvent,
  type PayWith,
  type PorticoCore,
  type RegistrationQuote,
} from '@portico/sdk';
import {cancelRegistration, confirmOffer, quoteRegistration, register} from '@portico/sdk/events';
import {formatDateTime} from '../i18n/index.js';
import {ActionController, type ActionHost, type Refusals} from '../internal/action-controller.js';
import type {PorticoElement} from '../internal/portico-element.js';

/** Why a registration was refused; the stale ones changed under the member's eyes (the store refetches the event). */
const REFUSALS: Refusals = {
  payment_declined: 'events.declined',
  unknown_payment_method: 'events.noCard',
  already_registered: 'events.stale',
  offer_not_open: 'events.stale',
  already_cancelled: 'events.stale',
  registration_closed: 'events.stale',
};

export interface RegistrationHost extends ActionHost {
  readonly resolvedClient: PorticoCore | undefined;
  readonly emit: PorticoElement['emit'];
}

/**
 * Registering as the booking and membership flows do: a quote first (seats, price, refund rule,
 * whether the member gets a seat or waits), the member's choices (guests, how to pay), then
 * Confirm and an outcome said aloud; confirming an offered seat and cancelling are one step
 * each (cancelling after "are you sure?"). The SDK's invalidations refetch what changed.
 */
export class RegistrationController extends ActionController<RegistrationHost> {
  /** The event whose registration form is open. */
  event: CommunityEvent | undefined;
  quote: RegistrationQuote | undefined;
  guests = 0;
  payWith: PayWith | undefined;
  /** The registration whose cancellation is being asked about. */
  cancelling: string | undefined;
  busy: 'quoting' | 'confirming' | 'cancelling' | undefined;

  /** Opens the form for `event` and asks what registering would do. */
  async start(event: CommunityEvent, guests = 0): Promise<void> {
    const client = this.host.resolvedClient;
    if (!client || this.busy === 'confirming') return;
    const payWith = this.event?.id === event.id ? this.payWith : event.payWith[0];
    this.#set({event, guests, payWith, quote: undefined, notice: undefined, busy: 'quoting'});
    try {
      const quote = await quoteRegistration(client, event.id, {guests});
      if (this.event === event && this.guests === guests) this.#set({quote, busy: undefined});
    } catch (error) {
      if (this.event === event) this.#fail(error);
    }
  }

  setGuests(guests: number): void {
    if (this.event) void this.start(this.event, guests);
  }

  setPayWith(payWith: PayWith): void {
    this.#set({payWith});
  }

  back(): void {
    this.#set({event: undefined, quote: undefined, busy: undefined, cancelling: undefined});
  }

  async confirm(): Promise<void> {
    const client = this.host.resolvedClient;
    const {event, quote} = this;
    if (!client || !event || !quote || this.busy) return;
    this.#set({busy: 'confirming'});
    try {
      const paid = quote.cost.credits > 0 || quote.cost.money !== null;
      const registration = await register(client, event.id, {
        guests: this.guests,
        ...(paid && this.payWith ? {payWith: this.payWith} : {}),
      });
      const waiting = registration.status === 'waitlisted';
      const text = waiting
        ? this.msg('events.done.waitlisted', {
            title: event.title,
            position: registration.waitlistPosition ?? 0,
          })
        : this.msg('events.done.registered', {title: event.title});
      this.#done(text);
      this.host.emit(waiting ? 'portico-event-waitlisted' : 'portico-event-registered', {
        detail: {event, registration},
      });
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Takes the seat offered from the waitlist, paid the event's first way unless chosen. */
  async confirmOffer(event: CommunityEvent): Promise<void> {
    const client = this.host.resolvedClient;
    const registrationId = event.myRegistration?.id;
    if (!client || !registrationId || this.busy) return;
    this.#set({busy: 'confirming', notice: undefined});
    try {
      const payWith = this.payWith ?? event.payWith[0];
      const registration = await confirmOffer(client, registrationId, payWith ? {payWith} : {});
      this.#done(this.msg('events.done.registered', {title: event.title}));
      this.host.emit('portico-event-registered', {detail: {event, registration}});
    } catch (error) {
      this.#fail(error);
    }
  }

  ask(registrationId: string | undefined): void {
    this.#set({cancelling: registrationId, notice: undefined});
  }

  async cancel(event: CommunityEvent): Promise<void> {
    const client = this.host.resolvedClient;
    const registrationId = this.cancelling;
    if (!client || !registrationId || this.busy) return;
    this.#set({busy: 'cancelling'});
    try {
      const {refund} = await cancelRegistration(client, registrationId);
      const paid = event.myRegistration?.paidWith !== null;
      const text = [
        this.msg('events.done.cancelled', {title: event.title}),
        paid ? this.msg('events.done.refund', {percent: refund.percent}) : '',
      ].join(' ');
      this.#done(text.trim());
    } catch (error) {
      this.#fail(error);
    }
  }

  /** `Mon 30 Nov, 14:30` in the space's zone. */
  when(instant: string, timeZone: string | undefined): string {
    return formatDateTime(this.locale, instant, timeZone);
  }

  #done(text: string): void {
    this.#set({
      event: undefined,
      quote: undefined,
      cancelling: undefined,
      busy: undefined,
    });
    this.tell('success', text);
  }

  #fail(error: unknown): void {
    const text = this.failure(error, 'events.actionError', REFUSALS);
    this.#set({busy: undefined});
    this.tell('error', text);
  }

  #set(
    changes: Partial<
      Pick<
        RegistrationController,
        'event' | 'quote' | 'guests' | 'payWith' | 'cancelling' | 'busy' | 'notice'
      >
    >,
  ): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }
}
