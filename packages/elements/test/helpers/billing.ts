// Shared by the billing element's test files: a billing element bound to a test client.
import type {BillingParty, Invoice} from '@portico/sdk';
import {html} from 'lit';
import '../../src/billing/billing.js';
import type {PorticoBilling} from '../../src/billing/billing.component.js';
import {PorticoBillingHarness} from '../../src/billing/billing.harness.js';
import {SPACE} from './mock-api.js';
import {elementSetup} from './mount.js';

export const INVOICES = `*/v1/spaces/${SPACE}/me/invoices`;
export const PAYMENTS = `*/v1/spaces/${SPACE}/me/payments`;
export const PAYMENT_METHODS = `*/v1/spaces/${SPACE}/me/payment-methods`;
export const BILLING_DETAILS = `*/v1/spaces/${SPACE}/me/billing-details`;

/** Ada's overdue day pass (seeded), her default Visa and her card that needs her bank. */
export const OVERDUE = 'CAN-000003';
export const VISA = 'Visa ending in 4242';
export const CARD_3DS = 'Visa ending in 3155';

/** A billing element (Ada signed in unless told). */
export const setupTest = elementSetup<PorticoBilling, PorticoBillingHarness>(
  'portico-billing',
  PorticoBillingHarness,
  'ada@example.com',
  (client) => html`<portico-billing .client=${client}></portico-billing>`,
);

/** {@link setupTest}, then waits for the invoices. */
export async function setupLoaded(options: Parameters<typeof setupTest>[0] = {}) {
  const setup = await setupTest(options);
  await setup.harness.until((h) => h.history.length > 0 || h.text.includes('No invoices'));
  return setup;
}

/** The id of Ada's saved method shown as `label`. */
export function methodId(harness: PorticoBillingHarness, label: string): string {
  const row = [...harness.root.querySelectorAll<HTMLElement>('[part~="method"]')].find((li) =>
    li.textContent?.includes(label),
  );
  if (!row) throw new Error(`No saved method ${label}`);
  return row.dataset.method!;
}

/** Answers the mock bank's page as the member would (its Approve or Fail form). */
export async function answerBank(url: string, approve: boolean): Promise<void> {
  const response = await fetch(`${url}?approve=${approve}`, {method: 'POST'});
  if (!response.ok) throw new Error(`The bank's page answered ${response.status}`);
}

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
    amountDue: eur(1_199_867_988_001),
    seller: party,
    buyer: party,
    creditNoteFor: null,
  };
}
