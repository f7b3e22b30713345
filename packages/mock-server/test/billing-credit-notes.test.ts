import assert from 'node:assert/strict';
import {test} from 'node:test';
import {adaBilling, creditInvoice, issueInvoices, pay} from './helpers/billing.js';
import {assertProblem, setup} from './helpers/mock-api.js';
import type {Json} from './helpers/mock-api.js';
import {openStream} from './helpers/sse.js';

const eur = (amount: number) => ({amount, currency: 'EUR'});
const ref = (invoice: Json) => ({
  id: invoice.id,
  number: invoice.number,
  issuedOn: invoice.issuedOn,
  total: invoice.total,
});

test('crediting an overdue invoice whole: a negative credit note with the next number, linked both ways; nothing is due', async () => {
  const t = setup();
  const {token, overdue, method} = await adaBilling(t);
  const reply = await creditInvoice(t, overdue.id);
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  const note = reply.body;
  assert.equal(note.number, 'CAN-000006', 'the one gap-free sequence');
  assert.equal(note.status, 'credit_note');
  assert.deepEqual(note.creditNoteFor, ref(overdue));
  assert.deepEqual(
    note.lines.map((l: Json) => [l.description, l.quantity, l.unitPrice.amount, l.amount.amount]),
    [['Day pass with a guest', 1, -3600, -3600]],
  );
  assert.deepEqual(note.taxes, [{rate: 2000, base: eur(-3000), amount: eur(-600)}]);
  assert.deepEqual([note.subtotal, note.total], [eur(-3000), eur(-3600)]);
  assert.deepEqual([note.amountPaid, note.amountDue, note.paidAt], [eur(0), eur(0), null]);
  assert.deepEqual([note.buyer, note.seller], [overdue.buyer, overdue.seller]);
  const original = (await t.call('GET', `/me/invoices/${overdue.id}`, {token})).body;
  assert.equal(original.status, 'refunded');
  assert.deepEqual(original.amountCredited, eur(3600));
  assert.deepEqual(original.amountDue, eur(0));
  assert.deepEqual(original.credits, [ref(note)]);
  const list = (await t.call('GET', '/me/invoices', {token})).body.items;
  assert.deepEqual(
    list.map((i: Json) => [i.number, i.status]),
    [
      ['CAN-000006', 'credit_note'],
      ['CAN-000004', 'paid'],
      ['CAN-000003', 'refunded'],
      ['CAN-000002', 'paid'],
      ['CAN-000001', 'paid'],
    ],
  );
  const notes = (await t.call('GET', '/me/invoices?status=credit_note', {token})).body.items;
  assert.deepEqual(
    notes.map((i: Json) => i.number),
    ['CAN-000006'],
  );
  assertProblem(await pay(t, token, [overdue.id], method('4242')), 409, 'invoice_not_payable');
});

test('a partial credit lowers what an open invoice asks, and paying it charges the rest', async () => {
  const t = setup();
  const {token, overdue, method} = await adaBilling(t);
  const partial = await creditInvoice(t, overdue.id, [
    {description: 'Guest did not come', quantity: 1, unitPrice: 1200},
  ]);
  assert.equal(partial.status, 201, JSON.stringify(partial.body));
  assert.deepEqual(partial.body.total, eur(-1200));
  const owing = (await t.call('GET', `/me/invoices/${overdue.id}`, {token})).body;
  assert.equal(owing.status, 'overdue');
  assert.deepEqual([owing.amountCredited, owing.amountDue], [eur(1200), eur(2400)]);
  const paid = await pay(t, token, [overdue.id], method('4242'));
  assert.equal(paid.body.status, 'succeeded');
  assert.deepEqual(paid.body.amount, eur(2400));
  const after = (await t.call('GET', `/me/invoices/${overdue.id}`, {token})).body;
  assert.deepEqual([after.status, after.amountPaid, after.amountDue], ['paid', eur(2400), eur(0)]);
});

test('crediting a paid invoice refunds the member: the statement shows the credit note and the refund', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  const [locker] = await issueInvoices(t, 'ada@example.com', 1, {unitPrice: 4800});
  t.advance(60 * 60 * 1000); // the space credits it an hour later
  const note = (
    await creditInvoice(t, locker!.id, [
      {description: 'Locker broken', quantity: 1, unitPrice: 4800},
    ])
  ).body;
  assert.equal(note.paidAt, t.at(t.day(0), '10:00'));
  assert.deepEqual(note.amountPaid, eur(-4800));
  const original = (await t.call('GET', `/me/invoices/${locker!.id}`, {token})).body;
  assert.deepEqual([original.status, original.amountDue], ['refunded', eur(0)]);
  const today = t.day(0);
  const statement = (await t.call('GET', `/me/statement?from=${today}&to=${today}`, {token})).body;
  assert.deepEqual(
    statement.entries.map((e: Json) => [e.kind, e.reference, e.amount.amount, e.balance.amount]),
    [
      // Ada's overdue €36.00 is the opening balance.
      ['invoice', locker!.number, 4800, 8400],
      ['payment', locker!.number, -4800, 3600],
      ['credit_note', note.number, -4800, -1200],
      ['refund', note.number, 4800, 3600],
    ],
  );
  assert.equal(statement.entries[3].description, locker!.number);
  const csv = await t.api.dispatch(
    t.request('GET', `/me/statement.csv?from=${today}&to=${today}`, {token}),
  );
  assert.match(
    await csv.text(),
    new RegExp(`\\r\\n${today},refund,${note.number},${locker!.number},48\\.00,36\\.00,EUR`),
  );
});

test('the member is told of each credit note, live: how much comes off which invoice, and whether it is refunded', async () => {
  const t = setup();
  const {token, overdue} = await adaBilling(t);
  const [locker] = await issueInvoices(t, 'ada@example.com', 1, {unitPrice: 4800});
  const stream = await openStream(t, token);
  /** The next notification the stream brings (other events of the same commit skipped). */
  const nextNotification = async () => {
    for (let event = (await stream.events(1))[0]; event; event = (await stream.events(1))[0])
      if (event.type === 'notification.created') return event.data.notification as Json;
    return assert.fail('the stream ended without a notification');
  };
  const partial = await creditInvoice(t, overdue.id, [
    {description: 'Guest did not come', quantity: 1, unitPrice: 1200},
  ]);
  const reduced = await nextNotification();
  assert.deepEqual(
    [reduced.kind, reduced.params, reduced.title, reduced.body, reduced.readAt],
    [
      'invoice.credited',
      {
        creditNoteNumber: partial.body.number,
        invoiceNumber: overdue.number,
        amount: eur(1200),
        refunded: false,
      },
      `Credit note ${partial.body.number}`,
      `Invoice ${overdue.number} is reduced by €12.00.`,
      null,
    ],
  );
  const whole = await creditInvoice(t, locker!.id);
  const refund = await nextNotification();
  assert.deepEqual(refund.params, {
    creditNoteNumber: whole.body.number,
    invoiceNumber: locker!.number,
    amount: eur(4800),
    refunded: true,
  });
  assert.equal(refund.body, `Invoice ${locker!.number} is reduced by €48.00, refunded to you.`);
  await stream.cancel();
  const listed = (await t.call('GET', '/me/notifications', {token})).body.items as Json[];
  assert.deepEqual(
    listed.slice(0, 2).map((n) => [n.kind, n.params.creditNoteNumber]),
    [
      ['invoice.credited', whole.body.number],
      ['invoice.credited', partial.body.number],
    ],
  );
});

test('the rules: never more than invoiced per rate, never a credit note, a void or a fully credited invoice', async () => {
  const t = setup();
  const {overdue} = await adaBilling(t);
  const line = (unitPrice: number, extra: Json = {}) => [
    {description: 'Goodwill', quantity: 1, unitPrice, ...extra},
  ];
  const tooMuch = assertProblem(
    await creditInvoice(t, overdue.id, line(3601)),
    422,
    'credit_exceeds_invoice',
  );
  assert.equal(tooMuch.errors?.[0]?.field, 'body.lines');
  assertProblem(
    await creditInvoice(t, overdue.id, line(100, {taxRate: 550})),
    422,
    'credit_exceeds_invoice',
  );
  const first = await creditInvoice(t, overdue.id, line(3000));
  assert.equal(first.status, 201);
  assertProblem(await creditInvoice(t, overdue.id, line(601)), 422, 'credit_exceeds_invoice');
  assertProblem(await creditInvoice(t, first.body.id), 409, 'invoice_not_creditable');
  assert.equal((await creditInvoice(t, overdue.id, line(600))).status, 201, 'exactly what is left');
  assertProblem(await creditInvoice(t, overdue.id, line(1)), 409, 'invoice_not_creditable');
  assertProblem(await creditInvoice(t, 'inv_nope'), 404, 'not_found');
  const zero = await creditInvoice(t, overdue.id, line(0));
  assert.equal(zero.status, 400, 'a credit of nothing is malformed');
});

test('several rates: a credited line must say its rate; credit notes stay private to their member', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  const issued = await t.call('POST', '/__dev/invoices', {
    body: {
      member: 'ada@example.com',
      lines: [
        {description: 'Desk day', quantity: 1, unitPrice: 3600},
        {description: 'Coworking guide (book)', quantity: 1, unitPrice: 2110, taxRate: 550},
      ],
    },
  });
  assert.deepEqual(
    issued.body.taxes.map((tax: Json) => tax.rate),
    [550, 2000],
  );
  const unnamed = assertProblem(
    await creditInvoice(t, issued.body.id, [{description: 'Book', quantity: 1, unitPrice: 2110}]),
    400,
    'validation_failed',
  );
  assert.equal(unnamed.errors?.[0]?.field, 'body.lines[0].taxRate');
  const book = await creditInvoice(t, issued.body.id, [
    {description: 'Book returned', quantity: 1, unitPrice: 2110, taxRate: 550},
  ]);
  assert.equal(book.status, 201);
  assert.deepEqual(
    book.body.taxes.map((tax: Json) => tax.rate),
    [550],
  );
  const owing = (await t.call('GET', `/me/invoices/${issued.body.id}`, {token})).body;
  assert.deepEqual([owing.status, owing.amountDue], ['open', eur(3600)]);
  const ben = await t.login('ben@example.com');
  const note = book.body;
  assertProblem(await t.call('GET', `/me/invoices/${note.id}`, {token: ben}), 404, 'not_found');
  assertProblem(await t.call('GET', `/me/invoices/${note.id}/pdf`, {token: ben}), 404, 'not_found');
});
