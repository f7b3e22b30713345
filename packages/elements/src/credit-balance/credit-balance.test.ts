/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {mount} from '../../test/helpers/mount.js';
import type {PorticoClient} from '@portico/sdk';
import {sendKeys} from '@web/test-runner-commands';
import {delay, http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {bookFirstFreeSlot} from '../../test/helpers/bookings.js';
import {
  API,
  createTestClient,
  logIn,
  resetMockApi,
  SPACE,
  worker,
} from '../../test/helpers/mock-api.js';
import {formatDateTime, formatDay} from '../i18n/index.js';
import {clearSharedClients} from '../internal/client-registry.js';
import '../provider/provider.js';
import type {PorticoProvider} from '../provider/provider.component.js';
import './credit-balance.js';
import type {PorticoCreditBalance} from './credit-balance.component.js';
import {PorticoCreditBalanceHarness} from './credit-balance.harness.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';

const CREDITS = `*/v1/spaces/${SPACE}/me/credits`;

const problem = (status: number, code: string, title: string) =>
  HttpResponse.json(
    {type: 'about:blank', title, status, code},
    {status, headers: {'content-type': 'application/problem+json'}},
  );

interface SetupOptions {
  client?: PorticoClient;
  loggedIn?: boolean;
  lang?: string;
  showBuckets?: boolean;
}

/** A credit balance bound to a test client (logged in as the seeded member unless told). */
async function setupTest(options: SetupOptions = {}) {
  const client = options.client ?? createTestClient();
  if (options.loggedIn !== false) await logIn(client);
  const el = await mount(html`
    <div lang=${options.lang ?? 'en'}>
      <portico-credit-balance .client=${client} ?show-buckets=${options.showBuckets}>
        <a slot="signed-out" href="#login">Go to sign-in</a>
      </portico-credit-balance>
    </div>
  `).then((wrapper) => wrapper.querySelector('portico-credit-balance')!);
  const harness = new PorticoCreditBalanceHarness(el);
  await harness.settled();
  return {el, harness, client};
}

/** What the API says the member has, read without going through the element's store. */
async function balanceOf(client: PorticoClient) {
  return client.credits.get();
}

describe('<portico-credit-balance>', () => {
  beforeEach(async () => {
    await resetMockApi();
  });

  afterEach(() => {
    clearSharedClients();
    localStorage.clear();
    sinon.restore();
  });

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

    it('should be accessible in every theme', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.total !== '');
      await expectAccessibleInEveryTheme(el, el.parentElement!);
    });
  });

  describe('the history', () => {
    it('should list the movements, newest first, with reason, change and balance after', async () => {
      const {harness, client} = await setupTest();
      await harness.until((h) => h.total !== '');
      expect(harness.historyButton!.getAttribute('aria-expanded')).to.equal('false');
      await harness.toggleHistory();
      expect(harness.historyButton!.getAttribute('aria-expanded')).to.equal('true');
      const {items} = await client.credits.listLedger({limit: 10});
      await harness.until((h) => h.history.length === items.length);
      const [newest] = items;
      expect(harness.history[0]).to.contain(`balance ${newest!.balanceAfter} credit`);
      expect(harness.history[0]).to.match(/^(Booking|Refund|Purchase|Membership|Granted|Expired) /);
    });

    for (const lang of ['en', 'fr']) {
      it(`should name bookings by room and local time in one date style, amounts on the right (${lang})`, async () => {
        const {el, harness, client} = await setupTest({lang});
        await harness.until((h) => h.total !== '');
        // Narrow, where a long room name would push the amount onto a line of its own.
        el.style.width = '260px';
        await harness.toggleHistory();
        const {items} = await client.credits.listLedger({limit: 10});
        await harness.until((h) => h.history.length === items.length);
        const {timeZone} = await client.space.get();
        const rows = harness.historyEntries;
        for (const [i, entry] of items.entries()) {
          const row = rows[i]!;
          expect(row.when, `when ${entry.id}`).to.equal(formatDateTime(lang, entry.at, timeZone));
          if (entry.booking) {
            const start = formatDateTime(lang, entry.booking.start, timeZone);
            expect(row.subject).to.equal(`${entry.booking.resourceName}, ${start}`);
          }
          expect(row.amountRightGap, `the amount of ${row.reason} ${row.amount}`).to.be.below(1);
        }
        const reasons = rows.map((row) => row.reason);
        expect(reasons).to.include(lang === 'fr' ? 'Réservation' : 'Booking');
        expect(rows.some((row) => row.subject.startsWith('La Verrière, '))).to.be.true;
        const text = harness.history.join('\n');
        // One date style: no ISO days, and never an internal id.
        expect(text).not.to.match(/\d{4}-\d{2}-\d{2}/);
        expect(text).not.to.match(/\b(bk|led|ord|cb)_\w+/);
      });
    }

    it('should name a purchase by its order number', async () => {
      const {harness, client} = await setupTest({lang: 'fr'});
      await harness.until((h) => h.total !== '');
      await harness.toggleHistory();
      // Ada's seeded pack purchase is older than the first ten movements.
      const {items} = await client.credits.listLedger({limit: 20});
      const entry = items.find((item) => item.reason === 'purchase');
      expect(entry?.order, 'a seeded purchase with its order').to.exist;
      await harness.until((h) => h.history.length === 10);
      harness.moreButton!.click();
      await harness.until((h) => h.history.length === items.length);
      const purchase = harness.historyEntries.find((row) => row.reason === 'Achat');
      expect(purchase?.subject).to.equal(`Commande ${entry!.order!.number}`);
    });

    it('should show a booking made elsewhere on the page as a new first movement', async () => {
      const {harness, client} = await setupTest();
      await harness.until((h) => h.total !== '');
      await harness.toggleHistory();
      await harness.until((h) => h.history.length > 0);
      const cost = await bookFirstFreeSlot(client);
      await harness.until(
        (h) => h.history[0]!.startsWith('Booking') && h.history[0]!.includes(`−${cost}`),
      );
    });

    it('should load more with "Show more" while the API has more', async () => {
      const {harness, client} = await setupTest();
      await harness.until((h) => h.total !== '');
      // Enough movements for a second page: book eleven slots.
      for (let i = 0; i < 11; i++) await bookFirstFreeSlot(client);
      await harness.toggleHistory();
      await harness.until((h) => h.history.length === 10);
      harness.moreButton!.click();
      await harness.until((h) => h.history.length > 10);
    });

    it('should show an error with Retry when the history fails to load', async () => {
      worker.use(
        http.get(`${CREDITS}/ledger`, () => problem(503, 'service_unavailable', 'Down'), {
          once: true,
        }),
      );
      const {harness} = await setupTest();
      await harness.until((h) => h.total !== '');
      await harness.toggleHistory();
      await harness.until((h) => h.error !== '');
      expect(harness.error).to.contain('The history could not be loaded.');
      await harness.clickRetry();
      await harness.until((h) => h.history.length > 0);
    });

    it('should be accessible when open', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.total !== '');
      await harness.toggleHistory();
      await harness.until((h) => h.history.length > 0);
      await expectAccessibleInEveryTheme(el, el.parentElement!);
    });
  });

  describe('"Buy credits"', () => {
    it('should fire a cancelable portico-buy-credits and open a shop on credit packs', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.buyButton !== null);
      const shop = document.createElement('portico-product-shop') as unknown as HTMLElement & {
        showCategory: sinon.SinonSpy;
      };
      shop.showCategory = sinon.spy();
      document.body.append(shop);
      const spy = sinon.spy();
      el.addEventListener('portico-buy-credits', spy);
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
      const shop = document.createElement('portico-product-shop') as unknown as HTMLElement & {
        showCategory: sinon.SinonSpy;
      };
      shop.showCategory = sinon.spy();
      document.body.append(shop);
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

  describe('when signed out', () => {
    it('should ask to sign in and show the signed-out slot', async () => {
      const {el, harness} = await setupTest({loggedIn: false});
      expect(harness.message).to.equal('Sign in to see your credits.');
      expect(harness.total).to.equal('');
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="signed-out"]')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal([
        'Go to sign-in',
      ]);
    });

    it('should offer a Sign in button that fires portico-needs-sign-in when nothing is slotted', async () => {
      const client = createTestClient();
      const el = await fixture<PorticoCreditBalance>(
        html`<portico-credit-balance .client=${client}></portico-credit-balance>`,
      );
      const spy = sinon.spy();
      el.addEventListener('portico-needs-sign-in', spy);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="sign-in-button"]')!;
      expect(button.textContent!.trim()).to.equal('Sign in');
      button.click();
      expect(spy).to.have.been.calledOnce;
      expect(spy.firstCall.args[0].composed).to.be.true;
    });

    it('should show the balance once the member logs in', async () => {
      const {harness, client} = await setupTest({loggedIn: false});
      await logIn(client);
      await harness.until((h) => h.total !== '');
      expect(harness.message).to.equal('');
    });

    it('should go back to the logged-out state when the session expires', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.total !== '');
      worker.use(http.get(CREDITS, () => problem(401, 'unauthorized', 'Unauthorized')));
      const errors = sinon.spy();
      harness.element.addEventListener('portico-error', errors);
      harness.element.resolvedClient!.store.invalidate(['credits']);
      await harness.until((h) => h.message === 'Sign in to see your credits.');
      expect(errors.callCount).to.equal(0);
    });

    it('should be accessible in every theme', async () => {
      const {el} = await setupTest({loggedIn: false});
      await expectAccessibleInEveryTheme(el, el.parentElement!);
    });
  });

  describe('when loading', () => {
    beforeEach(() => {
      worker.use(http.get(CREDITS, () => delay('infinite')));
    });

    it('should show a busy skeleton and tell screen readers it is loading', async () => {
      const {harness} = await setupTest();
      expect(harness.isLoading).to.be.true;
      expect(harness.announcement).to.equal('Loading your credits…');
      expect(harness.total).to.equal('');
    });

    it('should be accessible', async () => {
      const {el} = await setupTest();
      await expect(el).to.be.accessible();
    });
  });

  describe('when loading fails', () => {
    beforeEach(() => {
      // Once: the next request (Retry) reaches the mock server again.
      worker.use(
        http.get(CREDITS, () => problem(503, 'service_unavailable', 'Service unavailable'), {
          once: true,
        }),
      );
    });

    it('should show the error with a Retry button', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.retryButton !== null);
      expect(harness.error).to.equal(
        'Your credits could not be loaded. The service is unavailable, please try again shortly.',
      );
      expect(harness.retryButton!.textContent!.trim()).to.equal('Retry');
    });

    it('should emit portico-error with the error', async () => {
      const client = createTestClient();
      await logIn(client);
      const spy = sinon.spy();
      document.addEventListener('portico-error', spy);
      try {
        const el = await fixture<PorticoCreditBalance>(
          html`<portico-credit-balance .client=${client}></portico-credit-balance>`,
        );
        await new PorticoCreditBalanceHarness(el).until((h) => h.retryButton !== null);
        expect(spy).to.have.been.calledOnce;
        const event = spy.firstCall.args[0] as CustomEvent<{error: {code: string; status: number}}>;
        expect(event.detail.error.code).to.equal('service_unavailable');
        expect(event.detail.error.status).to.equal(503);
        expect(event.bubbles && event.composed).to.be.true;
      } finally {
        document.removeEventListener('portico-error', spy);
      }
    });

    it('should recover when Retry is clicked', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.retryButton !== null);
      await harness.clickRetry();
      await harness.until((h) => h.total !== '');
      expect(harness.error).to.equal('');
      expect(harness.retryButton).to.be.null;
    });

    it('should reach Retry with Tab, activate it with Enter, and keep focus in the widget', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.retryButton !== null);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(harness.retryButton);
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.total !== '');
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.have.attribute('part', 'base');
    });

    it('should keep the page working', async () => {
      const wrapper = await mount(
        html`<div>
          <p id="host-content">The host page</p>
          <portico-credit-balance .client=${createTestClient()}></portico-credit-balance>
        </div>`,
      );
      expect(wrapper.querySelector('#host-content')!.textContent).to.equal('The host page');
    });

    it('should be accessible in every theme', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.retryButton !== null);
      await expectAccessibleInEveryTheme(el, el.parentElement!);
    });
  });

  describe('with lang="fr"', () => {
    it('should speak French and format numbers the French way', async () => {
      worker.use(
        http.get(CREDITS, () =>
          HttpResponse.json({
            total: 1234,
            buckets: [],
            nextExpiry: {amount: 12, expiresAt: '2031-11-30T12:00:00+01:00'},
          }),
        ),
      );
      const {harness} = await setupTest({lang: 'fr'});
      await harness.until((h) => h.total !== '');
      expect(harness.total).to.equal(new Intl.NumberFormat('fr').format(1234));
      expect(harness.label).to.equal('crédits');
      expect(harness.expiry).to.equal('12 crédits expirent le 30 nov. 2031');
    });

    it('should say it is signed out in French', async () => {
      const {harness} = await setupTest({lang: 'fr', loggedIn: false});
      expect(harness.message).to.equal('Connectez-vous pour voir vos crédits.');
    });

    it('should follow a change of the page language', async () => {
      const {el, harness} = await setupTest({loggedIn: false});
      el.parentElement!.setAttribute('lang', 'fr');
      await harness.until((h) => h.message === 'Connectez-vous pour voir vos crédits.');
    });

    it('should be accessible', async () => {
      const {el, harness} = await setupTest({lang: 'fr', showBuckets: true});
      await harness.until((h) => h.total !== '');
      await expect(el).to.be.accessible();
    });
  });

  describe('inside <portico-provider>', () => {
    it('should read through the provider client and follow its locale', async () => {
      const provider = await fixture<PorticoProvider>(html`
        <portico-provider api=${API} space=${SPACE} locale="fr">
          <portico-credit-balance></portico-credit-balance>
        </portico-provider>
      `);
      const el = provider.querySelector('portico-credit-balance')!;
      const harness = new PorticoCreditBalanceHarness(el);
      await harness.settled();
      expect(el.resolvedClient).to.equal(provider.providedClient);
      expect(harness.message).to.equal('Connectez-vous pour voir vos crédits.');
      await logIn(provider.providedClient!);
      await harness.until((h) => h.total !== '');
      expect(harness.label).to.match(/^crédits?$/);
    });

    it('should find a provider that upgrades after it', async () => {
      sinon.stub(console, 'warn'); // "no client" until the provider upgrades
      const host = await mount(html`<div></div>`);
      // An undefined tag stands in for a provider whose script has not run yet.
      const late = document.createElement('portico-test-late-provider');
      late.setAttribute('space', SPACE);
      late.innerHTML = '<portico-credit-balance></portico-credit-balance>';
      host.append(late);
      const el = late.querySelector('portico-credit-balance')!;
      await el.updateComplete;
      expect(el.resolvedClient).to.be.undefined;
      const {PorticoProvider} = await import('../provider/provider.component.js');
      customElements.define('portico-test-late-provider', class extends PorticoProvider {});
      await (late as PorticoProvider).updateComplete;
      await el.updateComplete;
      expect(el.resolvedClient).to.equal((late as PorticoProvider).providedClient);
    });
  });

  describe('with api and space attributes (no provider)', () => {
    it('should share one client between widgets with the same attributes', async () => {
      const wrapper = await mount(
        html`<div>
          <portico-credit-balance api=${API} space=${SPACE}></portico-credit-balance>
          <portico-credit-balance api=${API + '/'} space=${SPACE}></portico-credit-balance>
        </div>`,
      );
      const [a, b] = wrapper.querySelectorAll('portico-credit-balance');
      expect(a!.resolvedClient).to.exist;
      expect(a!.resolvedClient).to.equal(b!.resolvedClient);
    });

    it('should default the api to /v1 on the page origin', async () => {
      const el = await fixture<PorticoCreditBalance>(
        html`<portico-credit-balance space=${SPACE}></portico-credit-balance>`,
      );
      const other = await fixture<PorticoCreditBalance>(
        html`<portico-credit-balance api=${API} space=${SPACE}></portico-credit-balance>`,
      );
      expect(el.resolvedClient).to.equal(other.resolvedClient);
    });
  });

  describe('without a client', () => {
    it('should say it is not connected, and tell the developer why', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<PorticoCreditBalance>(
        html`<portico-credit-balance></portico-credit-balance>`,
      );
      const harness = new PorticoCreditBalanceHarness(el);
      await harness.until((h) => h.error !== '');
      expect(harness.error).to.equal('This widget is not connected to a Portico API.');
      expect(warn).to.have.been.calledWithMatch(/portico-credit-balance> has no client/);
      await expect(el).to.be.accessible();
    });
  });
});
