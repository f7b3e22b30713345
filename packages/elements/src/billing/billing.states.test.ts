/// <reference types="mocha" />
// Billing's states: signed out, loading, a failure with Retry, empty, French, a phone, and the
// longest values the contract allows, right to left.
import {expect} from '@open-wc/testing';
import {http, HttpResponse} from 'msw';
import {
  describeDataStates,
  failOnce,
  itRetriesWithTheKeyboard,
} from '../../test/helpers/data-states.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {worker} from '../../test/helpers/mock-api.js';
import {
  INVOICES,
  longestInvoice,
  OVERDUE,
  setupLoaded,
  setupTest,
} from '../../test/helpers/billing.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import type {PorticoBillingHarness} from './billing.harness.js';

const ready = (h: PorticoBillingHarness) => h.part('history') !== null;

describeElement('portico-billing', () => {
  describeDataStates({
    url: INVOICES,
    setup: setupTest,
    signedOut: 'Sign in to see your invoices and payment methods.',
    loading: 'Loading your billing…',
    failed: 'Your billing could not be loaded.',
    ready,
  });

  describe('when loading fails once', () => {
    itRetriesWithTheKeyboard(async () => {
      failOnce(INVOICES);
      return setupTest();
    }, ready);
  });

  describe('for a member with no invoices (Ben has one, paid; Hank is new)', () => {
    it('should say there is nothing to pay and no invoices yet', async () => {
      worker.use(http.get(INVOICES, () => HttpResponse.json({items: [], nextCursor: null})));
      const {harness} = await setupTest();
      await harness.until(ready);
      expect(harness.partText('nothing-due')).to.equal('You have nothing to pay. Thank you!');
      expect(harness.partText('empty')).to.equal('No invoices yet.');
      expect(harness.part('filter')).to.equal(null);
      await expectAccessibleInEveryTheme(harness.element, harness.element.parentElement!);
    });
  });

  describe('with lang="fr"', () => {
    it('should speak French, with French money and dates', async () => {
      const {harness} = await setupLoaded({lang: 'fr'});
      const row = harness.row('due', OVERDUE)!;
      expect(row.textContent).to.contain('En retard depuis le 5 mars 2026');
      expect(row.textContent).to.contain('36,00\u00a0€');
      expect(harness.partText('due')).to.contain('À payer');
      expect(harness.announcement).to.equal('1 facture impayée · 36,00\u00a0€');
      await harness.press('invoice-link', harness.row('history', 'CAN-000001')!);
      expect(harness.partText('tax')).to.equal('TVA 20\u00a0% sur 208,33\u00a0€ 41,67\u00a0€');
      expect(harness.partText('paid-on')).to.equal('Payée le 30 janv. 2026');
    });
  });

  describe('on a phone (390 px)', () => {
    it('should fit the longest values the contract allows, right to left, without scrolling sideways', async () => {
      const {harness, wrapper, client} = await setupLoaded();
      wrapper.style.width = '390px';
      wrapper.dir = 'rtl';
      const invoices = (await client.billing.listInvoices()).items;
      const longest = longestInvoice();
      worker.use(
        http.get(INVOICES, () =>
          HttpResponse.json({items: [longest, ...invoices.slice(1)], nextCursor: null}),
        ),
      );
      harness.element.resolvedClient!.store.invalidate(['invoices']);
      await harness.until((h) => h.history[0] === longest.number);
      expect(harness.element.scrollWidth).to.be.at.most(390);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      await harness.press('invoice-link', harness.part('history')!.querySelector('li')!);
      expect(harness.element.scrollWidth).to.be.at.most(390);
      expect(harness.part('invoice')!.scrollWidth).to.be.at.most(390);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    });
  });
});
