import './shop.messages.js';
import {
  type CurrentMembership,
  type MemberProduct,
  type Plan,
  type Product,
  type ProductKind,
} from '@portico/sdk';
import {profileQuery} from '@portico/sdk/profile';
import {membershipQuery, plansQuery} from '@portico/sdk/membership';
import {myProductsQuery, ordersQuery, productsQuery} from '@portico/sdk/shop';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {msg, resolveLocale} from '../i18n/index.js';
import {DataStates} from '../internal/data-states.js';
import {retryNotice} from '../internal/retry-notice.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {searchField} from '../internal/field.template.js';
import {CartController} from './cart-controller.js';
import {renderCartBar} from './cart-bar.js';
import {renderCart} from './cart-view.js';
import {CheckoutController} from './checkout-controller.js';
import {renderPendingOrders, renderPurchases} from './orders-view.js';
import {maxQuantity, renderProductCard} from './product-card.js';
import styles from './shop.styles.js';

/** The catalogue's categories, in the order they are offered. */
export const CATEGORIES = ['all', 'credit_pack', 'day_pass', 'item'] as const;
export type ShopCategory = (typeof CATEGORIES)[number];

/**
 * @summary The space's shop: credit packs, passes and items with prices, stock and what the
 * membership includes; a cart kept across reloads and priced by the server (with a discount
 * code); checkout (terms, one order per cart, payment); orders waiting for payment; and the
 * member's past purchases. Visitors browse; buying asks them to sign in.
 * @status experimental
 * @since 0.2
 *
 * @csspart base - The component's wrapper.
 * @csspart heading - The shop's title (`showCategory()` moves focus to it).
 * @csspart category - A category filter button.
 * @csspart search - The search field.
 * @csspart products - The list of product cards.
 * @csspart product - One product card.
 * @csspart product-photo - A product's photo.
 * @csspart price - A product's price.
 * @csspart add-button - A product's "Add to cart" button.
 * @csspart cart - The cart.
 * @csspart cart-bar - Narrow widths: the cart's summary, stuck to the bottom of the screen.
 * @csspart cart-summary - The number of items and the total in the bar.
 * @csspart cart-toggle - Opens and closes the cart from the bar.
 * @csspart remove-button - Removes a line from the cart.
 * @csspart line-problem - Why a cart line cannot be bought (sold out, fewer left).
 * @csspart totals - The totals quoted by the server.
 * @csspart discount-form - The discount code form.
 * @csspart discount-input - The discount code field.
 * @csspart discount-error - Why a discount code was refused.
 * @csspart discount-applied - The discount code in use.
 * @csspart terms - The terms to accept before paying.
 * @csspart terms-link - The link to the space's terms.
 * @csspart accept-terms-button - Accepts the terms.
 * @csspart checkout-button - The button that leads to the card step.
 * @csspart card-step - Which card pays (the test cards when the space is in test mode).
 * @csspart card-option - One card to pay with (a radio button).
 * @csspart test-cards-hint - Says the space is in test mode and what the test cards do.
 * @csspart pay-now-button - Places the order (once) and pays it with the chosen card.
 * @csspart checkout-notice - The outcome of the checkout (paid, declined, sold out…).
 * @csspart pending - Orders waiting for payment.
 * @csspart pay-button - Pays a pending order.
 * @csspart cancel-order-button - Cancels a pending order.
 * @csspart order-notice - The outcome of paying or cancelling a pending order.
 * @csspart order-invoiced - A pending order a renewal billed: the invoice to pay instead.
 * @csspart purchases - "My purchases".
 * @csspart error - An error message.
 * @csspart retry-button - Tries loading again.
 * @csspart sign-in-button - Asks the page to sign the visitor in.
 *
 * @cssprop --portico-shop-background - Shop background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-shop-border-color - Borders of the shop and its cards. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-shop-border-radius - Corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-shop-card-background - Product and order cards. Default `--portico-sys-color-surface`.
 * @cssprop --portico-shop-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-shop-muted-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-shop-padding - Inner spacing. Default `--portico-sys-space-lg`.
 * @cssprop --portico-shop-price-color - Prices and totals. Default `--portico-sys-color-primary`.
 *
 * @fires {PorticoCartChangedEvent} portico-cart-changed - The member changed the cart.
 * @fires {PorticoOrderCreatedEvent} portico-order-created - An order was placed.
 * @fires {PorticoOrderPaidEvent} portico-order-paid - An order was paid.
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - A visitor pressed "Sign in to buy".
 * @fires {PorticoErrorEvent} portico-error - Loading the catalogue failed.
 */
export class PorticoShop extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** The category shown: `all`, or a product kind. */
  @property({reflect: true}) category: ShopCategory = 'all';

  /** Only these products (ids separated by spaces or commas); all when empty. */
  @property({attribute: 'product-ids'}) productIds = '';

  /** Cards in a grid, or one per row. */
  @property({reflect: true}) layout: 'grid' | 'list' = 'grid';

  /**
   * The payment method to charge, from the page's payment form (e.g. a Stripe PaymentMethod
   * id). The mock server accepts `pm_card_visa` and declines `pm_card_declined`.
   */
  @property({attribute: 'payment-method'}) paymentMethod = 'pm_card_visa';

  /**
   * The shop's heading; "Shop" in the element's language when not set. An empty label leaves
   * the heading out, for a page that has its own (the portal's Shop page).
   */
  @property() label?: string;

  @state() private search = '';
  /** The cart is open over the summary bar (narrow widths; wider, it is always shown). */
  @state() private cartOpen = false;
  /** The last action's outcome, kept in the live region until the next one. */
  @state() private outcome = '';

  @query('[part~="heading"]') private heading!: HTMLElement | null;
  @query('[part~="base"]') private base!: HTMLElement;

  readonly #products = new QueryController(this, (client) => productsQuery(client));
  readonly #space = new QueryController(this, (client) => spaceQuery(client));
  readonly #me = new QueryController(this, (client) => memberOnly(client, profileQuery));
  readonly #mine = new QueryController(this, (client) => memberOnly(client, myProductsQuery));
  readonly #orders = new QueryController(this, (client) => memberOnly(client, ordersQuery));
  readonly #membership = new QueryController(this, (client) => memberOnly(client, membershipQuery));
  readonly #plans = new QueryController(this, (client) => memberOnly(client, plansQuery));
  readonly #states = new DataStates(this, {
    queries: [this.#products, this.#space],
    member: false,
    errorMessage: 'shop.error',
    loadingMessage: 'shop.loading',
  });
  readonly #cart = new CartController(this);
  readonly #checkout = new CheckoutController(this, {
    cart: this.#cart,
    member: () => this.#me.state.data,
    space: () => this.#space.state.data,
    say: (text) => this.say(text),
    cartChanged: () => this.emitCartChanged(),
  });

  /**
   * Shows `kind` (or everything), then moves keyboard focus to the shop's heading and scrolls
   * it into view: what a "Buy credits" button elsewhere on the page calls.
   */
  async showCategory(kind: ProductKind | 'all'): Promise<void> {
    this.category = kind;
    this.search = '';
    await this.updateComplete;
    const target = this.heading ?? this.base;
    target.focus({preventScroll: true});
    target.scrollIntoView({block: 'start', behavior: 'smooth'});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.resolvedClient;
    const memberId = client?.session.isLoggedIn ? this.#me.state.data?.id : null;
    this.#cart.connect(client, memberId);
  }

  /** The checkout step last rendered, to see it change. */
  #shownStep: CheckoutController['step'] = 'cart';

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const {step} = this.#checkout;
    if (step === this.#shownStep) return;
    this.#shownStep = step;
    // The pressed button is gone with the step it belonged to: when focus fell to the page,
    // bring it to the new step (never taking it from somewhere the member moved on to).
    if (document.activeElement !== document.body && document.activeElement !== this) return;
    const target =
      step === 'card'
        ? '[part~="card-option"]:checked'
        : step === 'terms'
          ? '[part~="accept-terms-button"]'
          : '[part~="checkout-button"]';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return this.#states.renderBase(
      'shop',
      {
        skeleton: () => this.renderSkeleton(),
        ready: () => this.renderReady(locale),
        announcement: () => this.outcome,
      },
      this.label === ''
        ? nothing
        : html`<h2 class="shop__title" part="heading" tabindex="-1">
            ${this.label ?? msg(locale, 'shop.title')}
          </h2>`,
    );
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="shop__products">
      ${[1, 2, 3].map(
        () =>
          html`<div class="product product--skeleton">
            <span class="skeleton skeleton--photo"></span><span class="skeleton"></span
            ><span class="skeleton skeleton--short"></span>
          </div>`,
      )}
    </div>`;
  }

  private get offered(): Product[] {
    const products = this.#products.state.data?.items ?? [];
    const ids = this.productIds.split(/[\s,]+/).filter(Boolean);
    return ids.length === 0 ? products : products.filter((p) => ids.includes(p.id));
  }

  private renderReady(locale: string): TemplateResult {
    const offered = this.offered;
    const kinds = CATEGORIES.filter(
      (kind) => kind === 'all' || offered.some((product) => product.kind === kind),
    );
    const category = kinds.includes(this.category) ? this.category : 'all';
    const needle = normalize(this.search.trim());
    const shown = offered.filter(
      (product) =>
        (category === 'all' || product.kind === category) &&
        (!needle || normalize(`${product.name} ${product.description}`).includes(needle)),
    );
    const signedIn = this.resolvedClient?.session.isLoggedIn ?? false;
    return html`
      <div class="shop__toolbar">
        <div class="shop__categories" role="group" aria-label=${msg(locale, 'shop.categories')}>
          ${kinds.map(
            (kind) =>
              html`<button
                type="button"
                class="button ${kind === category ? 'button--primary' : 'button--secondary'}"
                part="category"
                aria-pressed=${kind === category ? 'true' : 'false'}
                data-category=${kind}
                @click=${() => (this.category = kind)}
              >
                ${msg(locale, `shop.category.${kind}`)}
              </button>`,
          )}
        </div>
        ${searchField({
          label: msg(locale, 'shop.search'),
          className: 'shop__search',
          value: this.search,
          onSearch: (text) => (this.search = text),
        })}
      </div>
      <div class="shop__layout">
        ${this.renderProducts(shown, offered.length, locale)}
        <div class=${`shop__dock${this.cartOpen ? ' shop__dock--open' : ''}`}>
          ${renderCartBar(this.#cart, locale, this.cartOpen, () => (this.cartOpen = !this.cartOpen))}
          ${renderCart(this.#cart, {
            locale,
            signedIn,
            products: this.#products.state.data?.items ?? [],
            currency: this.#space.state.data?.currency,
            step: this.#checkout.step,
            space: this.#space.state.data,
            cards: this.#checkout.cards,
            card: this.#checkout.card,
            payTotal: this.#checkout.cardOrder?.total ?? this.#cart.quote?.total,
            paying: this.#checkout.busy === 'placing' || this.#checkout.busyOrderId !== undefined,
            busy: this.#checkout.busy,
            terms: this.#checkout.terms,
            notice: this.#checkout.notice,
            onQuantity: (id, quantity, max) => this.handleQuantity(id, quantity, max),
            onApplyCode: (code) => void this.handleApplyCode(code),
            onRemoveCode: () => this.#cart.removeCode(),
            onCheckout: () => this.#checkout.checkout(),
            onAcceptTerms: () => void this.#checkout.acceptTerms(),
            onCancelTerms: () => this.#checkout.cancelTerms(),
            onChooseCard: (card) => this.#checkout.chooseCard(card),
            onPayNow: () => void this.#checkout.payNow(),
            onCancelCard: () => this.#checkout.cancelCard(),
            onSignIn: () => this.emit('portico-needs-sign-in'),
          })}
        </div>
      </div>
      ${signedIn ? this.renderOrders(locale) : nothing}
    `;
  }

  private renderProducts(shown: Product[], offered: number, locale: string): TemplateResult {
    if (offered === 0) return html`<p class="shop__hint">${msg(locale, 'shop.empty')}</p>`;
    if (shown.length === 0) {
      return html`<p class="shop__hint">${msg(locale, 'shop.noResults', {query: this.search})}</p>`;
    }
    const mine = this.#mine.state.data?.items ?? [];
    return html`<ul class="shop__products" part="products">
      ${shown.map((product) =>
        renderProductCard(product, {
          locale,
          mine: mine.find((each: MemberProduct) => each.productId === product.id),
          includedTotal: this.includedTotal(product.id),
          inCart: this.#cart.quantityOf(product.id),
          onAdd: (p) => this.handleQuantity(p.id, this.#cart.quantityOf(p.id) + 1, maxQuantity(p)),
        }),
      )}
    </ul>`;
  }

  private renderOrders(locale: string): TemplateResult {
    const {data, status, error} = this.#orders.state;
    const timeZone = this.#space.state.data?.timeZone;
    if (!data) {
      if (status !== 'error') return html`<span class="skeleton shop__orders-skeleton"></span>`;
      return retryNotice(locale, 'shop.ordersError', error, () => this.#orders.retry(), {
        parts: 'notice',
      });
    }
    const pending = data.items.filter((order) => order.status === 'pending_payment');
    const past = data.items.filter((order) => order.status !== 'pending_payment');
    return html`${renderPendingOrders(pending, {
      locale,
      timeZone,
      busyOrderId: this.#checkout.busyOrderId,
      notices: this.#checkout.orderNotices,
      onPay: (order) => void this.#checkout.pay(order),
      onCancel: (order) => void this.#checkout.cancel(order),
    })}
    ${renderPurchases(past, locale, timeZone)}`;
  }

  /** Units of a product the member's plan includes each period, when the plan is known. */
  private includedTotal(productId: string): number | undefined {
    const current = (this.#membership.state.data as CurrentMembership | undefined)?.membership;
    const plan = (this.#plans.state.data?.items as Plan[] | undefined)?.find(
      (each) => each.id === current?.plan.id,
    );
    return plan?.benefits.products.find((each) => each.productId === productId)?.quantity;
  }

  private get locale(): string {
    return resolveLocale(this.resolvedLang);
  }

  private handleQuantity(productId: string, quantity: number, max: number): void {
    const before = this.#cart.quantityOf(productId);
    this.#cart.setQuantity(productId, quantity, max);
    this.#checkout.reset();
    if (this.#cart.quantityOf(productId) === before) return;
    this.emitCartChanged();
  }

  /** Tells screen readers what an action did. */
  private say(text: string): void {
    this.outcome = text;
    this.#states.announce(text);
  }

  private emitCartChanged(): void {
    const items = this.#cart.cart.items.map((item) => ({...item}));
    this.emit('portico-cart-changed', {detail: {items, count: this.#cart.count}});
    this.say(msg(this.locale, 'shop.cartAnnounce', {count: this.#cart.count}));
  }

  private async handleApplyCode(code: string): Promise<void> {
    if (await this.#cart.applyCode(code)) {
      this.say(msg(this.locale, 'shop.codeApplied', {code: this.#cart.cart.discountCode ?? code}));
    }
  }
}

/** A member-only query, or nothing for a visitor. */
function memberOnly<T>(
  client: Parameters<typeof profileQuery>[0],
  select: (client: Parameters<typeof profileQuery>[0]) => T,
): T | undefined {
  return client.session.isLoggedIn ? select(client) : undefined;
}

/** Lower case without accents, so "cafe" finds "Café". */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}
