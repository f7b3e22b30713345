/// <reference types="mocha" />
// The membership's renewal: its day and amount, the auto-pay switch, and the renewal invoice
// the space issues on that day by the mock server's clock (moved with its dev route).
import {expect} from '@open-wc/testing';
import {describeElement} from '../../test/helpers/hooks.js';
import {devPost} from '../../test/helpers/client.js';
import {setupLoaded} from '../../test/helpers/billing.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import type {PorticoBillingHarness} from './billing.harness.js';

const autoPay = (harness: PorticoBillingHarness) => harness.part<HTMLInputElement>('auto-pay')!;

describeElement('portico-billing', () => {
  describe("Ada's renewal (auto-pay on, a default Visa)", () => {
    it('should say when her plan renews and for how much, with auto-pay on', async () => {
      const {harness} = await setupLoaded();
      expect(harness.partText('renews')).to.equal(
        'Your Flex monthly plan renews on Mar 31, 2026: €250.00.',
      );
      expect(autoPay(harness).checked).to.be.true;
      expect(harness.partText('renewal')).to.contain('Pay automatically with Visa ending in 4242');
      expect(harness.partText('renewal')).to.contain(
        'On that day the invoice is paid with your default method.',
      );
      await expectAccessibleInEveryTheme(harness.element, harness.element.parentElement!);
    });

    it('should turn auto-pay off and on, saying so, and keep it', async () => {
      const {harness, client} = await setupLoaded();
      autoPay(harness).click();
      await harness.until((h) => h.partText('renewal-notice') === 'Auto-pay is off.');
      expect(harness.announcement).to.equal('Auto-pay is off.');
      expect((await client.billing.getRenewal()).autoPay).to.be.false;
      await harness.until((h) => h.partText('renewal').includes('waits for you to pay it'));
      expect(autoPay(harness).checked).to.be.false;
      autoPay(harness).click();
      await harness.until((h) => h.partText('renewal-notice') === 'Auto-pay is on.');
      expect((await client.billing.getRenewal()).autoPay).to.be.true;
    });

    it('should show the renewal invoice, paid, once the clock reaches Mar 31', async () => {
      const {harness, client} = await setupLoaded();
      await devPost('clock', {now: '2026-03-31T08:00:00+02:00'});
      client.store.invalidate(['invoices']);
      await harness.until((h) => h.history.includes('CAN-000006'));
      const row = harness.row('history', 'CAN-000006')!;
      expect(row.textContent).to.contain('Flex monthly from 2026-03-31');
      expect(row.textContent).to.contain('Issued Mar 31, 2026');
      expect(row.querySelector('[data-status]')!.textContent!.trim()).to.equal('Paid');
      await harness.until((h) => h.partText('renews').includes('Apr 30, 2026'));
    });
  });

  describe('for a member with a plan and no saved method (Grace)', () => {
    it('should offer auto-pay only once a method is saved', async () => {
      const {harness} = await setupLoaded({member: 'grace@example.com'});
      const box = autoPay(harness);
      expect(box.checked).to.be.false;
      expect(box.getAttribute('aria-disabled')).to.equal('true');
      expect(harness.partText('renewal')).to.contain(
        'Pay automatically (save a payment method first)',
      );
      box.click();
      await harness.settled();
      expect(box.checked).to.be.false;
      expect(harness.part('renewal-notice')).to.equal(null);
    });
  });

  describe('with lang="fr"', () => {
    it('should say it in French', async () => {
      const {harness} = await setupLoaded({lang: 'fr'});
      expect(harness.partText('renews')).to.equal(
        'Votre formule Flex monthly se renouvelle le 31 mars 2026 : 250,00\u00a0€.',
      );
      expect(harness.partText('renewal')).to.contain('Payer automatiquement avec Visa');
    });
  });
});
