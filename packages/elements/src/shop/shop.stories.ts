import {createHandlers} from '@portico/mock-server/msw';
import {createOrder} from '@portico/sdk/shop';
import {getProfile} from '@portico/sdk/profile';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {type RequestHandler} from 'msw';
import {createTestClient, logIn} from '../../test/helpers/client.js';
import {darkTheme} from '@portico/themes';
import {themedStyle, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob, StateParameters} from '../../test/helpers/stories.js';
import {cssomStyle} from '../internal/cssom-style.js';
import {cartKey, writeCart, type CartItem} from './cart-storage.js';
import type {PorticoShop} from './shop.component.js';
import './shop.js';

/** Story-level parameters of this file. */
interface StoryParameters extends StateParameters {
  /** The cart kept for that member, as if they had filled it before a reload. */
  cart?: {items: CartItem[]; discountCode?: string};
  /** Another member buys the last tote bag first. */
  toteBagSold?: boolean;
}

/** The knobs of every shop story. */
interface StoryKnobs extends LangKnob {
  /** The `category` attribute. */
  category: 'all' | 'credit_pack' | 'day_pass' | 'item';
  /** The `layout` attribute. */
  layout: 'grid' | 'list';
  /** The `payment-method` attribute (`pm_card_declined` is declined by the mock). */
  paymentMethod: string;
}

/** Each story's client; Ada signs in unless the story says otherwise. */
const clients = new StoryClients();

const clientFor = (context: StoryContext<StoryKnobs>) => clients.get(context);

/** A story's `play`: presses the checkout button once the cart is priced. */
async function clickCheckout({canvasElement}: {canvasElement: HTMLElement}): Promise<void> {
  const shop = canvasElement.querySelector<PorticoShop>('portico-shop')!;
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    await shop.updateComplete;
    const button = shop.shadowRoot?.querySelector<HTMLButtonElement>('[part~="checkout-button"]');
    if (button?.getAttribute('aria-disabled') === 'false') return button.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A story's `play`: checkout, then "Pay" in the card step with the card it offers first. */
async function checkoutAndPay(context: {canvasElement: HTMLElement}): Promise<void> {
  await clickCheckout(context);
  const shop = context.canvasElement.querySelector<PorticoShop>('portico-shop')!;
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    await shop.updateComplete;
    const button = shop.shadowRoot?.querySelector<HTMLButtonElement>('[part~="pay-now-button"]');
    if (button) return button.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const meta: Meta<StoryKnobs> = {
  component: 'portico-shop',
  title: 'Product shop',
  ...clients.meta<StoryKnobs>('ada@example.com', async (client, context) => {
    const {cart, toteBagSold} = context.parameters as StoryParameters;
    if (toteBagSold) {
      const other = createTestClient();
      await logIn(other, 'ben@example.com');
      await createOrder(other, {items: [{productId: 'tote-bag', quantity: 1}]});
    }
    if (!client.session.isLoggedIn || !cart) return;
    const me = await getProfile(client);
    const key = cartKey(client.storageKey, me.id);
    writeCart(key, {
      items: cart.items,
      discountCode: cart.discountCode ?? null,
      idempotencyKey: null,
    });
    return () => localStorage.removeItem(key);
  }),
  args: {category: 'all', layout: 'grid', paymentMethod: 'pm_card_visa', lang: 'en'},
  argTypes: {
    category: {control: 'inline-radio', options: ['all', 'credit_pack', 'day_pass', 'item']},
    layout: {control: 'inline-radio', options: ['grid', 'list']},
    paymentMethod: {control: 'inline-radio', options: ['pm_card_visa', 'pm_card_declined']},
    lang: {control: 'inline-radio', options: ['en', 'fr']},
  },
  render: (args, context) => html`
    <div lang=${args.lang} ${cssomStyle({'max-width': '60rem'})}>
      <portico-shop
        .client=${clientFor(context)}
        category=${args.category}
        layout=${args.layout}
        payment-method=${args.paymentMethod}
      ></portico-shop>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

const withCart = (
  items: CartItem[],
  discountCode?: string,
  extra: StoryParameters = {},
): {parameters: StoryParameters & {msw: {handlers: RequestHandler[]}}} => ({
  parameters: {
    cart: {items, ...(discountCode ? {discountCode} : {})},
    // Its own seeded space: what the story does stays in it.
    msw: {handlers: createHandlers({scenario: 'demo'})},
    ...extra,
  },
});

/** Ada, signed in: what her membership includes, her pending order, her purchases. */
export const Default: Story = {};

const states = stateStories('/products');

/** A visitor: prices and a cart, and "Sign in to buy". */
export const SignedOut: Story = states.SignedOut;

/** Opened on credit packs (what "Buy credits" does through `showCategory`). */
export const CreditPacks: Story = {args: {category: 'credit_pack'}};

/** One card per row. */
export const ListLayout: Story = {args: {layout: 'list'}};

/** A cart priced by the server: one coffee card included, one paid. */
export const CartWithIncluded: Story = withCart([
  {productId: 'coffee-card', quantity: 2},
  {productId: 'locker-month', quantity: 1},
]);

/** WELCOME10 applied to the total. */
export const DiscountApplied: Story = withCart([{productId: 'pack-10', quantity: 1}], 'WELCOME10');

/** SUMMER2024 ended: "This code has expired." */
export const DiscountExpired: Story = withCart([{productId: 'pack-10', quantity: 1}], 'SUMMER2024');

/** NEXTMONTH20 starts later: "This code is not valid yet." */
export const DiscountNotYetValid: Story = withCart(
  [{productId: 'pack-10', quantity: 1}],
  'NEXTMONTH20',
);

/** LAUNCH25 has no uses left: "This code has been used up." */
export const DiscountUsedUp: Story = withCart([{productId: 'pack-10', quantity: 1}], 'LAUNCH25');

/** BIG50 needs €200: "Your order is below this code’s minimum amount." */
export const DiscountMinimumNotMet: Story = withCart(
  [{productId: 'pack-10', quantity: 1}],
  'BIG50',
);

/** A code that does not exist. */
export const DiscountUnknown: Story = withCart([{productId: 'pack-10', quantity: 1}], 'NOPE');

/**
 * The card step: the mock server is in test mode, so the shop offers its test cards (one
 * pays, one is declined) before "Pay".
 */
export const CardStep: Story = {
  ...withCart([{productId: 'pack-10', quantity: 1}]),
  play: clickCheckout,
};

/**
 * `payment-method="pm_card_declined"` (the declined test card chosen): "Pay" places the order
 * and the card is declined; the order then waits for payment beside Ada's other pending order,
 * and the card step stays to try another card.
 */
export const DeclinedPayment: Story = {
  ...withCart([{productId: 'pack-50', quantity: 1}]),
  args: {paymentMethod: 'pm_card_declined'},
  play: checkoutAndPay,
};

/** Ada's seeded order waits for payment: pay or cancel it. */
export const PendingOrder: Story = {args: {category: 'credit_pack'}};

/** Chloe has not accepted the terms: buying starts with them (the story presses checkout). */
export const TermsFirst: Story = {
  ...withCart([{productId: 'day-pass', quantity: 1}], undefined, {member: 'chloe@example.com'}),
  play: clickCheckout,
};

/** Someone bought the last tote bag: sold out. */
export const SoldOut: Story = {
  args: {category: 'item'},
  parameters: {
    toteBagSold: true,
    msw: {handlers: createHandlers({scenario: 'demo'})},
  } satisfies StoryParameters & {msw: {handlers: RequestHandler[]}},
};

/** The tote bag was in Ada's cart when someone else bought it: the cart says it is gone. */
export const LastItemGone: Story = withCart([{productId: 'tote-bag', quantity: 1}], undefined, {
  toteBagSold: true,
});

/** The catalogue has not answered yet. */
export const Loading: Story = states.Loading;

/** The API answered 503 once: the reason and a Retry button that works. */
export const Error: Story = states.Error;

/** French text, prices and dates. */
export const French: Story = {args: {lang: 'fr'}};

/** The dark theme's tokens on an ancestor. */
export const Dark: Story = {
  render: (args, context) => html`
    <div lang=${args.lang} ${themedStyle(darkTheme)}>
      <portico-shop .client=${clientFor(context)}></portico-shop>
    </div>
  `,
};
