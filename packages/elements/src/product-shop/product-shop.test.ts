/// <reference types="mocha" />
import {expect, html} from '@open-wc/testing';
import {meApi, ordersApi, type PorticoClient} from '@portico/sdk';
import {sendKeys} from '@web/test-runner-commands';
import {delay, http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {createTestClient, logIn, resetMockApi, SPACE, worker} from '../../test/helpers/mock-api.js';
import {mount} from '../../test/helpers/mount.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import {PorticoCreditBalanceHarness} from '../credit-balance/credit-balance.harness.js';
import '../credit-balance/credit-balance.js';
import {clearSharedClients} from '../internal/client-registry.js';
import {cartKey, readCart} from './cart-storage.js';
import './product-shop.js';
import {PorticoProductShopHarness} from './product-shop.harness.js';

const PRODUCTS = `*/v1/spaces/${SPACE}/products`;

const problem = (status: number, code: string) =>
  HttpResponse.json(
    {type: 'about:blank', title: code, status, code},
    {status, headers: {'content-type': 'application/problem+json'}},
  );

interface SetupOptions {
  client?: PorticoClient;
  /** Who signs in first (`null`: nobody). */
  member?: string | null;
  lang?: string;
  attributes?: {category?: string; productIds?: string; layout?: string};
}

async function setupTest(options: SetupOptions = {}) {
  const client = options.client ?? createTestClient();
  const member = options.member === undefined ? 'ada@example.com' : options.member;
  if (member && !client.session.isLoggedIn) await logIn(client, member);
  const {category, productIds, layout} = options.attributes ?? {};
  const wrapper = await mount(html`
    <div lang=${options.lang ?? 'en'}>
      <portico-product-shop
        .client=${client}
        category=${category ?? 'all'}
        product-ids=${productIds ?? ''}
        layout=${layout ?? 'grid'}
      ></portico-product-shop>
    </div>
  `);
  const el = wrapper.querySelector('portico-product-shop')!;
  const harness = new PorticoProductShopHarness(el);
  await harness.until(
    (h) => (h.productIds.length > 0 && h.cartReady) || h.text.includes('Nothing'),
  );
  return {el, harness, client, wrapper};
}

/** Waits for the server's quote of the cart. */
const quoted = (h: PorticoProductShopHarness) => h.canCheckout && !h.isQuoting;

describe('<portico-product-shop>', () => {
  beforeEach(async () => {
    await resetMockApi();
  });

  afterEach(() => {
    clearSharedClients();
    // Only the carts: other test files share this origin's storage and run at the same time.
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('portico:cart:')) localStorage.removeItem(key);
    }
    sinon.restore();
  });

  describe('when browsing signed out', () => {
    it('should list every product with its price in the space currency', async () => {
      const {harness} = await setupTest({member: null});
      expect(harness.productIds).to.deep.equal([
        'pack-10',
        'pack-50',
        'day-pass',
        'coffee-card',
        'printing-50',
        'locker-month',
        'tote-bag',
      ]);
      expect(harness.cardText('pack-10')).to.contain('€40.00');
      expect(harness.cardText('pack-10')).to.contain('10 credits · valid 90 days');
      expect(harness.cardText('tote-bag')).to.contain('1 left');
      expect(harness.cardText('locker-month')).to.contain('4 left');
      expect(harness.cardText('coffee-card')).not.to.contain('left');
    });

    it('should offer the categories present, All pressed', async () => {
      const {harness} = await setupTest({member: null});
      expect(harness.categories).to.deep.equal([
        {label: 'All', pressed: true},
        {label: 'Credit packs', pressed: false},
        {label: 'Passes', pressed: false},
        {label: 'Items', pressed: false},
      ]);
      await harness.clickCategory('Credit packs');
      expect(harness.productIds).to.deep.equal(['pack-10', 'pack-50']);
      expect(harness.element.category).to.equal('credit_pack');
    });

    it('should let a visitor fill a cart, estimate it, and ask to sign in to buy', async () => {
      const {el, harness} = await setupTest({member: null});
      const signIn = sinon.spy();
      el.addEventListener('portico-needs-sign-in', signIn);
      await harness.add('coffee-card', 2);
      expect(harness.cartLines).to.deep.equal({'coffee-card': 2});
      expect(harness.cartText).to.contain('Subtotal €30.00');
      expect(harness.cartText).to.contain('Sign in to see your price');
      (harness.part('sign-in-button') as HTMLButtonElement).click();
      expect(signIn).to.have.been.calledOnce;
    });

    it('should keep the visitor cart when they sign in', async () => {
      const {harness, client} = await setupTest({member: null});
      await harness.add('day-pass');
      await logIn(client, 'ben@example.com');
      await harness.until(quoted);
      expect(harness.cartLines).to.deep.equal({'day-pass': 1});
      expect(harness.totals).to.contain('Total €25.00');
    });

    it('should be accessible in every theme', async () => {
      const {el, harness, wrapper} = await setupTest({member: null});
      await harness.add('pack-10');
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('attributes', () => {
    it('should start on the category attribute and show only product-ids', async () => {
      const {harness} = await setupTest({
        member: null,
        attributes: {category: 'item', productIds: 'coffee-card, tote-bag pack-10'},
      });
      expect(harness.productIds).to.deep.equal(['coffee-card', 'tote-bag']);
      expect(harness.categories.map((c) => c.label)).to.deep.equal([
        'All',
        'Credit packs',
        'Items',
      ]);
    });

    it('should reflect layout="list" and lay cards in one column', async () => {
      const {el, harness} = await setupTest({member: null, attributes: {layout: 'list'}});
      expect(el.getAttribute('layout')).to.equal('list');
      const list = harness.part('products')!;
      expect(getComputedStyle(list).gridTemplateColumns.split(' ')).to.have.length(1);
    });
  });

  describe('search', () => {
    it('should filter by name and description, ignoring accents and case', async () => {
      const {harness} = await setupTest({member: null});
      await harness.search('TOTE');
      expect(harness.productIds).to.deep.equal(['tote-bag']);
      await harness.search('canopee');
      expect(harness.productIds).to.deep.equal(['tote-bag']);
    });

    it('should say when nothing matches, quoting what was typed as text', async () => {
      const {harness} = await setupTest({member: null});
      await harness.search('<b>zzz</b>');
      expect(harness.productIds).to.deep.equal([]);
      expect(harness.text).to.contain('No product matches “<b>zzz</b>”.');
      expect(harness.root.querySelector('b')).to.be.null;
    });
  });

  describe('when signed in', () => {
    it('should show what the membership still includes', async () => {
      const {harness} = await setupTest();
      // Ada's Flex plan includes 2 coffee cards (one taken) and 1 printing pack a month.
      await harness.until((h) => h.cardText('coffee-card').includes('of 2 included'));
      expect(harness.cardText('coffee-card')).to.contain('1 of 2 included left');
      expect(harness.cardText('printing-50')).to.contain('1 of 1 included left');
      expect(harness.cardText('pack-10')).not.to.contain('included');
    });

    it('should price the cart on the server, included units first', async () => {
      const {harness} = await setupTest();
      await harness.add('coffee-card', 2);
      await harness.until(quoted);
      expect(harness.lineText('coffee-card')).to.contain('1 included');
      expect(harness.totals).to.equal('Subtotal €15.00 Total €15.00');
      expect(harness.checkoutButton!.textContent!.trim()).to.equal('Pay €15.00');
    });
  });

  describe('the cart', () => {
    it('should never go above the stock or below 1, and emit portico-cart-changed', async () => {
      const {el, harness} = await setupTest();
      const changed = sinon.spy();
      el.addEventListener('portico-cart-changed', changed);
      await harness.add('locker-month');
      expect(changed).to.have.been.calledOnce;
      expect(changed.firstCall.args[0].detail).to.deep.equal({
        items: [{productId: 'locker-month', quantity: 1}],
        count: 1,
      });
      const controls = () => harness.controls('locker-month');
      expect(controls().decrease.disabled).to.be.true;
      for (let i = 0; i < 3; i++) {
        controls().increase.click();
        await harness.settled();
      }
      expect(harness.cartLines).to.deep.equal({'locker-month': 4});
      expect(controls().increase.disabled).to.be.true;
      expect(harness.addButton('locker-month').disabled).to.be.true;
      await harness.typeQuantity('locker-month', '12');
      expect(harness.cartLines).to.deep.equal({'locker-month': 4});
      await harness.typeQuantity('locker-month', '0');
      expect(harness.cartLines).to.deep.equal({'locker-month': 1});
      await harness.typeQuantity('locker-month', 'abc');
      expect(harness.cartLines).to.deep.equal({'locker-month': 1});
      controls().remove.click();
      await harness.settled();
      expect(harness.cartLines).to.deep.equal({});
      expect(harness.cartText).to.contain('Your cart is empty.');
      expect(changed.lastCall.args[0].detail).to.deep.equal({items: [], count: 0});
    });

    it('should be kept across reloads, per member', async () => {
      const client = createTestClient();
      const first = await setupTest({client});
      await first.harness.add('printing-50');
      await first.harness.add('day-pass', 2);
      first.wrapper.remove();
      const again = await setupTest({client});
      await again.harness.until((h) => Object.keys(h.cartLines).length === 2);
      expect(again.harness.cartLines).to.deep.equal({'printing-50': 1, 'day-pass': 2});
      again.wrapper.remove();
      const ben = await setupTest({member: 'ben@example.com'});
      expect(ben.harness.cartLines).to.deep.equal({});
    });

    it('should not show a member cart after sign-out, and bring it back on sign-in', async () => {
      const {harness, client} = await setupTest();
      await harness.add('pack-50');
      await client.auth.logout();
      await harness.until((h) => h.cartText.includes('Your cart is empty.'));
      expect(harness.part('pending')).to.be.null;
      await logIn(client);
      await harness.until((h) => h.cartLines['pack-50'] === 1);
    });

    it('should change quantities from the keyboard', async () => {
      const {el, harness} = await setupTest();
      await harness.add('day-pass');
      const {increase} = harness.controls('day-pass');
      increase.focus();
      await sendKeys({press: 'Enter'});
      await harness.settled();
      expect(harness.cartLines).to.deep.equal({'day-pass': 2});
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      const {input} = harness.controls('day-pass');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      input.select();
      await sendKeys({type: '5'});
      await sendKeys({press: 'Tab'});
      await harness.settled();
      expect(harness.cartLines).to.deep.equal({'day-pass': 5});
    });

    it('should start empty when the stored cart is corrupt', async () => {
      const client = createTestClient();
      await logIn(client);
      const me = await meApi(client).get();
      localStorage.setItem(cartKey(client.storageKey, me.id), '{"items": [{"productId": 3}');
      const {harness} = await setupTest({client});
      expect(harness.cartText).to.contain('Your cart is empty.');
      await harness.add('pack-10');
      expect(harness.cartLines).to.deep.equal({'pack-10': 1});
      localStorage.setItem(cartKey(client.storageKey, me.id), JSON.stringify({items: 'x'}));
      expect(readCart(cartKey(client.storageKey, me.id)).items).to.deep.equal([]);
    });
  });

  describe('discount codes', () => {
    const refusals = {
      SUMMER2024: 'This code has expired.',
      NEXTMONTH20: 'This code is not valid yet.',
      LAUNCH25: 'This code has been used up.',
      BIG50: 'Your order is below this code’s minimum amount.',
      NOPE: 'This code does not exist. Check the spelling.',
    };

    it('should apply a valid code to the server total', async () => {
      const {harness} = await setupTest();
      await harness.add('pack-10');
      await harness.until(quoted);
      await harness.applyCode('welcome10');
      await harness.until((h) => h.discountApplied !== '' && quoted(h));
      expect(harness.discountApplied).to.contain('Code WELCOME10 applied.');
      expect(harness.totals).to.equal('Subtotal €40.00 Discount (WELCOME10) −€4.00 Total €36.00');
    });

    for (const [code, message] of Object.entries(refusals)) {
      it(`should refuse ${code} with its own message and keep what was typed`, async () => {
        const {harness} = await setupTest();
        await harness.add('pack-10');
        await harness.until(quoted);
        await harness.applyCode(code);
        await harness.until((h) => h.discountError !== '');
        expect(harness.discountError).to.equal(message);
        expect(harness.discountInput!.value).to.equal(code);
        expect(harness.discountInput!.getAttribute('aria-invalid')).to.equal('true');
        await harness.until(quoted);
        expect(harness.totals).to.equal('Subtotal €40.00 Total €40.00');
      });
    }
  });

  describe('checkout', () => {
    it('should place the order, pay it, and raise the balance of a credit widget on the page', async () => {
      const client = createTestClient();
      await logIn(client);
      const wrapper = await mount(
        html`<div>
          <portico-credit-balance .client=${client}></portico-credit-balance>
          <portico-product-shop .client=${client}></portico-product-shop>
        </div>`,
      );
      const shop = new PorticoProductShopHarness(wrapper.querySelector('portico-product-shop')!);
      const balance = new PorticoCreditBalanceHarness(
        wrapper.querySelector('portico-credit-balance')!,
      );
      await balance.until((h) => h.total !== '');
      const before = Number(balance.total);
      const created = sinon.spy();
      const paid = sinon.spy();
      wrapper.addEventListener('portico-order-created', created);
      wrapper.addEventListener('portico-order-paid', paid);
      await shop.until((h) => h.productIds.length > 0);
      await shop.add('pack-10');
      await shop.until(quoted);
      shop.checkoutButton!.click();
      await shop.until((h) => h.checkoutNotice !== '');
      expect(shop.checkoutNotice).to.equal('Thank you! Order paid: €40.00.');
      expect(shop.announcement).to.equal('Thank you! Order paid: €40.00.');
      expect(shop.cartText).to.contain('Your cart is empty.');
      expect(created).to.have.been.calledOnce;
      expect(paid).to.have.been.calledOnce;
      const order = paid.firstCall.args[0].detail.order;
      expect(order.status).to.equal('paid');
      expect(created.firstCall.args[0].detail.order.id).to.equal(order.id);
      await balance.until((h) => Number(h.total) === before + 10);
      await shop.until((h) => h.purchases.some((text) => text.includes('1 × 10 credits')));
      expect(shop.purchases[0]).to.match(/Paid 1 × 10 credits €40\.00 Total €40\.00$/);
    });

    it('should send one order for a double click, and the same key on a retry', async () => {
      const {harness} = await setupTest();
      const keys: string[] = [];
      worker.events.on('request:start', ({request}) => {
        const url = new URL(request.url);
        if (request.method === 'POST' && url.pathname.endsWith('/orders')) {
          keys.push(request.headers.get('idempotency-key') ?? '');
        }
      });
      try {
        worker.use(
          http.post(`*/v1/spaces/${SPACE}/orders`, () => HttpResponse.error(), {once: true}),
        );
        await harness.add('day-pass');
        await harness.until(quoted);
        harness.checkoutButton!.click();
        harness.checkoutButton!.click();
        await harness.until((h) => h.checkoutNotice !== '');
        expect(harness.checkoutNotice).to.equal(
          'Your order could not be placed. You seem to be offline.',
        );
        expect(keys).to.have.length(1);
        expect(harness.cartLines).to.deep.equal({'day-pass': 1});
        harness.checkoutButton!.click();
        harness.checkoutButton!.click();
        await harness.until((h) => h.checkoutNotice.startsWith('Thank you'));
        expect(keys).to.have.length(2);
        expect(keys[1]).to.equal(keys[0]);
        expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
      } finally {
        worker.events.removeAllListeners();
      }
    });

    it('should say a declined card was declined, and keep the order payable', async () => {
      const {el, harness, client} = await setupTest();
      el.paymentMethod = 'pm_card_declined';
      const paid = sinon.spy();
      el.addEventListener('portico-order-paid', paid);
      await harness.add('pack-50');
      await harness.until(quoted);
      harness.checkoutButton!.click();
      await harness.until((h) => h.checkoutNotice !== '');
      expect(harness.checkoutNotice).to.equal(
        'Your card was declined. Nothing was charged; the order is waiting for payment.',
      );
      expect(paid).not.to.have.been.called;
      expect(harness.announcement).to.equal(harness.checkoutNotice);
      await expectAccessibleInEveryTheme(el, el.parentElement!);
      const {items} = await ordersApi(client).list({status: 'pending_payment'});
      const order = items.find((each) => each.lines.some((line) => line.productId === 'pack-50'))!;
      await harness.until((h) => h.pendingOrderIds.includes(order.id));
      el.paymentMethod = 'pm_card_visa';
      harness
        .pendingOrder(order.id)
        .querySelector<HTMLButtonElement>('[part~="pay-button"]')!
        .click();
      await harness.until((h) => !h.pendingOrderIds.includes(order.id));
      expect(paid).to.have.been.calledOnce;
      expect(harness.checkoutNotice).to.equal('Thank you! Order paid: €180.00.');
    });

    it('should show the terms step first, with the space terms link', async () => {
      const {el, harness} = await setupTest({member: 'chloe@example.com'});
      const created = sinon.spy();
      el.addEventListener('portico-order-created', created);
      await harness.add('day-pass');
      await harness.until(quoted);
      harness.checkoutButton!.click();
      await harness.until((h) => h.terms !== null);
      expect(created).not.to.have.been.called;
      const link = harness.part('terms-link') as HTMLAnchorElement;
      expect(link.textContent!.trim()).to.equal('Read the terms (version 2024-09)');
      expect(link.href).to.match(/^https?:/);
      await expectAccessibleInEveryTheme(harness.element, harness.element.parentElement!);
      await harness.acceptTerms();
      await harness.until((h) => h.checkoutNotice.startsWith('Thank you'));
      expect(created).to.have.been.calledOnce;
      expect(harness.terms).to.be.null;
    });

    it('should tell the member who loses the last item that it is gone, charging nothing', async () => {
      const winner = await setupTest({member: 'ben@example.com'});
      const loser = await setupTest();
      await winner.harness.add('tote-bag');
      await loser.harness.add('tote-bag');
      await winner.harness.until(quoted);
      await loser.harness.until(quoted);
      const before = (await ordersApi(loser.client).list()).items.length;
      winner.harness.checkoutButton!.click();
      await winner.harness.until((h) => h.checkoutNotice.startsWith('Thank you'));
      loser.harness.checkoutButton!.click();
      await loser.harness.until((h) => h.checkoutNotice !== '');
      expect(loser.harness.checkoutNotice).to.equal(
        'Someone else just bought the last one: nothing was charged.',
      );
      await loser.harness.until((h) => h.cardText('tote-bag').includes('Sold out'));
      expect(loser.harness.lineText('tote-bag')).to.contain(
        'Canopée tote bag (last one!) is no longer available. Remove it to continue.',
      );
      expect(loser.harness.canCheckout).to.be.false;
      await expectAccessibleInEveryTheme(loser.el, loser.wrapper);
      expect(loser.harness.addButton('tote-bag').disabled).to.be.true;
      expect((await ordersApi(loser.client).list()).items).to.have.length(before);
    });
  });

  describe('pending orders', () => {
    it('should show the seeded pending order, payable', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.pendingOrderIds.length === 1);
      const [id] = harness.pendingOrderIds;
      const order = harness.pendingOrder(id!);
      expect(order.textContent).to.contain('Awaiting payment');
      expect(order.textContent).to.contain('€40.00');
      const paid = sinon.spy();
      el.addEventListener('portico-order-paid', paid);
      order.querySelector<HTMLButtonElement>('[part~="pay-button"]')!.click();
      await harness.until((h) => h.pendingOrderIds.length === 0);
      expect(paid).to.have.been.calledOnce;
      await harness.until((h) => h.purchases.some((text) => text.includes('Paid')));
    });

    it('should cancel a pending order', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.pendingOrderIds.length === 1);
      const [id] = harness.pendingOrderIds;
      harness
        .pendingOrder(id!)
        .querySelector<HTMLButtonElement>('[part~="cancel-order-button"]')!
        .click();
      await harness.until((h) => h.pendingOrderIds.length === 0);
      expect(harness.checkoutNotice).to.equal('Order cancelled.');
      await harness.until((h) => h.purchases.some((text) => text.includes('Cancelled')));
    });

    it('should say a pending declined payment beside its order', async () => {
      const {el, harness} = await setupTest();
      el.paymentMethod = 'pm_card_declined';
      await harness.until((h) => h.pendingOrderIds.length === 1);
      const order = harness.pendingOrder(harness.pendingOrderIds[0]!);
      order.querySelector<HTMLButtonElement>('[part~="pay-button"]')!.click();
      await harness.until((h) => h.part('order-notice') !== null);
      expect(harness.part('order-notice')!.textContent!.trim()).to.equal(
        'Your card was declined. Nothing was charged; the order is waiting for payment.',
      );
      expect(harness.pendingOrderIds).to.have.length(1);
    });
  });

  describe('when a request of the cart or orders fails', () => {
    it('should show a failed quote with Retry, keeping the cart', async () => {
      let failing = true;
      worker.use(
        http.post(`*/v1/spaces/${SPACE}/orders/quote`, () =>
          failing ? problem(503, 'service_unavailable') : undefined,
        ),
      );
      const {harness} = await setupTest();
      await harness.add('day-pass');
      await harness.until((h) => h.cart.querySelector('[part~="retry-button"]') !== null);
      expect(harness.cartText).to.contain(
        'The total could not be calculated. The service is unavailable, please try again shortly.',
      );
      expect(harness.canCheckout).to.be.false;
      failing = false;
      harness.cart.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await harness.until(quoted);
      expect(harness.totals).to.equal('Subtotal €25.00 Total €25.00');
      expect(harness.cartLines).to.deep.equal({'day-pass': 1});
    });

    it('should say an order that no longer exists cannot be paid', async () => {
      worker.use(
        http.post(`*/v1/spaces/${SPACE}/orders/:orderId/pay`, () => problem(404, 'not_found')),
      );
      const {harness} = await setupTest();
      await harness.until((h) => h.pendingOrderIds.length === 1);
      const order = harness.pendingOrder(harness.pendingOrderIds[0]!);
      order.querySelector<HTMLButtonElement>('[part~="pay-button"]')!.click();
      await harness.until((h) => h.part('order-notice') !== null);
      expect(harness.part('order-notice')!.textContent!.trim()).to.equal(
        'The payment did not go through. It no longer exists.',
      );
    });

    it('should show failed orders with Retry and recover', async () => {
      let failing = true;
      worker.use(
        http.get(`*/v1/spaces/${SPACE}/me/orders`, () =>
          failing ? problem(503, 'service_unavailable') : undefined,
        ),
      );
      const {harness} = await setupTest();
      await harness.until((h) => h.error.startsWith('Your orders could not be loaded.'));
      failing = false;
      (harness.part('retry-button') as HTMLButtonElement).click();
      await harness.until((h) => h.pendingOrderIds.length === 1);
      expect(harness.purchases).to.have.length(2);
    });
  });

  describe('showCategory()', () => {
    it('should select the category, focus the heading and scroll it into view', async () => {
      const {el, harness} = await setupTest();
      const scroll = sinon.spy(harness.heading, 'scrollIntoView');
      await el.showCategory('credit_pack');
      expect(el.category).to.equal('credit_pack');
      expect(harness.productIds).to.deep.equal(['pack-10', 'pack-50']);
      expect(el.shadowRoot!.activeElement).to.equal(harness.heading);
      expect(scroll).to.have.been.calledOnce;
      await el.showCategory('all');
      expect(harness.productIds).to.have.length(7);
    });

    it('should be what document.querySelector(...).showCategory() reaches', async () => {
      const {harness} = await setupTest({member: null});
      await document.querySelector('portico-product-shop')?.showCategory('day_pass');
      expect(harness.productIds).to.deep.equal(['day-pass']);
    });
  });

  describe('when loading', () => {
    it('should show a skeleton and say it is loading', async () => {
      worker.use(http.get(PRODUCTS, () => delay('infinite')));
      const client = createTestClient();
      const wrapper = await mount(
        html`<div><portico-product-shop .client=${client}></portico-product-shop></div>`,
      );
      const harness = new PorticoProductShopHarness(wrapper.querySelector('portico-product-shop')!);
      await harness.until((h) => h.announcement === 'Loading the shop…');
      expect(harness.root.querySelector('.skeleton')).to.exist;
      expect(harness.productIds).to.deep.equal([]);
      await expectAccessibleInEveryTheme(harness.element, wrapper);
    });
  });

  describe('when loading fails', () => {
    it('should show the reason, emit portico-error, and recover on Retry', async () => {
      worker.use(http.get(PRODUCTS, () => problem(503, 'service_unavailable'), {once: true}));
      const client = createTestClient();
      const errors = sinon.spy();
      const wrapper = await mount(
        html`<div @portico-error=${errors}>
          <portico-product-shop .client=${client}></portico-product-shop>
        </div>`,
      );
      const harness = new PorticoProductShopHarness(wrapper.querySelector('portico-product-shop')!);
      await harness.until((h) => h.part('retry-button') !== null);
      expect(harness.error).to.equal(
        'The shop could not be loaded. The service is unavailable, please try again shortly. Retry',
      );
      expect(errors).to.have.been.calledOnce;
      await expectAccessibleInEveryTheme(harness.element, wrapper);
      (harness.part('retry-button') as HTMLButtonElement).click();
      await harness.until((h) => h.productIds.length === 7);
    });
  });

  describe('sold out', () => {
    it('should say so and not let it be added', async () => {
      // Someone bought the last one: the order reserved it.
      const other = createTestClient();
      await logIn(other, 'ben@example.com');
      await ordersApi(other).create({items: [{productId: 'tote-bag', quantity: 1}]});
      const {harness} = await setupTest({member: null});
      expect(harness.cardText('tote-bag')).to.contain('Sold out');
      expect(harness.addButton('tote-bag').disabled).to.be.true;
    });
  });

  describe('with lang="fr"', () => {
    it('should speak French and format prices the French way', async () => {
      const {harness} = await setupTest({lang: 'fr', member: null});
      const price = new Intl.NumberFormat('fr', {style: 'currency', currency: 'EUR'}).format(40);
      expect(harness.cardText('pack-10')).to.contain(price);
      expect(harness.categories.map((c) => c.label)).to.deep.equal([
        'Tout',
        'Packs de crédits',
        'Pass',
        'Articles',
      ]);
      expect(harness.cardText('tote-bag')).to.contain('Plus que 1');
    });

    it('should be accessible in every theme, signed in with a cart and orders', async () => {
      const {el, harness, wrapper} = await setupTest({lang: 'fr'});
      await harness.add('coffee-card');
      await harness.until((h) => quoted(h) && h.pendingOrderIds.length === 1);
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('keyboard', () => {
    it('should reach a category and an Add button with Tab and use them with Enter', async () => {
      const {el, harness} = await setupTest({member: null});
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Tab'});
      const active = () => el.shadowRoot!.activeElement as HTMLElement;
      expect(active().textContent!.trim()).to.equal('Credit packs');
      await sendKeys({press: 'Enter'});
      await harness.settled();
      expect(harness.productIds).to.deep.equal(['pack-10', 'pack-50']);
      // The other categories, the search field, then the first card's button.
      for (let i = 0; i < 4; i++) await sendKeys({press: 'Tab'});
      expect(active()).to.equal(harness.addButton('pack-10'));
      await sendKeys({press: 'Enter'});
      await harness.settled();
      expect(harness.cartLines).to.deep.equal({'pack-10': 1});
    });
  });

  it('should be accessible signed in, in every theme', async () => {
    const {el, harness, wrapper} = await setupTest();
    await harness.add('coffee-card', 2);
    await harness.until((h) => quoted(h) && h.pendingOrderIds.length === 1);
    await harness.applyCode('SUMMER2024');
    await harness.until((h) => h.discountError !== '');
    await expectAccessibleInEveryTheme(el, wrapper);
  });
});
