/// <reference types="mocha" />
// A long invoice history: pages of the API's largest size, "Show more" following the cursor,
// the status filter paging too, and a page that fails to load.
import {expect} from '@open-wc/testing';
import {http} from 'msw';
import {describeElement} from '../../test/helpers/hooks.js';
import {worker} from '../../test/helpers/mock-api.js';
import {unavailable} from '../../test/helpers/problem.js';
import {INVOICES, issueInvoices, OVERDUE, setupLoaded} from '../../test/helpers/billing.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';

describeElement('portico-billing', () => {
  describe('with 134 invoices (130 locker weeks the space billed after the 4 seeded)', () => {
    it('should show the first 100, then the other 34 after "Show more invoices", each once', async () => {
      const issued = await issueInvoices(130);
      const {harness} = await setupLoaded();
      expect(harness.history).to.have.length(100);
      // The overdue one first, then newest first.
      expect(harness.history.slice(0, 2)).to.deep.equal([OVERDUE, issued[129]!.number]);
      expect(harness.partText('more-button')).to.equal('Show more invoices');
      expect(harness.due).to.have.length(1, 'what is due is unchanged');
      await harness.showMore();
      expect(harness.history).to.have.length(134);
      expect(new Set(harness.history).size).to.equal(134);
      expect(harness.history.slice(-4)).to.deep.equal([
        issued[0]!.number,
        'CAN-000004',
        'CAN-000002',
        'CAN-000001',
      ]);
      // The last page: no more button; focus moves on to the first invoice it showed (the 101st).
      expect(harness.part('more-button')).to.equal(null);
      await harness.until((h) => h.focused?.closest('li')?.dataset.invoice === issued[30]!.number);
      expect(harness.announcement).to.equal('134 invoices shown');
      await expectAccessibleInEveryTheme(harness.element, harness.element.parentElement!);
    });

    it('should page the filtered history too: 103 paid ones in pages of 100', async () => {
      await issueInvoices(100);
      const {harness} = await setupLoaded();
      await harness.filterBy('paid');
      expect(harness.history).to.have.length(100);
      expect(harness.history).not.to.include(OVERDUE);
      await harness.showMore();
      expect(harness.history).to.have.length(103);
      expect(harness.history.slice(-3)).to.deep.equal(['CAN-000004', 'CAN-000002', 'CAN-000001']);
      await harness.filterBy('overdue');
      expect(harness.history).to.deep.equal([OVERDUE]);
      expect(harness.part('more-button')).to.equal(null);
    });

    it('should say when the next page could not be loaded, keep what shows, and retry', async () => {
      await issueInvoices(100);
      const {harness} = await setupLoaded();
      let failures = 1;
      worker.use(
        http.get(INVOICES, ({request}) =>
          new URL(request.url).searchParams.has('cursor') && failures-- > 0
            ? unavailable()
            : undefined,
        ),
      );
      await harness.press('more-button');
      await harness.until((h) =>
        h.partText('history').includes('Older invoices could not be loaded.'),
      );
      expect(harness.history).to.have.length(100, 'the first page stays');
      expect(harness.part('more-button')).to.equal(null);
      await harness.press('retry-button', harness.part('history')!);
      await harness.until((h) => h.history.length === 104);
      expect(harness.partText('history')).not.to.contain('could not be loaded');
    });
  });
});
