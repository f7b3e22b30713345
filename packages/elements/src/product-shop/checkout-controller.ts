import {
  isPorticoError,
  meApi,
  ordersApi,
  type Member,
  type Order,
  type PorticoCore,
  type Space,
} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {msg, resolveLocale} from '../i18n/index.js';
import {errorReason} from '../internal/error-message.js';
import type {PorticoElement} from '../internal/portico-element.js';
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
  member: () => Member | undefined;
  space: () => Space | undefined;
  /** Tells screen readers an outcome. */
  say: (text: string) => void;
  /** The cart was emptied into an order. */
  cartChanged: () => void;
}

type FailureKey = 'shop.orderError' | 'shop.payError' | 'shop.cancelError';

/**
 * Checkout and the orders waiting for payment: the terms step, one order per cart (its
 * idempotency key survives double clicks, retries and reloads), payment, and paying or
 * cancelling a pending order later. Each outcome is a notice the shop renders.
 */
export class CheckoutController implements ReactiveController {
  /** Checkout shows the cart, or asks to accept the space's terms first. */
  step: 'cart' | 'terms' = 'cart';
  /** An order is being placed, or the terms accepted. */
  busy: 'placing' | 'accepting' | undefined;
  /** The order being paid or cancelled. */
  busyOrderId: string | undefined;
  /** The outcome of the last checkout, under the cart. */
  notice: CartNotice | undefined;
  /** Outcomes of paying or cancelling a pending order, beside it. */
  orderNotices: ReadonlyMap<string, OrderNotice> = new Map();

  readonly #host: CheckoutHost;
  readonly #options: CheckoutOptions;

  constructor(host: CheckoutHost, options: CheckoutOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The cart changed: the last outcome and the terms step no longer apply. */
  reset(): void {
    this.notice = undefined;
    this.step = 'cart';
    this.#host.requestUpdate();
  }

  cancelTerms(): void {
    this.step = 'cart';
    this.#host.requestUpdate();
  }

  async acceptTerms(): Promise<void> {
    const client = this.#host.resolvedClient;
    const version = this.#options.space()?.terms.version;
    if (!client || !version || this.busy) return;
    this.#set({busy: 'accepting'});
    try {
      await meApi(client).acceptTerms({version});
      this.#set({step: 'cart', busy: undefined});
      await this.checkout(true);
    } catch (error) {
      this.#set({busy: undefined, notice: this.#failure('shop.orderError', error)});
    }
  }

  /** Places the cart's order once, then pays it. */
  async checkout(termsJustAccepted = false): Promise<void> {
    const client = this.#host.resolvedClient;
    const {cart} = this.#options;
    if (this.busy || this.busyOrderId || !client) return;
    if (!client.session.isLoggedIn) {
      this.#host.emit('portico-needs-sign-in');
      return;
    }
    const member = this.#options.member();
    if (member && !member.termsAccepted && !termsJustAccepted) {
      this.#set({step: 'terms'});
      return;
    }
    const items = [...cart.cart.items];
    if (items.length === 0) return;
    const discountCode = cart.cart.discountCode;
    this.#set({busy: 'placing', notice: undefined});
    let order: Order;
    try {
      order = await ordersApi(client).create(
        {items, ...(discountCode ? {discountCode} : {})},
        {idempotencyKey: cart.idempotencyKey()},
      );
    } catch (error) {
      this.#set({busy: undefined});
      this.#orderFailed(error);
      return;
    }
    this.#set({busy: undefined});
    cart.clear();
    this.#options.cartChanged();
    this.#host.emit('portico-order-created', {detail: {order}});
    if (order.status === 'paid') this.#paid(order);
    else await this.pay(order, true);
  }

  /** Pays `order`; a refusal is said under the cart right after checkout, else beside the order. */
  async pay(order: Order, fromCheckout = false): Promise<void> {
    const client = this.#host.resolvedClient;
    if (!client || this.busyOrderId || this.busy) return;
    this.#set({busyOrderId: order.id});
    this.#setOrderNotice(order.id, undefined);
    try {
      const paid = await ordersApi(client).pay(order.id, {
        paymentMethod: this.#host.paymentMethod,
      });
      this.#paid(paid);
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      const text =
        error.code === 'payment_declined'
          ? this.#msg('shop.declined')
          : error.code === 'order_not_pending'
            ? this.#msg('shop.orderNotPending')
            : this.#failure('shop.payError', error).text;
      if (fromCheckout) this.#set({notice: {tone: 'error', text}});
      else this.#setOrderNotice(order.id, {tone: 'error', text});
      this.#options.say(text);
    } finally {
      this.#set({busyOrderId: undefined});
    }
  }

  async cancel(order: Order): Promise<void> {
    const client = this.#host.resolvedClient;
    if (!client || this.busyOrderId || this.busy) return;
    this.#set({busyOrderId: order.id});
    try {
      await ordersApi(client).cancel(order.id);
      const text = this.#msg('shop.orderCancelled');
      this.#set({notice: {tone: 'success', text}});
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
      this.#set({busyOrderId: undefined});
    }
  }

  #orderFailed(error: unknown): void {
    if (!isPorticoError(error)) throw error;
    const {cart} = this.#options;
    if (error.code === 'terms_not_accepted') {
      this.#set({step: 'terms'});
    } else if (error.code === 'out_of_stock') {
      cart.markUnavailable(error);
      this.#set({notice: {tone: 'error', text: this.#msg('shop.outOfStock')}});
    } else if (isDiscountError(error.code)) {
      // The code lapsed since it was applied: the quote says why and drops it.
      void cart.requote();
    } else {
      this.#set({notice: this.#failure('shop.orderError', error)});
    }
    if (this.notice) this.#options.say(this.notice.text);
  }

  #paid(order: Order): void {
    const locale = resolveLocale(this.#host.resolvedLang);
    const text = msg(locale, 'shop.paid', {total: formatMoney(order.total, locale)});
    this.#set({notice: {tone: 'success', text}});
    this.#options.say(text);
    this.#host.emit('portico-order-paid', {detail: {order}});
  }

  #setOrderNotice(orderId: string, notice: OrderNotice | undefined): void {
    const notices = new Map(this.orderNotices);
    if (notice) notices.set(orderId, notice);
    else notices.delete(orderId);
    this.#set({orderNotices: notices});
  }

  #set(
    changes: Partial<
      Pick<CheckoutController, 'step' | 'busy' | 'busyOrderId' | 'notice' | 'orderNotices'>
    >,
  ): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  #msg(
    key: 'shop.declined' | 'shop.orderNotPending' | 'shop.orderCancelled' | 'shop.outOfStock',
  ): string {
    return msg(resolveLocale(this.#host.resolvedLang), key);
  }

  #failure(key: FailureKey, error: unknown): CartNotice {
    const locale = resolveLocale(this.#host.resolvedLang);
    const reason = isPorticoError(error) ? errorReason(error) : 'error.generic';
    return {tone: 'error', text: `${msg(locale, key)} ${msg(locale, reason)}`};
  }
}
