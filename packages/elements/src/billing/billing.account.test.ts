/// <reference types="mocha" />
// Ada's account: saved payment methods, billing details and the statement.
import {expect} from '@open-wc/testing';
import {http} from 'msw';
import sinon from 'sinon';
import {describeElement} from '../../test/helpers/hooks.js';
import {answerSpace, worker} from '../../test/helpers/mock-api.js';
import {problem} from '../../test/helpers/problem.js';
import {
  BILLING_DETAILS,
  CARD_3DS,
  methodId,
  setupLoaded,
  VISA,
} from '../../test/helpers/billing.js';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';

describeElement('portico-billing', () => {
  describe('payment methods', () => {
    it('should list them, the default first and marked', async () => {
      const {harness} = await setupLoaded();
      expect(harness.methods[0]).to.contain(VISA);
      expect(harness.methods[0]).to.contain('Default');
      expect(harness.methods[1]).to.contain(CARD_3DS);
      expect(harness.methods[1]).to.contain('Make default');
    });

    it('should add a test card, as the default when asked, and emit portico-payment-method-added', async () => {
      const {harness, el} = await setupLoaded();
      const added = spyOnEvent(el, 'portico-payment-method-added');
      await harness.press('add-method-button');
      await harness.chooseTestCard('pm_card_mastercard');
      harness.part<HTMLInputElement>('make-it-default')!.click();
      await harness.press('add-button');
      await harness.until((h) => h.partText('methods-notice') !== '');
      expect(harness.partText('methods-notice')).to.equal('Mastercard ending in 4444 was added.');
      expect(added).to.have.been.calledOnce;
      await harness.until((h) => h.methods[0]?.includes('Mastercard ending in 4444') ?? false);
      expect(harness.methods[0]).to.contain('Default');
      expect(harness.part('add-method-form')).to.equal(null);
    });

    it("outside test mode, should save the card the page's provider form tokenizes", async () => {
      await answerSpace(() => ({testMode: false}));
      const {harness, el} = await setupLoaded();
      const tokenize = sinon.fake.resolves('pm_card_mastercard');
      el.createPaymentToken = tokenize;
      await harness.settled();
      await harness.press('add-method-button');
      // No test cards: the provider's own form stands where they would.
      expect(harness.part('test-card')).to.equal(null);
      await harness.press('add-button');
      await harness.until((h) => h.partText('methods-notice') !== '');
      expect(tokenize).to.have.been.calledOnce;
      expect(harness.partText('methods-notice')).to.equal('Mastercard ending in 4444 was added.');
    });

    it('outside test mode and without a provider form, should offer no way to add a card', async () => {
      await answerSpace(() => ({testMode: false}));
      const {harness} = await setupLoaded();
      expect(harness.button('add-method-button')).to.equal(null);
    });

    it('should close the add form on Cancel', async () => {
      const {harness} = await setupLoaded();
      await harness.press('add-method-button');
      await harness.press('add-cancel-button');
      expect(harness.part('add-method-form')).to.equal(null);
    });

    it('should make another method the default', async () => {
      const {harness} = await setupLoaded();
      await harness.press('make-default-button', harness.method(methodId(harness, CARD_3DS))!);
      await harness.until((h) => h.methods[0]?.includes(CARD_3DS) ?? false);
      expect(harness.partText('methods-notice')).to.equal(`${CARD_3DS} is now your default.`);
    });

    it('should remove a method after asking, or keep it', async () => {
      const {harness} = await setupLoaded();
      const row = () => harness.method(methodId(harness, CARD_3DS))!;
      await harness.press('remove-button', row());
      expect(harness.partText('remove-question')).to.contain(`Remove ${CARD_3DS}?`);
      await harness.press('keep-button');
      expect(harness.part('remove-question')).to.equal(null);
      await harness.press('remove-button', row());
      await harness.press('confirm-remove-button');
      await harness.until((h) => h.methods.length === 1);
      expect(harness.partText('methods-notice')).to.equal(`${CARD_3DS} was removed.`);
    });

    it("should show the server's refusal to remove the last method while something is due", async () => {
      const {harness} = await setupLoaded();
      await harness.press('remove-button', harness.method(methodId(harness, CARD_3DS))!);
      await harness.press('confirm-remove-button');
      await harness.until((h) => h.methods.length === 1);
      await harness.press('remove-button', harness.method(methodId(harness, VISA))!);
      await harness.press('confirm-remove-button');
      await harness.until((h) => h.partText('methods-notice').startsWith('You cannot'));
      expect(harness.partText('methods-notice')).to.equal(
        'You cannot remove your only payment method while something is due or your membership renews on it. Add another one first.',
      );
      expect(harness.methods).to.have.length(1);
    });
  });

  describe('billing details', () => {
    it('should show what the next invoices are made out to', async () => {
      const {harness} = await setupLoaded();
      expect(harness.details).to.deep.equal([
        'Ada Lovelace',
        'Analytical Engines Ltd',
        '12 St James’s Square',
        'SW1Y 4JH London',
        'United Kingdom',
        'VAT GB123456789',
        'accounts@analytical.example',
      ]);
    });

    it('should send the whole record and show the saved details', async () => {
      const {harness} = await setupLoaded();
      let body: unknown;
      worker.use(
        http.patch(BILLING_DETAILS, async ({request}) => {
          body = await request.clone().json();
          return undefined;
        }),
      );
      await harness.press('edit-details-button');
      await harness.fill('line1', '1 rue de Rivoli');
      await harness.fill('postalCode', '75001');
      await harness.fill('city', 'Paris');
      await harness.fill('country', 'FR');
      await harness.fill('taxId', 'FR 40 303265045');
      await harness.press('save-details-button');
      await harness.until((h) => h.partText('details-notice') !== '');
      expect(harness.partText('details-notice')).to.equal(
        'Your billing details were saved. Your next invoices use them.',
      );
      expect(body).to.deep.equal({
        name: 'Ada Lovelace',
        company: 'Analytical Engines Ltd',
        address: {
          line1: '1 rue de Rivoli',
          line2: null,
          postalCode: '75001',
          city: 'Paris',
          region: null,
          country: 'FR',
        },
        taxId: 'FR 40 303265045',
        email: 'accounts@analytical.example',
      });
      await harness.until((h) => h.details.includes('France'));
      expect(harness.details).to.include('VAT FR40303265045');
    });

    it('should check the VAT number for its country before sending it', async () => {
      const {harness} = await setupLoaded();
      const sent = sinon.spy();
      worker.use(http.patch(BILLING_DETAILS, () => void sent()));
      await harness.press('edit-details-button');
      await harness.fill('country', 'FR');
      await harness.fill('taxId', 'FR12345678901');
      await harness.press('save-details-button');
      expect(harness.fieldError('taxId')).to.equal(
        'This is not a valid VAT number for this country. For example FR40303265045.',
      );
      await harness.until((h) => h.focused?.getAttribute('name') === 'taxId');
      expect(sent).to.have.callCount(0);
    });

    it("should show the server's invalid_tax_id on the field", async () => {
      const {harness} = await setupLoaded();
      worker.use(
        http.patch(BILLING_DETAILS, () => problem(422, 'invalid_tax_id', 'Invalid tax id')),
      );
      await harness.press('edit-details-button');
      await harness.press('save-details-button');
      await harness.until((h) => h.fieldError('taxId') !== '');
      expect(harness.fieldError('taxId')).to.equal(
        'This is not a valid VAT number for this country.',
      );
      expect(harness.root.querySelector('[name="taxId"]')!.getAttribute('aria-invalid')).to.equal(
        'true',
      );
    });

    it('should ask for the required fields, and close on Cancel', async () => {
      const {harness} = await setupLoaded();
      await harness.press('edit-details-button');
      await harness.fill('city', ' ');
      await harness.press('save-details-button');
      expect(harness.fieldError('city')).to.equal('Required.');
      await harness.press('details-cancel-button');
      expect(harness.part('details-form')).to.equal(null);
    });
  });

  describe('the statement', () => {
    it('should download the last twelve months as CSV and as PDF', async () => {
      const {harness} = await setupLoaded();
      expect(harness.part<HTMLInputElement>('statement-from')!.value).to.equal('2025-03-12');
      expect(harness.part<HTMLInputElement>('statement-to')!.value).to.equal('2026-03-11');
      const created = sinon.spy(URL, 'createObjectURL');
      const clicked = sinon.stub(HTMLAnchorElement.prototype, 'click');
      await harness.press('statement-csv-button');
      await harness.until(() => clicked.calledOnce);
      const csv = created.firstCall.args[0] as Blob;
      expect(await csv.text()).to.contain('CAN-000003');
      expect((clicked.firstCall.thisValue as HTMLAnchorElement).download).to.equal(
        'statement-2025-03-12-2026-03-11.csv',
      );
      await harness.press('statement-pdf-button');
      await harness.until(() => clicked.calledTwice);
      const pdf = created.secondCall.args[0] as Blob;
      expect(new TextDecoder().decode(await pdf.slice(0, 5).arrayBuffer())).to.equal('%PDF-');
    });

    it('should refuse a period that ends before it starts', async () => {
      const {harness} = await setupLoaded();
      const from = harness.part<HTMLInputElement>('statement-from')!;
      from.value = '2026-04-01';
      from.dispatchEvent(new Event('change'));
      await harness.press('statement-csv-button');
      expect(harness.partText('statement-notice')).to.equal('The end must be after the start.');
    });
  });
});
