// Shared by the billing element's test files: a billing element bound to a test client.
import {html} from 'lit';
import '../../src/billing/billing.js';
import type {PorticoBilling} from '../../src/billing/billing.component.js';
import {PorticoBillingHarness} from '../../src/billing/billing.harness.js';
import {elementSetup, untilReady} from './mount.js';

export * from './billing-data.js';

/** A billing element (Ada signed in unless told). */
export const setupTest = elementSetup<PorticoBilling, PorticoBillingHarness>(
  'portico-billing',
  PorticoBillingHarness,
  'ada@example.com',
  (client) => html`<portico-billing .client=${client}></portico-billing>`,
);

/** {@link setupTest}, then waits for the invoices. */
export const setupLoaded = untilReady(
  setupTest,
  (h) => h.history.length > 0 || h.text.includes('No invoices'),
);

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
