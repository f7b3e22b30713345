// What a member owes now: shared by <portico-billing> and the portal's dashboard line.
import type {Invoice} from '@portico/sdk';
import {endpoints} from '@portico/sdk/billing';

/**
 * The invoices billing reads: the API's largest page (open and overdue come first), one query
 * for the element and the dashboard; the history's "Show more" follows the cursor from there.
 */
export const INVOICES_PAGE = {limit: endpoints.listInvoices.limits.page};

/** Open and overdue invoices: what the member can pay now, the overdue ones first. */
export function dueInvoices(invoices: readonly Invoice[]): Invoice[] {
  return invoices
    .filter((invoice) => invoice.status === 'open' || invoice.status === 'overdue')
    .toSorted(
      (a, b) =>
        Number(b.status === 'overdue') - Number(a.status === 'overdue') ||
        a.dueOn.localeCompare(b.dueOn),
    );
}

/** The sum of what `invoices` still owe (they share the space's currency). */
export function totalDue(invoices: readonly Invoice[]): {amount: number; currency: string} {
  const currency = invoices[0]?.currency ?? 'EUR';
  return {currency, amount: invoices.reduce((sum, invoice) => sum + invoice.amountDue.amount, 0)};
}
