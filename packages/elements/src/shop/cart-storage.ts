/** One line of the cart: a product and how many. */
export interface CartItem {
  readonly productId: string;
  readonly quantity: number;
}

/** What the shop keeps across reloads for one member (or visitor) of one space. */
export interface StoredCart {
  readonly items: readonly CartItem[];
  /** The discount code the server accepted for this cart. */
  readonly discountCode: string | null;
  /**
   * The `Idempotency-Key` of the order this cart is becoming: made at the first "Buy" and
   * kept until the order exists, so a double click, a retry or a reload never orders twice.
   * A change to the cart drops it (the same key with another body would be refused).
   */
  readonly idempotencyKey: string | null;
}

export const EMPTY_CART: StoredCart = Object.freeze({
  items: Object.freeze([]),
  discountCode: null,
  idempotencyKey: null,
});

/** `portico:cart:<api>:<space>:<member id or "visitor">`. */
export function cartKey(storageKey: string, memberId: string | null): string {
  return `portico:cart:${storageKey}:${memberId ?? 'visitor'}`;
}

/**
 * The cart kept under `key`. Anything unreadable (storage blocked, corrupt JSON, a value
 * another version wrote) is an empty cart: a broken cart must never break the shop.
 */
export function readCart(key: string): StoredCart {
  let raw: string | null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    return EMPTY_CART;
  }
  if (!raw) return EMPTY_CART;
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof StoredCart, unknown>> | null;
    if (!value || typeof value !== 'object' || !Array.isArray(value.items)) return EMPTY_CART;
    const items = value.items.filter(isCartItem).slice(0, 50);
    return {
      items,
      discountCode: typeof value.discountCode === 'string' ? value.discountCode : null,
      idempotencyKey: typeof value.idempotencyKey === 'string' ? value.idempotencyKey : null,
    };
  } catch {
    return EMPTY_CART;
  }
}

/** Keeps `cart` under `key` (an empty cart removes the entry); storage errors are ignored. */
export function writeCart(key: string, cart: StoredCart): void {
  try {
    if (cart.items.length === 0 && !cart.idempotencyKey) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(cart));
  } catch {
    // Private mode or a full quota: the cart still works for this page.
  }
}

function isCartItem(value: unknown): value is CartItem {
  if (!value || typeof value !== 'object') return false;
  const {productId, quantity} = value as Record<string, unknown>;
  return (
    typeof productId === 'string' &&
    productId !== '' &&
    typeof quantity === 'number' &&
    Number.isInteger(quantity) &&
    quantity >= 1 &&
    quantity <= 99
  );
}
