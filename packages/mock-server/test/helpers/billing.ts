import assert from 'node:assert/strict';
import type {Api, Json, Reply} from './mock-api.js';

/** Ada's seeded overdue invoice (the €36.00 day pass) and her saved methods by last 4 digits. */
export async function adaBilling(t: Api) {
  const token = await t.login('ada@example.com');
  const invoices = await t.call('GET', '/me/invoices', {token});
  assert.equal(invoices.status, 200);
  const overdue = invoices.body.items[0];
  assert.equal(overdue.status, 'overdue');
  const methods = await t.call('GET', '/me/payment-methods', {token});
  const method = (last4: string): string =>
    methods.body.items.find((m: {last4: string}) => m.last4 === last4).id;
  return {token, overdue, invoices: invoices.body.items as Json[], method};
}

/** Saves a test token as a method and answers its id. */
export async function saveMethod(t: Api, token: string, card: string): Promise<string> {
  const added = await t.call('POST', '/me/payment-methods', {
    token,
    key: `add-${card}`,
    body: {token: card},
  });
  assert.equal(added.status, 201, JSON.stringify(added.body));
  return added.body.id;
}

/** `POST /me/payments` for these invoices, under `key` (a fresh one by default). */
export function pay(
  t: Api,
  token: string,
  invoiceIds: string[],
  paymentMethodId: string,
  key = `pay-${invoiceIds.join('-')}-${paymentMethodId}-${Math.random()}`,
): Promise<Reply> {
  return t.call('POST', '/me/payments', {token, key, body: {invoiceIds, paymentMethodId}});
}

/** The space bills `member` by hand (`POST /__dev/invoices`), `count` times: returns the invoices. */
export async function issueInvoices(
  t: Api,
  member: string,
  count: number,
  {paid = true, unitPrice = 1200}: {paid?: boolean; unitPrice?: number} = {},
): Promise<Json[]> {
  const issued: Json[] = [];
  for (let i = 1; i <= count; i++) {
    const reply = await t.call('POST', '/__dev/invoices', {
      body: {member, paid, lines: [{description: `Locker, week ${i}`, quantity: 1, unitPrice}]},
    });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    issued.push(reply.body);
  }
  return issued;
}

/** The space credits an invoice (`POST /__dev/invoices/:id/credit-notes`): whole without `lines`. */
export function creditInvoice(t: Api, invoiceId: string, lines?: Json[]): Promise<Reply> {
  return t.call('POST', `/__dev/invoices/${invoiceId}/credit-notes`, {
    body: lines ? {lines} : {},
  });
}
