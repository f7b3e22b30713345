/// <reference types="mocha" />
// Credit notes: the space credits Ada's overdue day pass; her history shows the credit note
// linked to the invoice, the invoice credited, and nothing left to pay.
import {expect} from '@open-wc/testing';
import {describeElement} from '../../test/helpers/hooks.js';
import {creditInvoice, OVERDUE, setupLoaded, setupTest} from '../../test/helpers/billing.js';
import {createTestClient, logIn} from '../../test/helpers/mock-api.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';

/** Ada's overdue invoice credited whole by the space, before her billing loads. */
async function creditOverdue() {
  const client = createTestClient();
  await logIn(client);
  const overdue = (await client.billing.listInvoices()).items.find((i) => i.number === OVERDUE)!;
  const note = await creditInvoice(overdue.id);
  return {client, overdue, note};
}

describeElement('portico-billing', () => {
  describe('after the space credits the overdue invoice whole', () => {
    it('should list the credit note first, negative and linked, the invoice credited, and nothing to pay', async () => {
      const {client, note} = await creditOverdue();
      const {harness} = await setupLoaded({client});
      expect(note.number).to.equal('CAN-000006');
      expect(harness.partText('nothing-due')).to.equal('You have nothing to pay. Thank you!');
      expect(harness.history).to.deep.equal([
        'CAN-000006',
        'CAN-000004',
        OVERDUE,
        'CAN-000002',
        'CAN-000001',
      ]);
      const row = harness.row('history', 'CAN-000006')!;
      expect(row.textContent).to.contain(`For invoice ${OVERDUE}`);
      expect(row.textContent).to.contain('-€36.00');
      expect(row.querySelector('[data-status]')!.textContent!.trim()).to.equal('Credit note');
      const credited = harness.row('history', OVERDUE)!;
      expect(credited.querySelector('[data-status]')!.textContent!.trim()).to.equal('Credited');
      await harness.filterBy('credit_note');
      expect(harness.history).to.deep.equal(['CAN-000006']);
      await expectAccessibleInEveryTheme(harness.element, harness.element.parentElement!);
    });

    it("should go from the credit note to its invoice and back, each showing the other's number", async () => {
      const {client} = await creditOverdue();
      const {harness} = await setupLoaded({client});
      await harness.press('invoice-link', harness.row('history', 'CAN-000006')!);
      expect(harness.partText('invoice')).to.contain('Credit note CAN-000006');
      expect(harness.partText('credited-invoice')).to.equal(
        `For invoice ${OVERDUE} of Feb 19, 2026`,
      );
      expect(harness.partText('paid-on')).to.equal(`Deducted from invoice ${OVERDUE}`);
      expect(harness.partText('totals')).to.contain('Total -€36.00');
      expect(harness.partText('totals')).not.to.contain('Amount due');
      await harness.press('reference-link');
      expect(harness.partText('invoice')).to.contain(`Invoice ${OVERDUE}`);
      expect(harness.partText('credit')).to.equal('Credit note CAN-000006 -€36.00');
      expect(harness.partText('totals')).to.contain('Amount due €0.00');
      expect(harness.button('pay-button', harness.part('invoice')!)).to.equal(null);
      await harness.press('reference-link');
      expect(harness.partText('invoice')).to.contain('Credit note CAN-000006');
      await harness.press('back-button');
      expect(harness.focused?.closest('li')?.dataset.invoice).to.equal('CAN-000006');
    });

    it('should say it in French: Avoir, annulée par avoir', async () => {
      const {client} = await creditOverdue();
      const {harness} = await setupTest({client, lang: 'fr'});
      await harness.until((h) => h.history.length === 5);
      const row = harness.row('history', 'CAN-000006')!;
      expect(row.textContent).to.contain(`Sur la facture ${OVERDUE}`);
      expect(row.textContent).to.contain('-36,00\u00a0€');
      expect(row.querySelector('[data-status]')!.textContent!.trim()).to.equal('Avoir');
      expect(
        harness.row('history', OVERDUE)!.querySelector('[data-status]')!.textContent!.trim(),
      ).to.equal('Annulée par avoir');
    });
  });

  describe('after a partial credit', () => {
    it('should ask only what is left', async () => {
      const client = createTestClient();
      await logIn(client);
      const overdue = (await client.billing.listInvoices()).items.find(
        (i) => i.number === OVERDUE,
      )!;
      await creditInvoice(overdue.id, [
        {description: 'Guest did not come', quantity: 1, unitPrice: 1200},
      ]);
      const {harness} = await setupLoaded({client});
      expect(harness.row('due', OVERDUE)!.textContent).to.contain('€24.00');
      expect(harness.announcement).to.equal('1 unpaid invoice · €24.00');
    });
  });
});
