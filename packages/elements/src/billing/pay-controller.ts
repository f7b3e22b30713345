import type {Invoice, InvoicePayment, PaymentMethod, PorticoCore} from '@portico/sdk';
import {addPaymentMethod, confirmPayment, payInvoices} from '@portico/sdk/billing';
import type {ReactiveControllerHost} from 'lit';
import {msg, resolveLocale} from '../i18n/index.js';
import {HostController} from '../internal/host-controller.js';
import {newKey} from '../internal/new-key.js';
import type {PorticoElement} from '../internal/portico-element.js';
import {methodLabel, money, problemText, type BillingNotice} from './billing-format.js';

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

/**
 * Paying invoices: the member picks the invoices (one, or all that are due), a saved method or
 * a new card, and pays. A declined card leaves the invoices open with the reason. A card that
 * needs strong authentication answers `requires_action`: the element shows the bank's page as a
 * link (a new tab: it is never blocked as a popup would be, works on a phone, and the bank's page
 * may refuse to be framed), and asks for the outcome every {@link AUTHENTICATION_POLL_MS}, when
 * the member comes back to the tab, or when they say they have answered.
 */
export class PayController extends HostController<
  PayHost,
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
    try {
      let methodId = this.methodId;
      if (methodId === 'new') {
        const added = await addPaymentMethod(client, {token: this.newToken});
        this.host.emit('portico-payment-method-added', {detail: {paymentMethod: added}});
        this.host.announce(msg(locale, 'billing.added', {method: methodLabel(locale, added)}));
        methodId = added.id;
        this.set({methodId});
      }
      const payment = await payInvoices(
        client,
        {invoiceIds: [...invoiceIds], paymentMethodId: methodId},
        {idempotencyKey: this.#key},
      );
      this.#settle(payment);
    } catch (error) {
      this.#fail(problemText(locale, error));
    }
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
      this.#fail(problemText(resolveLocale(this.host.resolvedLang), error));
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
      this.#fail(msg(locale, 'billing.failed', {reason}));
      return;
    }
    const text = msg(locale, 'billing.paid', {
      total: money(locale, payment.amount.amount, payment.amount.currency),
    });
    this.set({
      busy: false,
      pending: undefined,
      invoiceIds: undefined,
      notice: {tone: 'success', text},
    });
    this.host.announce(text);
    // The Pay button is gone with the invoice: the outcome keeps focus in the widget.
    this.host.focusPart('pay-notice');
    this.host.emit('portico-invoice-paid', {detail: {payment}});
  }

  #fail(text: string): void {
    this.#stopPolling();
    // A new attempt (another card, or the same once the bank agrees) is a new payment.
    this.#key = newKey();
    this.set({busy: false, pending: undefined, notice: {tone: 'error', text}});
    this.host.announce(text);
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
