/// <reference types="mocha" />
// The shop on a phone (a 390 px container in a 390 × 844 window): the cart is a summary bar at
// the bottom of the screen ("2 items · €80.00 — View cart") that opens the cart.
import {expect, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {cssomStyle} from '../internal/cssom-style.js';
import {logIn} from '../../test/helpers/mock-api.js';
import {mount} from '../../test/helpers/mount.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import {createShopClient, describeShop, quoted} from '../../test/helpers/shop.js';
import './shop.js';
import {PorticoShopHarness} from './shop.harness.js';

/** Whether `element` is shown and wholly inside the window (seen without scrolling). */
function onScreen(element: Element | null | undefined): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
}

describeShop('https://phone-shop.portico.test', () => {
  describe('on a phone', () => {
    before(async () => {
      await setViewport({width: 390, height: 844});
    });

    it('should keep the cart as a summary bar on screen that opens the cart', async function () {
      this.timeout(30_000);
      const client = createShopClient();
      await logIn(client);
      const wrapper = await mount(
        html`<div lang="en" ${cssomStyle({width: '390px'})}>
          <portico-shop .client=${client}></portico-shop>
        </div>`,
      );
      const el = wrapper.querySelector('portico-shop')!;
      const shop = new PorticoShopHarness(el);
      await shop.until((h) => h.productIds.length > 0 && h.cartReady);
      window.scrollTo(0, 0);
      const bar = shop.part('cart-bar');
      const toggle = shop.part('cart-toggle')!;
      expect(onScreen(bar), 'the bar is on screen above the products').to.be.true;
      expect(shop.part('cart-summary')!.textContent).to.contain('Your cart is empty');
      expect(shop.cart.getBoundingClientRect().height, 'the cart itself is closed').to.equal(0);
      await shop.add('pack-10', 2);
      await shop.until((h) => quoted(h) && /€80\.00/.test(h.part('cart-summary')!.textContent!));
      window.scrollTo(0, 0);
      expect(shop.part('cart-summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        '2 items · €80.00',
      );
      expect(onScreen(bar)).to.be.true;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await shop.settled();
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal('Hide cart');
      expect(shop.cart.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(onScreen(shop.checkoutButton), 'Checkout is on screen once the cart opens').to.be.true;
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });
});
