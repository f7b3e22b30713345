/// <reference types="mocha" />
// What Ada sees and does: her invoices, one invoice's detail, its PDF, and the history filter.
import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {describeElement} from '../../test/helpers/hooks.js';
import {OVERDUE, setupLoaded} from '../../test/helpers/billing.js';
import {itIsAccessibleInEveryTheme} from '../../test/helpers/themes.js';

describeElement('portico-billing', () => {
  describe('with an overdue invoice', () => {
    it('should list it first under To pay, with its amount, badge and Pay', async () => {
      const {harness} = await setupLoaded();
      expect(harness.due).to.have.length(1);
      const row = harness.row('due', OVERDUE)!;
      expect(row.textContent).to.contain('Day pass with a guest');
      expect(row.textContent).to.contain('Overdue since Mar 5, 2026');
      expect(row.textContent).to.contain('€36.00');
      expect(row.querySelector('[data-status="overdue"]')!.textContent!.trim()).to.equal('Overdue');
      expect(harness.button('pay-button', row)).to.exist;
      // One due invoice: no Pay all.
      expect(harness.button('pay-all-button')).to.equal(null);
      expect(harness.announcement).to.equal('1 unpaid invoice · €36.00');
    });

    it('should list every invoice in the history, open first, then newest first', async () => {
      const {harness} = await setupLoaded();
      expect(harness.history).to.deep.equal([
        'CAN-000003',
        'CAN-000004',
        'CAN-000002',
        'CAN-000001',
      ]);
    });

    it('should filter the history by status', async () => {
      const {harness} = await setupLoaded();
      await harness.filterBy('paid');
      expect(harness.history).to.deep.equal(['CAN-000004', 'CAN-000002', 'CAN-000001']);
      await harness.filterBy('void');
      expect(harness.history).to.deep.equal([]);
      expect(harness.partText('empty')).to.equal('No invoices with this status.');
    });

    itIsAccessibleInEveryTheme(setupLoaded);
  });

  describe("an invoice's detail", () => {
    it('should show both parties as on the day, the lines, VAT by rate and the totals', async () => {
      const {harness} = await setupLoaded();
      await harness.press('invoice-link', harness.row('history', 'CAN-000001')!);
      const invoice = harness.part('invoice')!;
      expect(harness.focused?.id).to.equal('invoice-title');
      expect(harness.partText('invoice')).to.contain('Invoice CAN-000001');
      expect(invoice.textContent).to.contain('La Canopée SAS');
      expect(invoice.textContent).to.contain('VAT FR40303265045');
      expect(invoice.textContent).to.contain('Analytical Engines Ltd');
      expect(invoice.textContent).to.contain('United Kingdom');
      expect(harness.partText('lines')).to.contain('Flex monthly 1 €250.00 €250.00');
      // VAT-inclusive at 20 %: €250.00 holds €41.67 of VAT on a base of €208.33.
      expect(harness.partText('tax')).to.equal('VAT 20% on €208.33 €41.67');
      expect(harness.partText('totals')).to.contain('Total €250.00');
      expect(harness.partText('totals')).to.contain('Amount due €0.00');
      expect(harness.partText('paid-on')).to.equal('Paid on Jan 30, 2026');
    });

    it('should go back to the list, focus on the invoice it showed', async () => {
      const {harness} = await setupLoaded();
      await harness.press('invoice-link', harness.row('history', 'CAN-000002')!);
      await harness.press('back-button');
      await harness.until((h) => h.part('invoice') === null);
      expect(harness.focused?.closest('li')?.getAttribute('data-invoice')).to.equal('CAN-000002');
    });
  });

  describe('downloading a PDF', () => {
    it("should save the API's PDF, fetched with the member's token, under the invoice's number", async () => {
      const {harness} = await setupLoaded();
      const created = sinon.spy(URL, 'createObjectURL');
      const clicked = sinon.stub(HTMLAnchorElement.prototype, 'click');
      await harness.press('download-button', harness.row('history', OVERDUE)!);
      await harness.until(() => clicked.calledOnce);
      const blob = created.firstCall.args[0] as Blob;
      expect(blob.type).to.equal('application/pdf');
      expect(new TextDecoder().decode(await blob.slice(0, 5).arrayBuffer())).to.equal('%PDF-');
      const link = clicked.firstCall.thisValue as HTMLAnchorElement;
      expect(link.download).to.equal(`${OVERDUE}.pdf`);
      expect(link.href).to.match(/^blob:/);
    });
  });
});
