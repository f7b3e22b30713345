import type {BillingParty} from '@portico/sdk/contract';
import type {MemberRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {BillingSeed} from './billing.js';
import type {SpaceSeed} from './builder.js';

const eur = (amount: number) => ({amount, currency: 'EUR'});

/** Prices in France are shown with VAT (20 %) included; invoices are due in 14 days. */
const SELLER: BillingParty = {
  name: 'La Canopée Coworking',
  company: 'La Canopée SAS',
  address: {
    line1: '12 rue des Arts',
    line2: null,
    postalCode: '75011',
    city: 'Paris',
    region: null,
    country: 'FR',
  },
  taxId: 'FR40303265045',
  email: 'billing@canopee.example',
};

const ADA: BillingParty = {
  name: 'Ada Lovelace',
  company: 'Analytical Engines Ltd',
  address: {
    line1: '12 St James’s Square',
    line2: null,
    postalCode: 'SW1Y 4JH',
    city: 'London',
    region: null,
    country: 'GB',
  },
  taxId: 'GB123456789',
  email: 'accounts@analytical.example',
};

const BEN: BillingParty = {
  name: 'Ben Okafor',
  company: 'Okafor Design',
  address: {
    line1: '4 rue Oberkampf',
    line2: null,
    postalCode: '75011',
    city: 'Paris',
    region: null,
    country: 'FR',
  },
  taxId: null,
  email: null,
};

function member(s: SpaceSeed, id: string): MemberRow {
  const found = s.b.rows<MemberRow>(TABLES.members).find((m) => m.id === id);
  if (!found) throw new Error(`[Portico] Failed to seed billing: no member ${id}.`);
  return found;
}

/**
 * The demo space's billing. Ada (auto-pay on): her Flex months and a credit pack paid with her default Visa,
 * and a day pass with a guest (€36.00) left unpaid past its due day, so the portal shows one
 * overdue invoice. Ben: one paid month, in French, for isolation.
 */
export function seedDemoBilling(s: SpaceSeed, options: {activity: boolean}): void {
  const billing = new BillingSeed(s, {
    prefix: 'CAN',
    taxMode: 'inclusive',
    taxRate: 2000,
    paymentTermsDays: 14,
    seller: SELLER,
  });
  if (!options.activity) return;
  const ada = member(s, 'mem_ada');
  const ben = member(s, 'mem_ben');
  billing.details(ada, ADA);
  billing.details(ben, BEN);
  const visa = billing.card(ada, 'pm_card_visa', 60, true);
  billing.autoPay(ada);
  billing.card(ada, 'pm_card_authenticationRequired', 30, false);
  const benCard = billing.card(ben, 'pm_card_mastercard', 12, true);
  const flex = (issued: number) =>
    billing.invoice(ada, ADA, {
      issued,
      lines: [{description: 'Flex monthly', quantity: 1, unitPrice: eur(25000), source: null}],
      paid: {method: visa, daysAgo: issued},
    });
  flex(40);
  billing.invoice(ada, ADA, {
    issued: 38,
    lines: [{description: '50 credits', quantity: 1, unitPrice: eur(18000), source: null}],
    paid: {method: visa, daysAgo: 38},
  });
  billing.invoice(ada, ADA, {
    issued: 20,
    lines: [
      {description: 'Day pass with a guest', quantity: 1, unitPrice: eur(3600), source: null},
    ],
  });
  flex(10);
  billing.invoice(ben, BEN, {
    issued: 12,
    lines: [{description: '10 days a month', quantity: 1, unitPrice: eur(19000), source: null}],
    paid: {method: benCard, daysAgo: 12},
  });
}
