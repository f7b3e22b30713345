import type {Invoice, InvoicePayment, KnownNotification} from '@portico/sdk/contract';
import {addDays, zonedDateTimeToInstant} from '@portico/sdk/domain';
import type {CaseContext} from '../context.js';
import {defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, fail, ok} from '../expect.js';
import {adaWithAnItem} from './shop.js';

const ADA = 'ada@example.com';
const BEN = 'ben@example.com';

/** Every invoice of the member, page after page of `limit` (the cursor followed to the end). */
async function invoices(context: CaseContext, token: string, limit = 100): Promise<Invoice[]> {
  const all: Invoice[] = [];
  let cursor: string | null | undefined;
  do {
    const query = {limit: String(limit), ...(cursor ? {cursor} : {})};
    const reply = await context.api.call('listInvoices', {token, query});
    expectStatus(reply, 200, `GET /me/invoices?limit=${limit}${cursor ? '&cursor=…' : ''}`);
    ok(reply.body.items.length <= limit, `a page of ${limit} held ${reply.body.items.length}`);
    all.push(...reply.body.items);
    cursor = reply.body.nextCursor;
  } while (cursor);
  return all;
}

async function invoice(context: CaseContext, token: string, invoiceId: string): Promise<Invoice> {
  const reply = await context.api.call('getInvoice', {token, params: {invoiceId}});
  expectStatus(reply, 200, 'GET /me/invoices/:id');
  return reply.body;
}

/** Ada, one of her invoices with something due, and a saved method from a test `card`. */
async function adaOwing(context: CaseContext, card: string) {
  const {token} = await context.login(ADA);
  const due = (await invoices(context, token)).find((i) => i.amountDue.amount > 0);
  if (!due) return fail('ada has no open or overdue invoice to pay');
  const method = await context.api.call('addPaymentMethod', {
    token,
    idempotencyKey: context.key(),
    body: {token: card},
  });
  expectStatus(method, 201, `POST /me/payment-methods ${card}`);
  return {token, due, methodId: method.body.id};
}

function pay(
  context: CaseContext,
  token: string,
  invoiceId: string,
  paymentMethodId: string,
  idempotencyKey = context.key(),
) {
  return context.api.call('payInvoices', {
    token,
    idempotencyKey,
    body: {invoiceIds: [invoiceId], paymentMethodId},
  });
}

/** Pays with the card that asks for authentication, answers the bank page, then confirms. */
async function payWithAuthentication(context: CaseContext, approve: boolean) {
  const {token, due, methodId} = await adaOwing(context, 'pm_card_authenticationRequired');
  const payment = await pay(context, token, due.id, methodId);
  expectStatus(payment, 201, 'POST /me/payments (authentication required)');
  ok(
    payment.body.status === 'requires_action' && payment.body.nextAction !== null,
    `a payment needing authentication is ${payment.body.status}, expected requires_action`,
  );
  const params = {paymentId: payment.body.id};
  const bank = await context.api.call('devAuthenticatePayment', {
    params,
    query: {approve: String(approve)},
  });
  expectStatus(bank, 200, 'POST /__dev/payments/:id/authentication');
  const confirmed = await context.api.call('confirmPayment', {
    token,
    params,
    idempotencyKey: context.key(),
  });
  expectStatus(confirmed, 200, 'POST /me/payments/:id/confirm');
  return {confirmed: confirmed.body, after: await invoice(context, token, due.id), due};
}

const sequenceOf = (number: string) => Number(/(\d+)$/.exec(number)?.[1] ?? NaN);

export const billingCases = defineCases('billing', {
  async "a renewal is issued on its day by the server's clock and charged with auto-pay on"(
    context,
  ) {
    const {token} = await context.login(ADA);
    const turned = await context.api.call('updateRenewal', {token, body: {autoPay: true}});
    expectStatus(turned, 200, 'PATCH /me/renewal');
    const next = turned.body.next;
    if (!next) return fail('ada has no renewal ahead');
    const before = await invoices(context, token);
    const space = await context.space();
    // The preview the evening before is what the renewal bills (the period and what was added).
    await context.setClock(zonedDateTimeToInstant(addDays(next.on, -1), '20:00', space.timeZone));
    const preview = await context.api.call('getUpcomingInvoice', {token});
    expectStatus(preview, 200, 'GET /me/upcoming-invoice');
    const told = preview.body?.total.amount;
    await context.setClock(zonedDateTimeToInstant(next.on, '09:00', space.timeZone));
    const {token: again} = await context.login(ADA);
    const renewed = (await invoices(context, again)).filter(
      (i) => !before.some((b) => b.id === i.id) && i.lines[0]?.source?.kind === 'membership',
    );
    ok(renewed.length === 1, `${renewed.length} renewal invoices on ${next.on}, expected 1`);
    const [invoice] = renewed;
    ok(
      invoice?.issuedOn === next.on && invoice.total.amount === told,
      `the renewal invoice is of ${invoice?.issuedOn} for ${invoice?.total.amount}, expected ${next.on} and ${told} (the upcoming invoice the day before)`,
    );
    ok(invoice?.status === 'paid', `with auto-pay on, the renewal invoice is ${invoice?.status}`);
  },

  async 'a credit note is linked to its invoice, takes off what it credits, never more'(context) {
    const {token} = await context.login(ADA);
    const issued = await context.api.call('devIssueInvoice', {
      body: {member: ADA, lines: [{description: 'Meeting room', quantity: 2, unitPrice: 3000}]},
    });
    expectStatus(issued, 201, 'POST /__dev/invoices');
    const invoiceId = issued.body.id;
    const credit = (unitPrice: number, id = invoiceId) =>
      context.api.call('devIssueCreditNote', {
        params: {invoiceId: id},
        body: {lines: [{description: 'Room unavailable', quantity: 1, unitPrice}]},
      });
    const first = await credit(3000);
    expectStatus(first, 201, 'POST /__dev/invoices/:id/credit-notes');
    const note: Invoice = first.body;
    ok(
      note.creditNoteFor?.id === invoiceId && note.total.amount === -3000,
      `the credit note is for ${note.creditNoteFor?.id} with a total of ${note.total.amount}`,
    );
    const told = await context.api.call('listNotifications', {token, query: {limit: '5'}});
    expectStatus(told, 200, 'GET /me/notifications');
    const notice = told.body.items.find(
      (n): n is Extract<KnownNotification, {kind: 'invoice.credited'}> =>
        n.kind === 'invoice.credited',
    );
    ok(
      notice !== undefined &&
        notice.params.creditNoteNumber === note.number &&
        notice.params.invoiceNumber === issued.body.number &&
        notice.params.amount.amount === 3000 &&
        !notice.params.refunded,
      `the member is told of the credit note: ${JSON.stringify(notice ?? null)}`,
    );
    const halved = await invoice(context, token, invoiceId);
    ok(
      halved.amountDue.amount === 3000 && halved.credits.some((c) => c.id === note.id),
      `after crediting half, ${halved.amountDue.amount} is due and credits are ${JSON.stringify(halved.credits)}`,
    );
    expectProblem(await credit(3001), 'credit_exceeds_invoice', 'crediting more than is left');
    expectProblem(await credit(1, note.id), 'invoice_not_creditable', 'crediting a credit note');
    expectStatus(await credit(3000), 201, 'crediting exactly what is left');
    const credited = await invoice(context, token, invoiceId);
    ok(
      credited.status === 'refunded' && credited.amountDue.amount === 0,
      `credited in full, the invoice is ${credited.status} with ${credited.amountDue.amount} due`,
    );
    ok(
      (await invoices(context, token)).some((i) => i.id === note.id),
      "the credit note is not in the member's invoices",
    );
    const {token: ben} = await context.login(BEN);
    await context.expectNotFound(ben, [
      ['getInvoice', {params: {invoiceId: note.id}}, "ben reading ada's credit note"],
    ]);
  },

  async 'a long invoice history pages by the cursor: every invoice once, in the same order'(
    context,
  ) {
    const {token} = await context.login(ADA);
    for (let week = 1; week <= 5; week++) {
      const issued = await context.api.call('devIssueInvoice', {
        body: {
          member: ADA,
          paid: true,
          lines: [{description: `Locker, week ${week}`, quantity: 1, unitPrice: 1200}],
        },
      });
      expectStatus(issued, 201, 'POST /__dev/invoices');
    }
    const whole = await invoices(context, token);
    const paged = await invoices(context, token, 2);
    const ids = paged.map((i) => i.id);
    ok(new Set(ids).size === ids.length, 'a page repeats an invoice of an earlier page');
    ok(
      JSON.stringify(ids) === JSON.stringify(whole.map((i) => i.id)),
      `pages of 2 list ${ids.length} invoices, one page of 100 lists ${whole.length}, or another order`,
    );
    expectProblem(
      await context.api.call('listInvoices', {token, query: {limit: '101'}}),
      'validation_failed',
      'GET /me/invoices?limit=101 (over the contract limit)',
    );
  },

  async 'invoice numbers stay gap-free under concurrent purchases'(context) {
    const {token: ada, body} = await adaWithAnItem(context);
    const {token: ben} = await context.login(BEN);
    const tokens = [ada, ben, ada, ben];
    const orders = [];
    for (const token of tokens) {
      const order = await context.api.call('createOrder', {
        token,
        idempotencyKey: context.key(),
        body,
      });
      expectStatus(order, 201, 'POST /orders');
      orders.push({token, id: order.body.id});
    }
    const paid = await Promise.all(
      orders.map(({token, id}) =>
        context.api.call('payOrder', {
          token,
          idempotencyKey: context.key(),
          params: {orderId: id},
          body: {paymentMethod: 'pm_card_visa'},
        }),
      ),
    );
    for (const reply of paid) expectStatus(reply, 200, 'POST /orders/:id/pay');
    const ids = new Set(orders.map((o) => o.id));
    const issued = [...(await invoices(context, ada)), ...(await invoices(context, ben))].filter(
      (i) => i.lines.some((line) => line.source && ids.has(line.source.id)),
    );
    ok(issued.length === orders.length, `${issued.length} invoices for ${orders.length} orders`);
    const sequences = issued.map((i) => sequenceOf(i.number)).sort((a, b) => a - b);
    ok(
      sequences.every((n, i) => i === 0 || n === (sequences[i - 1] ?? 0) + 1),
      `the invoice numbers of concurrent purchases skip or repeat: ${sequences.join(', ')}`,
    );
  },

  async 'an issued invoice never changes when the billing details do'(context) {
    const {token} = await context.login(ADA);
    const [first] = await invoices(context, token);
    if (!first) return fail('ada has no invoice');
    const update = await context.api.call('updateBillingDetails', {
      token,
      body: {
        name: 'Augusta Ada King',
        company: null,
        address: {
          line1: '1 Other Street',
          line2: null,
          postalCode: '75001',
          city: 'Paris',
          region: null,
          country: 'FR',
        },
        taxId: null,
        email: null,
      },
    });
    expectStatus(update, 200, 'PATCH /me/billing-details');
    const again = await invoice(context, token, first.id);
    ok(
      JSON.stringify(again) === JSON.stringify(first),
      'an issued invoice changed after the billing details did',
    );
  },

  async "another member's invoice and its PDF are 404, and never listed"(context) {
    const {token: ada} = await context.login(ADA);
    const [own] = await invoices(context, ada);
    if (!own) return fail('ada has no invoice');
    const {token: ben} = await context.login(BEN);
    const params = {invoiceId: own.id};
    await context.expectNotFound(ben, [
      ['getInvoice', {params}, "ben reading ada's invoice"],
      ['invoicePdf', {params}, "ben downloading ada's invoice PDF"],
    ]);
    expectStatus(
      await context.api.call('invoicePdf', {token: ada, params}),
      200,
      'ada downloading her invoice PDF',
    );
    ok(
      (await invoices(context, ben)).every((i) => i.id !== own.id),
      "ben's invoice list shows ada's invoice",
    );
  },

  async 'paying twice with one Idempotency-Key charges once'(context) {
    const {token, due, methodId} = await adaOwing(context, 'pm_card_visa');
    const key = context.key();
    const first = await pay(context, token, due.id, methodId, key);
    const again = await pay(context, token, due.id, methodId, key);
    expectStatus(first, 201, 'the first POST /me/payments');
    expectStatus(again, 201, 'the same POST /me/payments again');
    ok(first.body.status === 'succeeded', `paying with pm_card_visa is ${first.body.status}`);
    ok(
      JSON.stringify(again.json) === JSON.stringify(first.json),
      'the retried payment answered a different body',
    );
    const after = await invoice(context, token, due.id);
    ok(after.status === 'paid' && after.amountDue.amount === 0, 'the paid invoice is not paid');
    expectProblem(
      await pay(context, token, due.id, methodId),
      'invoice_not_payable',
      'paying a paid invoice under a new key',
    );
  },

  async 'a declined card fails the payment with its reason and leaves the invoice open'(context) {
    const {token, due, methodId} = await adaOwing(context, 'pm_card_chargeDeclined');
    const payment = await pay(context, token, due.id, methodId);
    expectStatus(payment, 201, 'POST /me/payments (declined card)');
    const body: InvoicePayment = payment.body;
    ok(
      body.status === 'failed' && body.failure === 'card_declined',
      `a declined card answered ${body.status} ${body.failure}`,
    );
    const after = await invoice(context, token, due.id);
    ok(JSON.stringify(after) === JSON.stringify(due), 'a declined payment changed the invoice');
  },

  async 'requires_action, then approved on the bank page: the invoice is paid'(context) {
    const {confirmed, after} = await payWithAuthentication(context, true);
    ok(confirmed.status === 'succeeded', `the approved payment is ${confirmed.status}`);
    ok(after.status === 'paid', `the invoice is ${after.status} after an approved payment`);
  },

  async 'requires_action, then failed on the bank page: the invoice stays as it was'(context) {
    const {confirmed, after, due} = await payWithAuthentication(context, false);
    ok(
      confirmed.status === 'failed' && confirmed.failure === 'authentication_failed',
      `the failed authentication answered ${confirmed.status} ${confirmed.failure}`,
    );
    ok(after.status === due.status, `the invoice is ${after.status}, was ${due.status}`);
  },
});
