/// <reference types="mocha" />
// The cart: quantities within the stock, kept per member across reloads, the keyboard, a
// corrupt stored cart, and discount codes.
import {expect} from '@open-wc/testing';
import {createOrder} from '@portico/sdk/shop';
import {getProfile} from '@portico/sdk/profile';
import {sendKeys} from '@web/test-runner-commands';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {logIn} from '../../test/helpers/mock-api.js';
import '../credit-balance/credit-balance.js';
import {cartKey, readCart} from './cart-storage.js';
import {createShopClient, describeShop, quoted, setupTest} from '../../test/helpers/shop.js';

describeShop('https://cart.portico.test', () => {
  describe('the cart', () => {
    it('should never go above the stock or below 1, and emit portico-cart-changed', async () => {
      const {el, harness} = await setupTest();
      const changed = spyOnEvent(el, 'portico-cart-changed');
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

    it('should say how many are left when the cart holds more than the stock', async () => {
      const first = await setupTest();
      await first.harness.add('locker-month', 3);
      expect(first.harness.cartLines).to.deep.equal({'locker-month': 3});
      first.wrapper.remove();
      // Ben takes two of the four lockers while Ada's cart keeps three.
      const ben = createShopClient();
      await logIn(ben, 'ben@example.com');
      await createOrder(ben, {items: [{productId: 'locker-month', quantity: 2}]});
      const {harness} = await setupTest();
      await harness.until((h) => h.cardText('locker-month').includes('2 left'));
      expect(harness.cartLines).to.deep.equal({'locker-month': 3});
      expect(harness.lineText('locker-month')).to.contain('Only 2 left.');
      await harness.until((h) => !h.isQuoting);
      expect(harness.canCheckout).to.be.false;
    });

    it('should be kept across reloads, per member', async () => {
      const client = createShopClient();
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

    it('should not show a member cart after sign-out, and keep it for them', async () => {
      const {harness, client} = await setupTest();
      const me = await getProfile(client);
      await harness.add('pack-50');
      await client.auth.logout();
      await harness.until((h) => h.cartText.includes('Your cart is empty.'));
      expect(harness.part('pending')).to.be.null;
      expect(readCart(cartKey(client.storageKey, me.id)).items).to.deep.equal([
        {productId: 'pack-50', quantity: 1},
      ]);
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

    it('should keep what the member is typing in a quantity through re-renders', async () => {
      const {el, harness} = await setupTest();
      await harness.add('day-pass');
      const {input} = harness.controls('day-pass');
      input.focus();
      input.value = '4';
      input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      // Something else re-renders the shop meanwhile (a quote arriving, a realtime event).
      el.requestUpdate();
      await harness.settled();
      expect(harness.controls('day-pass').input.value).to.equal('4');
      input.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
      await harness.settled();
      expect(harness.cartLines).to.deep.equal({'day-pass': 4});
    });

    it('should start empty when the stored cart is corrupt', async () => {
      const client = createShopClient();
      await logIn(client);
      const me = await getProfile(client);
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
});
