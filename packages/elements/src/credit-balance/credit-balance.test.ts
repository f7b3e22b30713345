/// <reference types="mocha" />
// The balance a member sees: the total and its expiry, kept up to date, "Buy credits", the
// buckets and an empty balance. The history, states and clients have their own files.
import {expect, html} from '@open-wc/testing';
import {mount} from '../../test/helpers/mount.js';
import {http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {bookFirstFreeSlot} from '../../test/helpers/bookings.js';
import {createTestClient, logIn, worker} from '../../test/helpers/mock-api.js';
import {formatDay} from '../i18n/index.js';
import '../provider/provider.js';
import './credit-balance.js';
import {PorticoCreditBalanceHarness} from './credit-balance.harness.js';
import {itIsAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import {
  balanceOf,
  CREDITS,
  describeCreditBalance,
  setupTest,
} from '../../test/helpers/credit-balance.js';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';

describeCreditBalance(() => {
  describe('when logged in', () => {
    it('should show the seeded total with a pluralized label', async () => {
      const {harness, client} = await setupTest();
      const {total} = await balanceOf(client);
      await harness.until((h) => h.total !== '');
      expect(harness.total).to.equal(new Intl.NumberFormat('en').format(total));
      expect(harness.label).to.equal(total === 1 ? 'credit' : 'credits');
      expect(harness.isLoading).to.be.false;
    });

    it('should announce the balance in a polite live region', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.total !== '');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status).to.exist;
      expect(harness.announcement).to.equal(`${harness.total} ${harness.label}`);
    });

    it('should warn about the soonest expiry among the buckets', async () => {
      const {harness, client} = await setupTest();
      const {buckets, nextExpiry} = await balanceOf(client);
      const {timeZone} = await client.space.get();
      // Worked out from the buckets the server sent, not taken from its own `nextExpiry`.
      const expiring = buckets.filter((b) => b.amount > 0 && b.expiresAt !== null);
      const soonest = Math.min(...expiring.map((b) => Date.parse(b.expiresAt!)));
      const first = expiring.filter((b) => Date.parse(b.expiresAt!) === soonest);
      expect(first, 'the seeded member has credits that expire').not.to.be.empty;
      const amount = first.reduce((sum, b) => sum + b.amount, 0);
      const expiresAt = first[0]!.expiresAt!;
      expect(nextExpiry, "the server's nextExpiry").to.deep.equal({amount, expiresAt});
      await harness.until((h) => h.total !== '');
      expect(harness.expiry).to.equal(
        `${amount} ${amount === 1 ? 'credit expires' : 'credits expire'} on ${formatDay('en', expiresAt, timeZone)}`,
      );
    });

    it('should lower the balance after a booking through the same client, without reload', async () => {
      const {harness, client} = await setupTest();
      await harness.until((h) => h.total !== '');
      const before = Number(harness.total.replace(/\D/g, ''));
      const cost = await bookFirstFreeSlot(client);
      expect(cost).to.be.greaterThan(0);
      await harness.until((h) => h.total === new Intl.NumberFormat('en').format(before - cost));
      expect(harness.announcement).to.contain(String(before - cost));
    });

    it('should make one request for two widgets on one client', async () => {
      const client = createTestClient();
      await logIn(client);
      const requests: string[] = [];
      worker.events.on('request:start', ({request}) => {
        if (new URL(request.url).pathname.endsWith('/me/credits')) requests.push(request.url);
      });
      const wrapper = await mount(
        html`<div>
          <portico-credit-balance .client=${client}></portico-credit-balance>
          <portico-credit-balance .client=${client}></portico-credit-balance>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('portico-credit-balance')].map(
        (el) => new PorticoCreditBalanceHarness(el),
      );
      await a!.until((h) => h.total !== '');
      await b!.until((h) => h.total !== '');
      expect(a!.total).to.equal(b!.total);
      expect(requests).to.have.length(1);
      worker.events.removeAllListeners();
    });

    it('should follow a new client', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.total !== '');
      worker.use(
        http.get(CREDITS, () => HttpResponse.json({total: 7, buckets: [], nextExpiry: null})),
      );
      const other = createTestClient();
      await logIn(other);
      el.client = other;
      await harness.until((h) => h.total === '7');
    });

    itIsAccessibleInEveryTheme(setupTest, (h) => h.total !== '');
  });

  describe('"Buy credits"', () => {
    /** A `<portico-shop>` stand-in on the page, whose showCategory() is a spy. */
    const shopOnThePage = () => {
      const shop = document.createElement('portico-shop') as unknown as HTMLElement & {
        showCategory: sinon.SinonSpy;
      };
      shop.showCategory = sinon.spy();
      document.body.append(shop);
      return shop;
    };

    it('should fire a cancelable portico-buy-credits and open a shop on credit packs', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.buyButton !== null);
      const shop = shopOnThePage();
      const spy = spyOnEvent(el, 'portico-buy-credits');
      try {
        harness.buyButton!.click();
        expect(spy).to.have.been.calledOnce;
        expect(spy.firstCall.args[0].cancelable).to.be.true;
        expect(shop.showCategory).to.have.been.calledOnceWith('credit_pack');
      } finally {
        shop.remove();
      }
    });

    it('should leave the shop alone when the host prevents the event', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.buyButton !== null);
      const shop = shopOnThePage();
      el.addEventListener('portico-buy-credits', (event) => event.preventDefault());
      try {
        harness.buyButton!.click();
        expect(shop.showCategory.callCount).to.equal(0);
      } finally {
        shop.remove();
      }
    });

    it('should be hidden with hide-buy', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.total !== '');
      el.hideBuy = true;
      await harness.settled();
      expect(harness.buyButton).to.be.null;
    });
  });

  describe('with show-buckets', () => {
    it('should list each non-empty bucket with its source and expiry', async () => {
      const {harness, client} = await setupTest({showBuckets: true});
      const {buckets} = await balanceOf(client);
      await harness.until((h) => h.total !== '');
      const shown = buckets.filter((bucket) => bucket.amount > 0);
      expect(harness.buckets).to.have.length(shown.length);
      for (const row of harness.buckets) {
        expect(row).to.match(
          /^(Membership|Purchased|Granted) · \d+ credits? (expires on .+|does not expire)$/,
        );
      }
    });

    it('should be accessible', async () => {
      const {el, harness} = await setupTest({showBuckets: true});
      await harness.until((h) => h.total !== '');
      await expect(el).to.be.accessible();
    });
  });

  describe('when the balance is empty', () => {
    beforeEach(() => {
      worker.use(
        http.get(CREDITS, () => HttpResponse.json({total: 0, buckets: [], nextExpiry: null})),
      );
    });

    it('should show 0 credits and say there are none left', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.total !== '');
      expect(harness.total).to.equal('0');
      expect(harness.label).to.equal('credits');
      expect(harness.text).to.contain('You have no credits left.');
      expect(harness.expiry).to.equal('');
    });

    it('should use the French singular for zero', async () => {
      const {harness} = await setupTest({lang: 'fr'});
      await harness.until((h) => h.total !== '');
      expect(harness.label).to.equal('crédit');
      expect(harness.text).to.contain("Vous n'avez plus de crédits.");
    });

    it('should be accessible', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.total !== '');
      await expect(el).to.be.accessible();
    });
  });
});
