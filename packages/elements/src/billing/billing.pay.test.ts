/// <reference types="mocha" />
// Paying what is due: a saved card, a new one, the bank's confirmation step, a declined card,
// and Pay all.
import {expect} from '@open-wc/testing';
import type {Invoice} from '@portico/sdk';
import {http, HttpResponse} from 'msw';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {sendKeys} from '@web/test-runner-commands';
import {describeElement} from '../../test/helpers/hooks.js';
import {tabFromThePage} from '../../test/helpers/keyboard.js';
import {worker} from '../../test/helpers/mock-api.js';
import {
  answerBank,
  CARD_3DS,
  INVOICES,
  issueInvoices,
  methodId,
  OVERDUE,
  PAYMENTS,
  setupLoaded,
} from '../../test/helpers/billing.js';
import type {PorticoBillingHarness} from './billing.harness.js';

/** Opens the pay panel of the overdue invoice and pays with `method` (a saved id, or `new`). */
async function payOverdue(harness: PorticoBillingHarness, method?: string, token?: string) {
  await harness.press('pay-button', harness.row('due', OVERDUE)!);
  if (method) await harness.chooseMethod(method);
  if (token) await harness.chooseTestCard(token);
  expect(harness.partText('pay-now-button')).to.equal('Pay €36.00');
  await harness.press('pay-now-button');
}

describeElement('portico-billing', () => {
  describe('paying an overdue invoice', () => {
    it('should pay it with the default card, say so and emit portico-invoice-paid', async () => {
      const {harness, el} = await setupLoaded();
      const paid = spyOnEvent(el, 'portico-invoice-paid');
      await harness.press('pay-button', harness.row('due', OVERDUE)!);
      // The default method is chosen.
      const checked = harness.root.querySelector<HTMLInputElement>('[part~="pay-method"]:checked');
      expect(checked!.closest('label')!.textContent).to.contain('Visa ending in 4242');
      await harness.press('pay-now-button');
      await harness.until((h) => h.partText('pay-notice') !== '');
      expect(harness.partText('pay-notice')).to.equal('Paid €36.00. Thank you!');
      expect(paid).to.have.been.calledOnce;
      expect(paid.firstCall.args[0].detail.payment.status).to.equal('succeeded');
      await harness.until((h) => h.due.length === 0);
      expect(harness.partText('nothing-due')).to.equal('You have nothing to pay. Thank you!');
      const badge = harness.row('history', OVERDUE)!.querySelector('[data-status]')!;
      expect(badge.textContent!.trim()).to.equal('Paid');
    });

    it("should wait for the bank's approval, then show it paid", async () => {
      const {harness, el} = await setupLoaded();
      const paid = spyOnEvent(el, 'portico-invoice-paid');
      await payOverdue(harness, methodId(harness, CARD_3DS));
      await harness.until((h) => h.part('authentication') !== null);
      expect(harness.partText('authentication')).to.contain(
        'Your bank needs you to confirm this payment',
      );
      const link = harness.part<HTMLAnchorElement>('authentication-link')!;
      expect(link.target).to.equal('_blank');
      expect(link.href).to.match(/\/__dev\/payments\/[^/]+\/authentication$/);
      // Still due while the bank waits.
      expect(harness.due).to.have.length(1);
      await answerBank(link.href, true);
      await harness.press('authentication-check-button');
      await harness.until((h) => h.partText('pay-notice') === 'Paid €36.00. Thank you!');
      expect(paid).to.have.been.calledOnce;
      await harness.until((h) => h.due.length === 0);
    });

    it('should notice the answer by itself, without "I have answered"', async () => {
      const {harness} = await setupLoaded();
      await payOverdue(harness, methodId(harness, CARD_3DS));
      await harness.until((h) => h.part('authentication-link') !== null);
      await answerBank(harness.part<HTMLAnchorElement>('authentication-link')!.href, true);
      await harness.until((h) => h.due.length === 0, 6_000);
      expect(harness.partText('pay-notice')).to.equal('Paid €36.00. Thank you!');
    });

    it('should keep it open with the reason when the bank refuses', async () => {
      const {harness, el} = await setupLoaded();
      const paid = spyOnEvent(el, 'portico-invoice-paid');
      await payOverdue(harness, methodId(harness, CARD_3DS));
      await harness.until((h) => h.part('authentication-link') !== null);
      await answerBank(harness.part<HTMLAnchorElement>('authentication-link')!.href, false);
      await harness.press('authentication-check-button');
      await harness.until((h) => h.partText('pay-notice') !== '');
      expect(harness.partText('pay-notice')).to.equal(
        'The payment did not go through: your bank did not confirm it. Nothing was charged.',
      );
      expect(harness.due).to.have.length(1);
      expect(paid).to.have.callCount(0);
    });

    it('should let the member give up on the bank step', async () => {
      const {harness} = await setupLoaded();
      await payOverdue(harness, methodId(harness, CARD_3DS));
      await harness.until((h) => h.part('authentication') !== null);
      await harness.press('pay-cancel-button');
      expect(harness.part('authentication')).to.equal(null);
      expect(harness.part('pay-panel')).to.equal(null);
      expect(harness.due).to.have.length(1);
    });

    it('should save a new card, then keep the invoice open with the reason when it is declined', async () => {
      const {harness, el} = await setupLoaded();
      const added = spyOnEvent(el, 'portico-payment-method-added');
      await payOverdue(harness, 'new', 'pm_card_chargeDeclinedInsufficientFunds');
      await harness.until((h) => h.partText('pay-notice') !== '');
      expect(harness.partText('pay-notice')).to.equal(
        'The payment did not go through: the card has insufficient funds. Nothing was charged.',
      );
      expect(added).to.have.been.calledOnce;
      expect(added.firstCall.args[0].detail.paymentMethod.last4).to.equal('9995');
      expect(harness.due).to.have.length(1);
      // The panel stays, on the saved card, for another try.
      expect(harness.part('pay-panel')).to.exist;
      await harness.until((h) => h.methods.some((m) => m.includes('Visa ending in 9995')));
    });

    it('should pay with the keyboard alone, focus following each step', async () => {
      const {harness} = await setupLoaded();
      await tabFromThePage();
      // The invoice's number, then its Pay button.
      expect(harness.focused?.getAttribute('part')).to.equal('invoice-link');
      await sendKeys({press: 'Tab'});
      expect(harness.focused?.getAttribute('part')).to.equal('pay-button');
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.focused?.getAttribute('part') === 'pay-method');
      expect((harness.focused as HTMLInputElement).checked).to.be.true;
      await sendKeys({press: 'Tab'});
      expect(harness.focused?.getAttribute('part')).to.equal('pay-now-button');
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.focused?.getAttribute('part')?.includes('pay-notice') ?? false);
      expect(harness.partText('pay-notice')).to.equal('Paid €36.00. Thank you!');
    });

    it('should close the panel on Cancel', async () => {
      const {harness} = await setupLoaded();
      await harness.press('pay-button', harness.row('due', OVERDUE)!);
      await harness.press('pay-cancel-button');
      expect(harness.part('pay-panel')).to.equal(null);
    });
  });

  describe('with several invoices due', () => {
    it('should pay them all at once with Pay all', async () => {
      const {harness, client} = await setupLoaded();
      const invoices = await client.billing.listInvoices({limit: 100});
      const overdue = invoices.items.find((invoice) => invoice.number === OVERDUE)!;
      const second: Invoice = {...overdue, id: 'inv_second', number: 'CAN-000099', status: 'open'};
      worker.use(
        http.get(INVOICES, () =>
          HttpResponse.json({
            items: [overdue, second, ...invoices.items.slice(1)],
            nextCursor: null,
          }),
        ),
      );
      let body: unknown;
      worker.use(
        http.post(PAYMENTS, async ({request}) => {
          body = await request.json();
          return HttpResponse.json(
            {
              id: 'pay_all',
              status: 'succeeded',
              amount: {amount: 7200, currency: 'EUR'},
              invoiceIds: ['inv_second', overdue.id],
              paymentMethodId: 'pm_x',
              failure: null,
              nextAction: null,
              createdAt: '2026-03-11T08:10:00.000Z',
            },
            {status: 201},
          );
        }),
      );
      harness.element.resolvedClient!.store.invalidate(['invoices']);
      await harness.until((h) => h.due.length === 2);
      expect(harness.partText('pay-all-button')).to.equal('Pay all · €72.00');
      await harness.press('pay-all-button');
      expect(harness.partText('pay-now-button')).to.equal('Pay €72.00');
      await harness.press('pay-now-button');
      await harness.until((h) => h.partText('pay-notice') === 'Paid €72.00. Thank you!');
      expect((body as {invoiceIds: string[]}).invoiceIds).to.deep.equal([overdue.id, 'inv_second']);
    });
  });
  describe('with 52 invoices due (more than one payment may settle)', () => {
    /** Ada's overdue €36.00 and 51 open locker weeks at €12.00: €648.00 in all. */
    async function setup52() {
      await issueInvoices(51, {paid: false});
      const loaded = await setupLoaded();
      await loaded.harness.until((h) => h.due.length === 52);
      const bodies: {invoiceIds: string[]}[] = [];
      // Notes each payment's invoices, then lets the mock server answer.
      worker.use(
        http.post(PAYMENTS, async ({request}) => {
          bodies.push((await request.clone().json()) as {invoiceIds: string[]});
        }),
      );
      expect(loaded.harness.partText('pay-all-button')).to.equal('Pay all · €648.00');
      await loaded.harness.press('pay-all-button');
      expect(loaded.harness.partText('pay-now-button')).to.equal('Pay €648.00');
      return {...loaded, bodies};
    }

    it('should pay them all in payments of at most 50, with no refusal, and say the whole amount', async () => {
      const {harness, el, bodies} = await setup52();
      const paid = spyOnEvent(el, 'portico-invoice-paid');
      await harness.press('pay-now-button');
      await harness.until((h) => h.partText('pay-notice') !== '', 6_000);
      expect(harness.partText('pay-notice')).to.equal('Paid €648.00. Thank you!');
      expect(bodies.map((b) => b.invoiceIds.length)).to.deep.equal([50, 2]);
      expect(new Set(bodies.flatMap((b) => b.invoiceIds)).size).to.equal(52);
      expect(paid).to.have.been.calledTwice;
      await harness.until((h) => h.due.length === 0);
      expect(harness.partText('nothing-due')).to.equal('You have nothing to pay. Thank you!');
    });

    it('should ask the bank for each payment in turn with a card that needs it, then say the whole amount', async () => {
      const {harness, bodies} = await setup52();
      await harness.chooseMethod(methodId(harness, CARD_3DS));
      await harness.press('pay-now-button');
      const links: string[] = [];
      for (const batch of [50, 2]) {
        await harness.until((h) => {
          const href = h.part<HTMLAnchorElement>('authentication-link')?.href;
          return href !== undefined && !links.includes(href);
        }, 6_000);
        expect(bodies.at(-1)!.invoiceIds).to.have.length(batch);
        links.push(harness.part<HTMLAnchorElement>('authentication-link')!.href);
        await answerBank(links.at(-1)!, true);
        await harness.press('authentication-check-button');
      }
      await harness.until((h) => h.partText('pay-notice') === 'Paid €648.00. Thank you!', 6_000);
      await harness.until((h) => h.due.length === 0);
    });

    it('should say what was paid when a later payment is declined, and keep the rest to pay', async () => {
      const {harness} = await setup52();
      let calls = 0;
      worker.use(
        http.post(PAYMENTS, async ({request}) => {
          const {invoiceIds} = (await request.clone().json()) as {invoiceIds: string[]};
          // The first payment goes through (the mock server answers); the second is declined.
          if ((calls += 1) === 1) return undefined;
          return HttpResponse.json(
            {
              id: 'pay_second',
              status: 'failed',
              amount: {amount: invoiceIds.length * 1200, currency: 'EUR'},
              invoiceIds,
              paymentMethodId: 'pm_x',
              failure: 'card_declined',
              nextAction: null,
              createdAt: '2026-03-11T08:10:00.000Z',
            },
            {status: 201},
          );
        }),
      );
      await harness.press('pay-now-button');
      await harness.until((h) => h.partText('pay-notice') !== '', 6_000);
      expect(harness.partText('pay-notice')).to.equal(
        'Paid €624.00; the rest did not go through: your card was declined.',
      );
      await harness.until((h) => h.due.length === 2);
      // The panel stays open on what is left, for another card.
      expect(harness.partText('pay-now-button')).to.equal('Pay €24.00');
    });
  });
});
