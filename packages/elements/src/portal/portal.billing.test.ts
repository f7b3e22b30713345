/// <reference types="mocha" />
// Billing in the portal: its page, the dashboard's unpaid line (live), the membership card's
// link to the invoices, and none of it when the space turns billing off.
import {expect} from '@open-wc/testing';
import {answerSpace} from '../../test/helpers/mock-api.js';
import {describePortal, setupTest, showing, title} from '../../test/helpers/portal.js';
import {PorticoBillingHarness} from '../billing/billing.harness.js';
import {PorticoMembershipCardHarness} from '../membership-card/membership-card.harness.js';
import type {PorticoPortalHarness} from './portal.harness.js';

/** The dashboard's unpaid line, as the member reads it ('' when it is not shown). */
function unpaidLine(harness: PorticoPortalHarness): string {
  const line = harness.find('portico-portal-unpaid-invoices');
  return (
    line?.shadowRoot?.querySelector('[part~="base"]')?.textContent?.replace(/\s+/g, ' ').trim() ??
    ''
  );
}

describePortal(() => {
  describe('with billing on', () => {
    it("should show the dashboard's unpaid line, whose Pay opens the Billing page", async () => {
      const {harness} = await setupTest();
      await harness.until(showing('dashboard'));
      await harness.until((h) => unpaidLine(h) !== '');
      expect(unpaidLine(harness)).to.equal('1 unpaid invoice · €36.00 · Pay');
      const pay = harness.find('portico-portal-unpaid-invoices')!.shadowRoot!.querySelector('a')!;
      pay.click();
      await harness.until(showing('billing', 'Billing'));
      expect(location.hash).to.equal('#/billing');
      expect(document.title).to.equal(title('Billing'));
      expect(harness.currentLink).to.equal('Billing');
      const billing = new PorticoBillingHarness(harness.find('portico-billing')!);
      await billing.until((b) => b.due.length === 1);
    });

    it('should drop the unpaid line as soon as the invoice is paid elsewhere', async () => {
      const {harness, client} = await setupTest();
      await harness.until(showing('dashboard'));
      await harness.until((h) => unpaidLine(h) !== '');
      const {items} = await client.billing.listInvoices();
      const overdue = items.find((invoice) => invoice.status === 'overdue')!;
      const {items: methods} = await client.billing.listPaymentMethods();
      await client.billing.payInvoices({
        invoiceIds: [overdue.id],
        paymentMethodId: methods.find((method) => method.isDefault)!.id,
      });
      await harness.until((h) => unpaidLine(h) === '');
    });

    it("should link the membership card's payments to the invoices", async () => {
      const {harness} = await setupTest({url: `${location.pathname}#/membership`});
      await harness.until(showing('membership', 'Membership'));
      const card = new PorticoMembershipCardHarness(harness.find('portico-membership-card')!);
      await card.until((c) => c.part('invoices-link') !== null);
      const link = card.part<HTMLAnchorElement>('invoices-link')!;
      expect(link.textContent!.trim()).to.equal('See your invoices');
      link.click();
      await harness.until(showing('billing', 'Billing'));
    });
  });

  describe('with billing off (space.features.billing false)', () => {
    beforeEach(async () => {
      await answerSpace((space) => ({features: {...space.features, billing: false}}));
    });

    it('should hide the Billing page, the unpaid line and the link to the invoices', async () => {
      const {harness} = await setupTest();
      await harness.until(showing('dashboard'));
      await harness.until((h) => h.links.includes('Membership'));
      expect(harness.links).not.to.include('Billing');
      expect(harness.find('portico-portal-unpaid-invoices')).to.equal(null);
      await harness.clickLink('Membership');
      await harness.until(showing('membership', 'Membership'));
      const card = new PorticoMembershipCardHarness(harness.find('portico-membership-card')!);
      await card.until((c) => c.part('history') !== null);
      expect(card.part('invoices-link')).to.equal(null);
    });

    it('should answer /billing with the not-found page', async () => {
      const {harness} = await setupTest({url: `${location.pathname}#/billing`});
      await harness.until(showing('notFound', 'Page not found'));
      expect(harness.find('portico-billing')).to.equal(null);
    });
  });
});
