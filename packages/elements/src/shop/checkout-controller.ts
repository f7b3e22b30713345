import {isPorticoError, type Profile, type Order, type PorticoCore, type Space} from '@portico/sdk';
import {cancelOrder, createOrder, payOrder} from '@portico/sdk/shop';
import {formatMoney} from '@portico/sdk/domain';
import type {ReactiveControllerHost} from 'lit';
import {msg, resolveLocale} from '../i18n/index.js';
import {errorReason} from '../internal/error-message.js';
import {HostController} from '../internal/host-controller.js';
import type {PorticoElement} from '../internal/portico-element.js';
import {TermsController} from '../internal/terms-controller.js';
import {isDiscountError, type CartController} from './cart-controller.js';
import type {CartNotice} from './cart-view.js';
import type {OrderNotice} from './orders-view.js';

/** What checkout needs from the shop. */
export interface CheckoutHost extends ReactiveControllerHost {
  readonly resolvedClient: PorticoCore | undefined;
  readonly resolvedLang: string;
  readonly paymentMethod: string;
  readonly emit: PorticoElement['emit'];
}

export interface CheckoutOptions {
  cart: CartController;
  /** The signed-in member's profile, once loaded (whether they accepted the terms). */
  member: () => Profile | undefined;
  space: () => Space | undefined;
  /** Tells screen readers an outcome. */
  say: (text: string) => void;
  /** The cart was emptied into an order. */
  cartChanged: () => void;
}

type FailureKey = 'shop.orderError' | 'shop.payError' | 'shop.cancelError';

/**
 * The test payment methods a space in test mode accepts (the mock server's): one that pays,
 * one that is declined. Stripe's test PaymentMethod ids, so a page's test setup looks alike.
 */
export const TEST_CARDS: readonly string[] = ['pm_card_visa', 'pm_card_declined'];

/**
 * Checkout and the orders waiting for payment: the terms step, the card step (which card
 * pays; the test cards when the space is in test mode), one order per cart (its idempotency
 * key survives double clicks, retries and reloads), payment, and paying or cancelling a
 * pending order later. Each outcome is a notice the shop renders.
 */
export class CheckoutController extends HostController<
  CheckoutHost,
  Pick<
    CheckoutController,
    'step' | 'busyOrderId' | 'notice' | 'orderNotices' | 'chosenCard' | 'cardOrder'
  >
> {
  /** Checkout shows the cart, asks to accept the space's terms first, or which card pays. */
  step: 'cart' | 'terms' | 'card' = 'cart';
  /** The card the member picked in the card step. */
  chosenCard: string | undefined;
  /** The order the card step placed and could not pay yet (declined): paying retries it. */
  cardOrder: Order | undefined;
  /** The terms step. */
  readonly terms: TermsController;
  /** The order being paid or cancelled. */
  busyOrderId: string | undefined;
  /** The outcome of the last checkout, under the cart. */
  notice: CartNotice | undefined;
  /** Outcomes of paying or cancelling a pending order, beside it. */
  orderNotices: ReadonlyMap<string, OrderNotice> = new Map();

  readonly #options: CheckoutOptions;
  /** An order is being placed. */
  #placing = false;

  constructor(host: CheckoutHost, options: CheckoutOptions) {
    super(host);
    this.#options = options;
    this.terms = new TermsController(host);
  }

  /** An order is being placed, or the terms accepted. */
  get busy(): 'placing' | 'accepting' | undefined {
    return this.#placing ? 'placing' : this.terms.busy ? 'accepting' : undefined;
  }

  /** The cart changed: the last outcome and the terms or card step no longer apply. */
  reset(): void {
    this.notice = undefined;
    this.step = 'cart';
    this.cardOrder = undefined;
    this.host.requestUpdate();
  }

  cancelTerms(): void {
    this.step = 'cart';
    this.host.requestUpdate();
  }

  /** Back from the card step; an order it placed stays among those waiting for payment. */
  cancelCard(): void {
    this.set({step: 'cart', cardOrder: undefined});
  }

  /** The cards the card step offers: the test cards in test mode, else the page's. */
  get cards(): readonly string[] {
    return this.#options.space()?.testMode ? TEST_CARDS : [this.host.paymentMethod];
  }

  /** The card that pays: the member's pick, else the page's if offered, else the first. */
  get card(): string {
    const {cards} = this;
    if (this.chosenCard !== undefined && cards.includes(this.chosenCard)) return this.chosenCard;
    return cards.includes(this.host.paymentMethod) ? this.host.paymentMethod : cards[0]!;
  }

  chooseCard(card: string): void {
    this.set({chosenCard: card});
  }

  /** Accepts the space's terms, then goes on to the card step. */
  async acceptTerms(): Promise<void> {
    if (this.busy) return;
    try {
      if (await this.terms.accept()) this.set({step: 'card'});
    } catch (error) {
      this.set({notice: this.#failure('shop.orderError', error)});
    }
  }

  /** Leads to the card step (through the terms step when they are not accepted yet). */
  checkout(): void {
    const client = this.host.resolvedClient;
    if (this.busy || this.busyOrderId || !client) return;
    if (!client.session.isLoggedIn) {
      this.host.emit('portico-needs-sign-in');
      return;
    }
    if (this.#options.cart.cart.items.length === 0) return;
    const member = this.#options.member();
    this.set({step: member && !member.termsAccepted ? 'terms' : 'card', notice: undefined});
  }

  /** Pays with the chosen card: the order the card step placed, else the cart's, placed once. */
  async payNow(): Promise<void> {
    const client = this.host.resolvedClient;
    if (this.busy || this.busyOrderId || !client) return;
    const order = this.cardOrder ?? (await this.#placeOrder(client));
    if (!order) return;
    if (order.status === 'paid') {
      this.set({step: 'cart', cardOrder: undefined});
      this.#paid(order);
      return;
    }
    this.set({cardOrder: order});
    if (await this.pay(order, true)) this.set({step: 'cart', cardOrder: undefined});
  }

  /** Places the cart's order (once: the cart's idempotency key), then empties the cart. */
  async #placeOrder(client: PorticoCore): Promise<Order | undefined> {
    const {cart} = this.#options;
    const items = [...cart.cart.items];
    if (items.length === 0) return undefined;
    const discountCode = cart.cart.discountCode;
    this.#placing = true;
    this.set({notice: undefined});
    let order: Order;
    try {
      order = await createOrder(
        client,
        {items, ...(discountCode ? {discountCode} : {})},
        {idempotencyKey: cart.idempotencyKey()},
      );
    } catch (error) {
      this.#placing = false;
      this.host.requestUpdate();
      this.#orderFailed(error);
      return undefined;
    }
    this.#placing = false;
    this.host.requestUpdate();
    cart.clear();
    this.#options.cartChanged();
    this.host.emit('portico-order-created', {detail: {order}});
    return order;
  }

  /**
   * Pays `order` with the chosen card; a refusal is said under the cart right after checkout,
   * else beside the order.
   * @returns whether it was paid
   */
  async pay(order: Order, fromCheckout = false): Promise<boolean> {
    const client = this.host.resolvedClient;
    if (!client || this.busyOrderId || this.busy) return false;
    this.set({busyOrderId: order.id});
    this.#setOrderNotice(order.id, undefined);
    try {
      const paid = await payOrder(client, order.id, {paymentMethod: this.card});
      this.#paid(paid);
      return true;
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      const text =
        error.code === 'payment_declined'
          ? this.#msg('shop.declined')
          : error.code === 'order_not_pending'
            ? this.#msg('shop.orderNotPending')
            : this.#failure('shop.payError', error).text;
      if (fromCheckout) this.set({notice: {tone: 'error', text}});
      else this.#setOrderNotice(order.id, {tone: 'error', text});
      this.#options.say(text);
      return false;
    } finally {
      this.set({busyOrderId: undefined});
    }
  }

  async cancel(order: Order): Promise<void> {
    const client = this.host.resolvedClient;
    if (!client || this.busyOrderId || this.busy) return;
    this.set({busyOrderId: order.id});
    try {
      await cancelOrder(client, order.id);
      const text = this.#msg('shop.orderCancelled');
      this.set({notice: {tone: 'success', text}});
      this.#options.say(text);
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      const text =
        error.code === 'order_not_pending'
          ? this.#msg('shop.orderNotPending')
          : this.#failure('shop.cancelError', error).text;
      this.#setOrderNotice(order.id, {tone: 'error', text});
      this.#options.say(text);
    } finally {
      this.set({busyOrderId: undefined});
    }
  }

  #orderFailed(error: unknown): void {
    if (!isPorticoError(error)) throw error;
    const {cart} = this.#options;
    if (error.code === 'terms_not_accepted') {
      this.set({step: 'terms'});
    } else if (error.code === 'out_of_stock') {
      cart.markUnavailable(error);
      // Back to the cart, where the line says what is gone.
      this.set({step: 'cart', notice: {tone: 'error', text: this.#msg('shop.outOfStock')}});
    } else if (isDiscountError(error.code)) {
      // The code lapsed since it was applied: the quote says why and drops it.
      this.set({step: 'cart'});
      void cart.requote();
    } else {
      this.set({notice: this.#failure('shop.orderError', error)});
    }
    if (this.notice) this.#options.say(this.notice.text);
  }

  #paid(order: Order): void {
    const locale = resolveLocale(this.host.resolvedLang);
    const text = msg(locale, 'shop.paid', {total: formatMoney(order.total, locale)});
    this.set({notice: {tone: 'success', text}});
    this.#options.say(text);
    this.host.emit('portico-order-paid', {detail: {order}});
  }

  #setOrderNotice(orderId: string, notice: OrderNotice | undefined): void {
    const notices = new Map(this.orderNotices);
    if (notice) notices.set(orderId, notice);
    else notices.delete(orderId);
    this.set({orderNotices: notices});
  }

  #msg(
    key: 'shop.declined' | 'shop.orderNotPending' | 'shop.orderCancelled' | 'shop.outOfStock',
  ): string {
    return msg(resolveLocale(this.host.resolvedLang), key);
  }

  #failure(key: FailureKey, error: unknown): CartNotice {
    const locale = resolveLocale(this.host.resolvedLang);
    const reason = isPorticoError(error) ? errorReason(error) : 'error.generic';
    return {tone: 'error', text: `${msg(locale, key)} ${msg(locale, reason)}`};
  }
}
