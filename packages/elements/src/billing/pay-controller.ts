import type {Invoice, InvoicePayment, PaymentMethod, PorticoCore} from '@portico/sdk';
import {addPaymentMethod, confirmPayment, endpoints, payInvoices} from '@portico/sdk/billing';
import type {ReactiveControllerHost} from 'lit';
import {msg, resolveLocale} from '../i18n/index.js';
import {newKey} from '../internal/new-key.js';
import type {PorticoElement} from '../internal/portico-element.js';
import {methodLabel, money, problemText, type BillingNotice} from './billing-format.js';
import {BillingController} from './billing-controller.js';

/** What paying needs from `<portico-billing>`. */
export interface PayHost extends ReactiveControllerHost, HTMLElement {
  readonly resolvedClient: PorticoCore | undefined;
  readonly resolvedLang: string;
  readonly emit: PorticoElement['emit'];
  /** Tells screen readers an outcome. */
  announce(text: string): void;
  /** Moves keyboard focus to the part named, once it is rendered. */
  focusPart(part: string): void;
}

/** How often the element asks whether the member has answered their bank. */
export const AUTHENTICATION_POLL_MS = 2_000;

/** The most invoices one payment may settle: the route's limit. */
const PER_PAYMENT = endpoints.payInvoices.limits.invoices;

/** `ids` in payments of at most {@link PER_PAYMENT} (the due list comes oldest first). */
const batchesOf = (ids: readonly string[]): string[][] =>
  Array.from({length: Math.ceil(ids.length / PER_PAYMENT)}, (_, i) =>
    ids.slice(i * PER_PAYMENT, (i + 1) * PER_PAYMENT),
  );

/**
 * Paying invoices: the member picks the invoices (one, or all that are due), a saved method or
 * a new card, and pays. A declined card leaves the invoices open with the reason. A card that
 * needs strong authentication answers `requires_action`: the element shows the bank's page as a
 * link (a new tab: it is never blocked as a popup would be, works on a phone, and the bank's page
 * may refuse to be framed), and asks for the outcome every {@link AUTHENTICATION_POLL_MS}, when
 * the member comes back to the tab, or when they say they have answered. "Pay all" beyond the
 * API's maximum per payment pays in batches, one after the other, each with its own key: the
 * member never meets the limit; a batch that fails stops the rest and says what was paid.
 */
export class PayController extends BillingController<
  Pick<PayController, 'invoiceIds' | 'methodId' | 'newToken' | 'busy' | 'pending' | 'notice'>
> {
  /** The invoices being paid (the pay panel is open), or none. */
  invoiceIds: readonly string[] | undefined;
  /** The saved method chosen, or `new` for a new card. */
  methodId = '';
  /** The test card a new card stands for (test mode). */
  newToken = 'pm_card_visa';
  /** A request runs. */
  busy = false;
  /** A payment waiting for the bank's step. */
  pending: InvoicePayment | undefined;
  /** The outcome of the last payment, under the invoices it was for. */
  notice: BillingNotice | undefined;

  /** One key per attempt: a double click or a retried request pays once. */
  #key = '';
  #poll: ReturnType<typeof setInterval> | undefined;
  /** This attempt's batches: what they paid, the one paying, those left, and the method. */
  #batches = {paid: 0, currency: '', current: [] as string[], rest: [] as string[][], methodId: ''};

  /** Opens the pay panel for `invoices`, the default method chosen. */
  open(invoices: readonly Invoice[], methods: readonly PaymentMethod[]): void {
    this.#key = newKey();
    const preferred = methods.find((method) => method.isDefault) ?? methods[0];
    this.set({
      invoiceIds: invoices.map((invoice) => invoice.id),
      methodId: preferred?.id ?? 'new',
      notice: undefined,
    });
    this.host.focusPart('pay-method');
  }

  close(): void {
    this.#stopPolling();
    this.set({invoiceIds: undefined, pending: undefined, busy: false});
  }

  choose(methodId: string): void {
    // Another method is another attempt.
    this.#key = newKey();
    this.set({methodId});
  }

  chooseTestCard(token: string): void {
    this.#key = newKey();
    this.set({newToken: token});
  }

  /** Pays the open panel's invoices with the chosen method (saving a new card first). */
  async pay(): Promise<void> {
    const client = this.host.resolvedClient;
    const invoiceIds = this.invoiceIds;
    if (!client || !invoiceIds || this.busy) return;
    this.set({busy: true, notice: undefined});
    const locale = resolveLocale(this.host.resolvedLang);
    this.#batches = {paid: 0, currency: '', current: [], rest: batchesOf(invoiceIds), methodId: ''};
    try {
      let methodId = this.methodId;
      if (methodId === 'new') {
        const added = await addPaymentMethod(client, {token: this.newToken});
        this.host.emit('portico-payment-method-added', {detail: {paymentMethod: added}});
        this.host.announce(msg(locale, 'billing.added', {method: methodLabel(locale, added)}));
        methodId = added.id;
        this.set({methodId});
      }
      this.#batches.methodId = methodId;
      await this.#payNextBatch(client);
    } catch (error) {
      this.#batchFailed(problemText(locale, error));
    }
  }

  /** Pays the next batch; each has a key of its own, derived from the attempt's. */
  async #payNextBatch(client: PorticoCore): Promise<void> {
    const batch = this.#batches;
    batch.current = batch.rest.shift() ?? [];
    // A batch of several is named by its first invoice: one key each, the same on a retry.
    const suffix = (this.invoiceIds?.length ?? 0) > PER_PAYMENT ? `.${batch.current[0]}` : '';
    const payment = await payInvoices(
      client,
      {invoiceIds: batch.current, paymentMethodId: batch.methodId},
      {idempotencyKey: `${this.#key}${suffix}`},
    );
    this.#settle(payment);
  }

  /** Asks whether the bank's step is done (the member says so, or the tab is back). */
  async check(): Promise<void> {
    const client = this.host.resolvedClient;
    const pending = this.pending;
    if (!client || !pending) return;
    try {
      const payment = await confirmPayment(client, pending.id);
      // Closed, or another check answered first.
      if (this.pending?.id !== payment.id) return;
      if (payment.status !== 'requires_action') this.#settle(payment);
    } catch (error) {
      if (this.pending?.id !== pending.id) return;
      this.#batchFailed(problemText(resolveLocale(this.host.resolvedLang), error));
    }
  }

  hostDisconnected(): void {
    this.#stopPolling();
  }

  #settle(payment: InvoicePayment): void {
    const locale = resolveLocale(this.host.resolvedLang);
    if (payment.status === 'requires_action') {
      this.set({busy: false, pending: payment});
      this.host.focusPart('authentication-link');
      this.#startPolling();
      return;
    }
    this.#stopPolling();
    if (payment.status === 'failed') {
      const reason = msg(locale, `billing.failure.${payment.failure ?? 'card_declined'}`);
      this.#batchFailed(reason, msg(locale, 'billing.failed', {reason}));
      return;
    }
    const batch = this.#batches;
    batch.paid += payment.amount.amount;
    batch.currency = payment.amount.currency;
    const client = this.host.resolvedClient;
    if (batch.rest.length > 0 && client) {
      this.host.emit('portico-invoice-paid', {detail: {payment}});
      this.set({busy: true, pending: undefined});
      this.#payNextBatch(client).catch((error: unknown) =>
        this.#batchFailed(problemText(locale, error)),
      );
      return;
    }
    const text = msg(locale, 'billing.paid', {total: money(locale, batch.paid, batch.currency)});
    this.tell('success', text, {busy: false, pending: undefined, invoiceIds: undefined});
    // The Pay button is gone with the invoice: the outcome keeps focus in the widget.
    this.host.focusPart('pay-notice');
    this.host.emit('portico-invoice-paid', {detail: {payment}});
  }

  /**
   * A payment did not go through (`text` says so when it was the first). After other batches
   * did, it says what was paid, and the panel keeps what is left to pay.
   */
  #batchFailed(reason: string, text = reason): void {
    const {paid, currency, current, rest} = this.#batches;
    if (paid === 0) return this.#fail(text);
    const total = money(resolveLocale(this.host.resolvedLang), paid, currency);
    this.set({invoiceIds: [...current, ...rest.flat()]});
    this.#fail(msg(resolveLocale(this.host.resolvedLang), 'billing.partlyPaid', {total, reason}));
  }

  #fail(text: string): void {
    this.#stopPolling();
    // A new attempt (another card, or the same once the bank agrees) is a new payment.
    this.#key = newKey();
    this.tell('error', text, {busy: false, pending: undefined});
    this.host.focusPart('pay-notice');
  }

  #startPolling(): void {
    this.#stopPolling();
    this.#poll = setInterval(() => void this.check(), AUTHENTICATION_POLL_MS);
    window.addEventListener('focus', this.#onFocus);
  }

  readonly #onFocus = (): void => void this.check();

  #stopPolling(): void {
    if (this.#poll !== undefined) clearInterval(this.#poll);
    this.#poll = undefined;
    window.removeEventListener('focus', this.#onFocus);
  }
}
