// The billing answers' addresses and the data a billing story and test both use. No test
// framework here: stories import it.
import type {BillingParty, Invoice} from '@portico/sdk';
import {devPost, SPACE} from './client.js';

export const INVOICES = `*/v1/spaces/${SPACE}/me/invoices`;
export const PAYMENTS = `*/v1/spaces/${SPACE}/me/payments`;
export const PAYMENT_METHODS = `*/v1/spaces/${SPACE}/me/payment-methods`;
export const BILLING_DETAILS = `*/v1/spaces/${SPACE}/me/billing-details`;

/** Ada's overdue day pass (seeded), her default Visa and her card that needs her bank. */
export const OVERDUE = 'CAN-000003';
export const VISA = 'Visa ending in 4242';
export const CARD_3DS = 'Visa ending in 3155';

/**
 * An overdue invoice with the longest values the contract allows, in Hebrew (right to left):
 * 40-character number, 200-character lines and addresses, 120-character names, a 24-character
 * tax number, a 254-character email, and amounts in the hundreds of millions.
 */
export function longestInvoice(): Invoice {
  const long = (length: number) => 'ש'.repeat(length);
  const eur = (amount: number) => ({amount, currency: 'EUR'});
  const party: BillingParty = {
    name: long(120),
    company: long(120),
    address: {
      line1: long(200),
      line2: long(200),
      postalCode: '9'.repeat(20),
      city: long(200),
      region: long(200),
      country: 'IL',
    },
    taxId: 'X'.repeat(24),
    email: `${'a'.repeat(64)}@${'b'.repeat(180)}.example`,
  };
  return {
    id: 'inv_longest',
    number: 'W'.repeat(40),
    status: 'overdue',
    issuedOn: '2026-02-19',
    dueOn: '2026-03-05',
    paidAt: null,
    currency: 'EUR',
    taxMode: 'exclusive',
    lines: [
      {
        description: long(200),
        quantity: 9_999,
        unitPrice: eur(99_999_999),
        taxRate: 2_000,
        amount: eur(999_889_990_001),
        source: null,
      },
    ],
    subtotal: eur(999_889_990_001),
    taxes: [{rate: 2_000, base: eur(999_889_990_001), amount: eur(199_977_998_000)}],
    total: eur(1_199_867_988_001),
    amountPaid: eur(0),
    amountCredited: eur(0),
    amountDue: eur(1_199_867_988_001),
    seller: party,
    buyer: party,
    creditNoteFor: null,
    credits: [],
  };
}

/**
 * The space bills `member` by hand `count` times (`POST /__dev/invoices`), one locker week each
 * (€12.00), already paid unless told: a long history, newest last.
 */
export async function issueInvoices(
  count: number,
  {member = 'ada@example.com', paid = true} = {},
): Promise<Invoice[]> {
  const issued: Invoice[] = [];
  for (let week = 1; week <= count; week++) {
    const lines = [{description: `Locker, week ${week}`, quantity: 1, unitPrice: 1200}];
    issued.push(await devPost<Invoice>('invoices', {member, paid, lines}));
  }
  return issued;
}

/** The space credits an invoice (`POST /__dev/invoices/:id/credit-notes`), whole unless `lines`. */
export const creditInvoice = (
  invoiceId: string,
  lines?: {description: string; quantity: number; unitPrice: number}[],
) => devPost<Invoice>(`invoices/${invoiceId}/credit-notes`, lines ? {lines} : {});
