/// <reference types="mocha" />
// Credit notes: the space credits Ada's overdue invoice in part and a paid one whole while her
// notifications are open; both arrive live, in the page's language, amounts by Intl.
import {expect, html} from '@open-wc/testing';
import {creditInvoice, issueInvoices, OVERDUE} from '../../test/helpers/billing-data.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {createTestClient, logIn} from '../../test/helpers/mock-api.js';
import {mountElement} from '../../test/helpers/mount.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import './notifications.js';
import {PorticoNotificationsHarness} from './notifications.harness.js';

const TEXTS = {
  en: {
    kind: 'Billing',
    title: (note: string) => `Credit note ${note}`,
    reduced: (invoice: string, amount: string) => `Invoice ${invoice} is reduced by ${amount}.`,
    refunded: (invoice: string, amount: string) =>
      `Invoice ${invoice} is reduced by ${amount}, refunded to you.`,
  },
  fr: {
    kind: 'Facturation',
    title: (note: string) => `Avoir ${note}`,
    reduced: (invoice: string, amount: string) => `La facture ${invoice} est réduite de ${amount}.`,
    refunded: (invoice: string, amount: string) =>
      `La facture ${invoice} est réduite de ${amount} ; ce montant vous est remboursé.`,
  },
};

describeElement('portico-notifications: billing', () => {
  for (const [lang, say] of Object.entries(TEXTS)) {
    it(`should tell the member of a credit note live, reduced or refunded, in the page's language (${lang})`, async () => {
      const client = createTestClient();
      await logIn(client, 'ada@example.com');
      const overdue = (await client.billing.listInvoices()).items.find(
        (i) => i.number === OVERDUE,
      )!;
      const [locker] = await issueInvoices(1); // paid: crediting it refunds
      const {el, harness, wrapper} = await mountElement(
        'portico-notifications',
        PorticoNotificationsHarness,
        html`<portico-notifications .client=${client}></portico-notifications>`,
        lang,
      );
      await harness.until((h) => h.items.length === 4);
      const part = await creditInvoice(overdue.id, [
        {description: 'Guest did not come', quantity: 1, unitPrice: 1200},
      ]);
      const whole = await creditInvoice(locker!.id);
      // No reload: the realtime stream brings both.
      await harness.until((h) => h.items.length === 6, 6_000);
      const euros = new Intl.NumberFormat(lang, {style: 'currency', currency: 'EUR'});
      expect(
        harness.items.slice(0, 2).map(({kind, title, body}) => ({kind, title, body})),
      ).to.deep.equal([
        {
          kind: say.kind,
          title: say.title(whole.number),
          body: say.refunded(locker!.number, euros.format(12)),
        },
        {
          kind: say.kind,
          title: say.title(part.number),
          body: say.reduced(OVERDUE, euros.format(12)),
        },
      ]);
      expect(harness.items[0]!.unread).to.be.true;
      expect(harness.text).not.to.match(/\binv_\w+/);
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  }
});
