import type {PaymentMethod} from '@portico/sdk';
import {addPaymentMethod, removePaymentMethod, setDefaultPaymentMethod} from '@portico/sdk/billing';
import {msg, resolveLocale} from '../i18n/index.js';
import {newKey} from '../internal/new-key.js';
import {methodLabel, problemText, type BillingNotice} from './billing-format.js';
import type {PayHost} from './pay-controller.js';
import type {TestToken} from './test-cards.js';
import {BillingController} from './billing-controller.js';

/**
 * Saved payment methods: add one (a test card in test mode, or the token the page's own
 * provider form gives through `createPaymentToken`), make one the default, remove one after an
 * "are you sure?" (the server refuses the last one while something is due: its problem shows).
 */
export class MethodsController extends BillingController<
  Pick<MethodsController, 'adding' | 'token' | 'makeDefault' | 'busy' | 'removing' | 'notice'>
> {
  /** The add form is open. */
  adding = false;
  token: TestToken = 'pm_card_visa';
  makeDefault = false;
  /** The method (or `add`) a request runs for. */
  busy: string | undefined;
  /** The method whose removal waits for the member's answer. */
  removing: string | undefined;
  notice: BillingNotice | undefined;

  #key = newKey();

  openAdd(): void {
    this.#key = newKey();
    this.set({adding: true, notice: undefined, removing: undefined});
  }

  closeAdd(): void {
    this.set({adding: false});
  }

  /** Saves the card: `token` is the page's provider token, or the chosen test card's. */
  async add(token: string = this.token): Promise<void> {
    const client = this.host.resolvedClient;
    if (!client || this.busy) return;
    const locale = resolveLocale(this.host.resolvedLang);
    this.set({busy: 'add', notice: undefined});
    try {
      const method = await addPaymentMethod(
        client,
        {token, makeDefault: this.makeDefault},
        {idempotencyKey: this.#key},
      );
      const text = msg(locale, 'billing.added', {method: methodLabel(locale, method)});
      this.#key = newKey();
      this.tell('success', text, {busy: undefined, adding: false, makeDefault: false});
      this.host.emit('portico-payment-method-added', {detail: {paymentMethod: method}});
    } catch (error) {
      this.#fail(locale, error);
    }
  }

  async setDefault(method: PaymentMethod): Promise<void> {
    await this.#run(method, 'billing.defaultSet', (client) =>
      setDefaultPaymentMethod(client, method.id),
    );
  }

  askRemove(method: PaymentMethod): void {
    this.set({removing: method.id, notice: undefined});
  }

  keep(): void {
    this.set({removing: undefined});
  }

  async remove(method: PaymentMethod): Promise<void> {
    await this.#run(method, 'billing.removed', (client) => removePaymentMethod(client, method.id));
  }

  async #run(
    method: PaymentMethod,
    done: 'billing.defaultSet' | 'billing.removed',
    request: (client: NonNullable<PayHost['resolvedClient']>) => Promise<unknown>,
  ): Promise<void> {
    const client = this.host.resolvedClient;
    if (!client || this.busy) return;
    const locale = resolveLocale(this.host.resolvedLang);
    this.set({busy: method.id, notice: undefined});
    try {
      await request(client);
      const text = msg(locale, done, {method: methodLabel(locale, method)});
      this.tell('success', text, {busy: undefined, removing: undefined});
    } catch (error) {
      this.#fail(locale, error);
    }
  }

  #fail(locale: string, error: unknown): void {
    const text = problemText(locale, error);
    this.tell('error', text, {busy: undefined, removing: undefined});
  }
}
