import {isPorticoError, type OrderQuote, type PorticoCore, type PorticoError} from '@portico/sdk';
import {endpoints, quoteOrder} from '@portico/sdk/shop';
import type {ReactiveControllerHost} from 'lit';
import {HostController} from '../internal/host-controller.js';
import {newKey} from '../internal/new-key.js';
import {
  cartKey,
  EMPTY_CART,
  readCart,
  writeCart,
  type CartItem,
  type StoredCart,
} from './cart-storage.js';

/**
 * The discount code refusals the server can give (the quote's `discount_*` errors), each with
 * its own message.
 */
export type DiscountError = Extract<
  (typeof endpoints.quoteOrder.errors)[number],
  `discount_${string}`
>;

export const isDiscountError = (code: string): code is DiscountError =>
  code.startsWith('discount_') && (endpoints.quoteOrder.errors as readonly string[]).includes(code);

/** The most of one product a cart may hold (the API's limit per line). */
export const MAX_QUANTITY = endpoints.createOrder.limits.quantity;

/**
 * The shop's cart: its lines, the discount code and the idempotency key of the order it is
 * becoming, kept in localStorage per API, space and member; and the server's quote of it
 * (membership-included units first, then the code). The element renders what it holds.
 */
export class CartController extends HostController<ReactiveControllerHost> {
  cart: StoredCart = EMPTY_CART;
  /** The server's price of the current cart (signed in only). */
  quote: OrderQuote | undefined;
  /** The last quote failed for another reason than a code or stock. */
  quoteError: PorticoError | undefined;
  /** Why the code the member typed (or the kept one) was refused. */
  discountError: DiscountError | undefined;
  /** A quote is under way. */
  quoting = false;
  /** Products the server said are out of stock for this cart (until the cart changes). */
  readonly unavailable = new Set<string>();

  #client: PorticoCore | undefined;
  #key: string | undefined;
  #seq = 0;

  constructor(host: ReactiveControllerHost) {
    super(host);
  }

  /** The member's kept cart is loaded (a signed-in member's id arrives with their profile). */
  get ready(): boolean {
    return this.#key !== undefined;
  }

  get count(): number {
    return this.cart.items.reduce((sum, item) => sum + item.quantity, 0);
  }

  quantityOf(productId: string): number {
    return this.cart.items.find((item) => item.productId === productId)?.quantity ?? 0;
  }

  /**
   * Follows the client and the member: loads the cart kept for them. `memberId` is `null`
   * for a visitor and `undefined` while the signed-in member is not known yet (nothing
   * changes). A visitor's cart moves to the member who signs in.
   */
  connect(client: PorticoCore | undefined, memberId: string | null | undefined): void {
    if (!client) return;
    if (client.session.isLoggedIn && memberId === null) memberId = undefined;
    if (memberId === undefined) return;
    const key = cartKey(client.storageKey, memberId);
    if (key === this.#key && client === this.#client) return;
    const previous = this.#key;
    this.#client = client;
    this.#key = key;
    let cart = readCart(key);
    const visitorKey = cartKey(client.storageKey, null);
    // What was added before the member was known (lines added while the profile loaded, or
    // the visitor's cart of someone who just signed in) joins the member's cart.
    const fromVisitor = previous === visitorKey && memberId !== null;
    // The cart in memory is the one this page showed (storage may be shared with other tabs).
    const carried = fromVisitor || previous === undefined ? this.cart.items : [];
    if (carried.length > 0 && key !== visitorKey) {
      cart = {...cart, items: mergeItems(cart.items, carried), idempotencyKey: null};
      writeCart(key, cart);
      if (fromVisitor) writeCart(visitorKey, EMPTY_CART);
    }
    this.cart = cart;
    this.unavailable.clear();
    this.discountError = undefined;
    this.quote = undefined;
    void this.requote();
  }

  /** Sets the quantity of a product (0 removes it), within 1…`max`. */
  setQuantity(productId: string, quantity: number, max: number): void {
    const limit = Math.min(max, MAX_QUANTITY);
    const wanted = Math.max(0, Math.min(Math.trunc(quantity), limit));
    const items = this.cart.items.filter((item) => item.productId !== productId);
    const index = this.cart.items.findIndex((item) => item.productId === productId);
    if (wanted > 0) {
      const line = {productId, quantity: wanted};
      if (index === -1) items.push(line);
      else items.splice(index, 0, line);
    }
    this.unavailable.delete(productId);
    this.#save({...this.cart, items, idempotencyKey: null});
  }

  /** Empties the cart (the order was placed), forgetting its idempotency key. */
  clear(): void {
    this.unavailable.clear();
    this.discountError = undefined;
    this.#save(EMPTY_CART);
  }

  /** The cart's `Idempotency-Key`, made and kept on first use. */
  idempotencyKey(): string {
    if (this.cart.idempotencyKey) return this.cart.idempotencyKey;
    const key = newKey();
    this.cart = {...this.cart, idempotencyKey: key};
    if (this.#key) writeCart(this.#key, this.cart);
    return key;
  }

  /** Asks the server to price the cart with `code`; keeps it only if it is accepted. */
  async applyCode(code: string): Promise<boolean> {
    const trimmed = code.trim();
    if (!trimmed) return false;
    const quote = await this.requote(trimmed);
    if (!quote) return false;
    this.#save(
      {
        ...this.cart,
        discountCode: quote.discount?.code ?? trimmed.toUpperCase(),
        idempotencyKey: null,
      },
      false,
    );
    return true;
  }

  removeCode(): void {
    this.discountError = undefined;
    this.#save({...this.cart, discountCode: null, idempotencyKey: null});
  }

  /** Marks the lines a refusal names as out of stock (`body.items.0.quantity`). */
  markUnavailable(error: PorticoError): void {
    for (const {field} of error.fieldErrors) {
      const index = /^body\.items\.(\d+)\./.exec(field)?.[1];
      const item = index === undefined ? undefined : this.cart.items[Number(index)];
      if (item) this.unavailable.add(item.productId);
    }
    this.host.requestUpdate();
  }

  /**
   * Prices the cart on the server (signed in, not empty). A kept code that is no longer
   * valid is dropped with its reason, and the cart priced without it.
   * @returns the quote, or undefined when there is none
   */
  async requote(code: string | null = this.cart.discountCode): Promise<OrderQuote | undefined> {
    const client = this.#client;
    const seq = ++this.#seq;
    if (!client?.session.isLoggedIn || this.cart.items.length === 0) {
      this.quote = undefined;
      this.quoteError = undefined;
      this.quoting = false;
      this.host.requestUpdate();
      return undefined;
    }
    this.quoting = true;
    this.host.requestUpdate();
    try {
      const body = {items: [...this.cart.items], ...(code ? {discountCode: code} : {})};
      const quote = await quoteOrder(client, body);
      if (seq !== this.#seq) return undefined;
      this.quote = quote;
      this.quoteError = undefined;
      if (code) this.discountError = undefined;
      return quote;
    } catch (error) {
      if (seq !== this.#seq || !isPorticoError(error)) return undefined;
      if (isDiscountError(error.code) && code) {
        this.discountError = error.code;
        // The cart is still priced: without a kept code that lapsed, or with the one kept.
        const fallback = this.cart.discountCode === code ? null : this.cart.discountCode;
        if (fallback === null) this.#save({...this.cart, discountCode: null}, false);
        void this.requote(fallback);
        return undefined;
      }
      if (error.code === 'out_of_stock') this.markUnavailable(error);
      else this.quoteError = error;
      this.quote = undefined;
      return undefined;
    } finally {
      if (seq === this.#seq) this.quoting = false;
      this.host.requestUpdate();
    }
  }

  #save(cart: StoredCart, quote = true): void {
    this.cart = cart;
    if (this.#key) writeCart(this.#key, cart);
    this.host.requestUpdate();
    if (quote) void this.requote();
  }
}

function mergeItems(a: readonly CartItem[], b: readonly CartItem[]): CartItem[] {
  const merged = a.map((item) => ({...item}));
  for (const item of b) {
    const same = merged.find((each) => each.productId === item.productId);
    if (same) same.quantity = Math.min(MAX_QUANTITY, same.quantity + item.quantity);
    else merged.push({...item});
  }
  return merged;
}
