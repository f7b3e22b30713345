import {collapse, harnessWithParts} from '../internal/element.harness.js';
import type {PorticoShop} from './shop.component.js';

/**
 * Reads and drives a `<portico-shop>` the way a member does (cards by product id,
 * the cart's buttons, checkout), so tests do not depend on its shadow DOM.
 */
export class PorticoShopHarness extends harnessWithParts<PorticoShop>()({
  texts: {
    /** The cart's text ('' while the shop is not ready). */
    cartText: 'cart',
    totals: 'totals',
    discountError: 'discount-error',
    discountApplied: 'discount-applied',
    checkoutNotice: 'checkout-notice',
    purchasesText: 'purchases',
  },
  buttons: {
    checkoutButton: 'checkout-button',
    payNowButton: 'pay-now-button',
  },
  inputs: {
    discountInput: 'discount-input',
  },
}) {
  get heading(): HTMLElement {
    return this.part('heading')!;
  }

  /** Product ids of the cards shown, in order. */
  get productIds(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="product"]')].map(
      (card) => card.dataset['productId'] ?? '',
    );
  }

  /** The category buttons' labels, and which one is pressed. */
  get categories(): {label: string; pressed: boolean}[] {
    return [...this.root.querySelectorAll('[part~="category"]')].map((button) => ({
      label: collapse(button.textContent),
      pressed: button.getAttribute('aria-pressed') === 'true',
    }));
  }

  async clickCategory(label: string): Promise<void> {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="category"]')].find(
      (each) => collapse(each.textContent) === label,
    );
    await this.clickShown(button ?? null, `No category "${label}"`);
  }

  async search(text: string): Promise<void> {
    await this.typeInto(this.part<HTMLInputElement>('search'), text, 'No search field');
  }

  card(productId: string): HTMLElement | null {
    return this.root.querySelector(`[part~="product"][data-product-id="${productId}"]`);
  }

  cardText(productId: string): string {
    return collapse(this.card(productId)?.textContent);
  }

  addButton(productId: string): HTMLButtonElement {
    const button = this.card(productId)?.querySelector<HTMLButtonElement>('[part~="add-button"]');
    if (!button) throw new Error(`No card for ${productId}`);
    return button;
  }

  async add(productId: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      this.addButton(productId).click();
      await this.settled();
    }
  }

  get cart(): HTMLElement {
    const cart = this.part('cart');
    if (!cart) throw new Error(`No cart is shown; the shop shows: "${this.text}"`);
    return cart;
  }

  /** The member's kept cart has loaded. */
  get cartReady(): boolean {
    return this.part('cart')?.getAttribute('aria-busy') === 'false';
  }

  /** `{productId: quantity}` of the cart's lines. */
  get cartLines(): Record<string, number> {
    return Object.fromEntries(
      [...this.cart.querySelectorAll<HTMLElement>('.cart__line')].map((line) => [
        line.dataset['productId'] ?? '',
        Number(line.querySelector<HTMLInputElement>('input')!.value),
      ]),
    );
  }

  line(productId: string): HTMLElement {
    const line = this.cart.querySelector<HTMLElement>(
      `.cart__line[data-product-id="${productId}"]`,
    );
    if (!line) throw new Error(`No cart line for ${productId}`);
    return line;
  }

  lineText(productId: string): string {
    return collapse(this.line(productId).textContent);
  }

  /** The cart line's −, quantity, + and Remove controls. */
  controls(productId: string) {
    const line = this.line(productId);
    const [decrease, increase] = [...line.querySelectorAll<HTMLButtonElement>('.cart__step')];
    return {
      decrease: decrease!,
      input: line.querySelector<HTMLInputElement>('input')!,
      increase: increase!,
      remove: line.querySelector<HTMLButtonElement>('[part~="remove-button"]')!,
    };
  }

  /** Types a quantity and leaves the field (a `change`). */
  async typeQuantity(productId: string, value: string): Promise<void> {
    const {input} = this.controls(productId);
    input.value = value;
    input.dispatchEvent(new Event('change', {bubbles: true}));
    await this.settled();
  }

  get isQuoting(): boolean {
    return (
      this.part('totals')?.getAttribute('aria-busy') === 'true' ||
      this.cartText.includes('Updating the total')
    );
  }

  async applyCode(code: string): Promise<void> {
    const input = this.discountInput;
    if (!input) throw new Error('No discount code field');
    input.value = code;
    this.part('discount-form')!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await this.settled();
  }

  /** Checkout can be pressed: the cart is quoted and nothing blocks it. */
  get canCheckout(): boolean {
    return this.checkoutButton?.getAttribute('aria-disabled') === 'false';
  }

  get terms(): HTMLElement | null {
    return this.part('terms');
  }

  async acceptTerms(): Promise<void> {
    (this.part('accept-terms-button') as HTMLButtonElement).click();
    await this.settled();
  }

  /** The card step (which card pays), or null. */
  get cardStep(): HTMLElement | null {
    return this.part('card-step');
  }

  /** The card step's choices: each card's payment method id and label. */
  get cardOptions(): {card: string; label: string; checked: boolean}[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('[part~="card-option"]')].map(
      (input) => ({
        card: input.value,
        label: collapse(input.closest('label')?.textContent),
        checked: input.checked,
      }),
    );
  }

  chooseCard(card: string): void {
    const input = [...this.root.querySelectorAll<HTMLInputElement>('[part~="card-option"]')].find(
      (each) => each.value === card,
    );
    if (!input) throw new Error(`The card step offers no ${card}`);
    input.click();
  }

  /** Checkout, then Pay in the card step with the card it has chosen (or `card`). */
  async checkout(card?: string): Promise<void> {
    this.checkoutButton!.click();
    await this.until((h) => h.payNowButton !== null);
    if (card) this.chooseCard(card);
    this.payNowButton!.click();
  }

  /** Ids of the orders waiting for payment. */
  get pendingOrderIds(): string[] {
    return [...(this.part('pending')?.querySelectorAll<HTMLElement>('.order') ?? [])].map(
      (order) => order.dataset['orderId'] ?? '',
    );
  }

  pendingOrder(orderId: string): HTMLElement {
    const order = this.part('pending')?.querySelector<HTMLElement>(`[data-order-id="${orderId}"]`);
    if (!order) throw new Error(`No pending order ${orderId}`);
    return order;
  }

  /** Presses a pending order's `pay` or `cancel-order` button. */
  pressOnOrder(orderId: string, button: 'pay' | 'cancel-order'): void {
    const shown = this.pendingOrder(orderId).querySelector<HTMLButtonElement>(
      `[part~="${button}-button"]`,
    );
    if (!shown) throw new Error(`No ${button} button on order ${orderId}`);
    shown.click();
  }

  /** Whole text of each past order in "My purchases". */
  get purchases(): string[] {
    return this.texts(this.part('purchases')?.querySelectorAll('.order'));
  }
}
