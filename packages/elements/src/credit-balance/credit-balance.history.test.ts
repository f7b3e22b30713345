/// <reference types="mocha" />
// The history of credit movements: what each one was for, in one date style, paged.
import {expect} from '@open-wc/testing';
import {http} from 'msw';
import {bookFirstFreeSlot} from '../../test/helpers/bookings.js';
import {worker} from '../../test/helpers/mock-api.js';
import {formatDateTime} from '../i18n/index.js';
import '../provider/provider.js';
import './credit-balance.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import {problem} from '../../test/helpers/problem.js';
import {CREDITS, describeCreditBalance, setupTest} from '../../test/helpers/credit-balance.js';

describeCreditBalance(() => {
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
});
