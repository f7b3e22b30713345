import assert from 'node:assert/strict';
import {test} from 'node:test';
import {adaBilling, issueInvoices} from './helpers/billing.js';
import {assertProblem, setup} from './helpers/mock-api.js';

test('a long history: 130 more invoices come in pages of 100 following the cursor, each once, in order', async () => {
  const t = setup();
  const {token, invoices: seeded} = await adaBilling(t);
  const issued = await issueInvoices(t, 'ada@example.com', 130);
  assert.deepEqual(
    [issued[0]!.number, issued[129]!.number],
    ['CAN-000006', 'CAN-000135'],
    'numbered in order after the seeded ones (Ben has CAN-000005)',
  );
  const first = await t.call('GET', '/me/invoices?limit=100', {token});
  assert.equal(first.body.items.length, 100);
  assert.equal(typeof first.body.nextCursor, 'string');
  const second = await t.call('GET', `/me/invoices?limit=100&cursor=${first.body.nextCursor}`, {
    token,
  });
  assert.equal(second.body.items.length, 34);
  assert.equal(second.body.nextCursor, null);
  const numbers = [...first.body.items, ...second.body.items].map(
    (i: {number: string}) => i.number,
  );
  assert.equal(new Set(numbers).size, 134, 'no invoice twice');
  // The overdue one first, then newest first: the 130 new ones, then the seeded paid ones.
  assert.deepEqual(numbers.slice(0, 3), ['CAN-000003', 'CAN-000135', 'CAN-000134']);
  assert.deepEqual(numbers.slice(-4), ['CAN-000006', 'CAN-000004', 'CAN-000002', 'CAN-000001']);
  assert.equal(seeded.length, 4);
});

test('without a limit a page holds 50; a limit over 100 is a 400 naming query.limit', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  await issueInvoices(t, 'ada@example.com', 60);
  const page = await t.call('GET', '/me/invoices', {token});
  assert.equal(page.body.items.length, 50);
  assert.notEqual(page.body.nextCursor, null);
  const tooMany = assertProblem(
    await t.call('GET', '/me/invoices?limit=101', {token}),
    400,
    'validation_failed',
  );
  assert.equal(tooMany.errors?.[0]?.field, 'query.limit');
});

test('the status filter pages too: 120 paid invoices, then the rest after the cursor', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  await issueInvoices(t, 'ada@example.com', 120);
  const first = await t.call('GET', '/me/invoices?status=paid&limit=100', {token});
  const rest = await t.call(
    'GET',
    `/me/invoices?status=paid&limit=100&cursor=${first.body.nextCursor}`,
    {token},
  );
  const all = [...first.body.items, ...rest.body.items];
  assert.equal(all.length, 123);
  assert.ok(all.every((i: {status: string}) => i.status === 'paid'));
  assert.equal(rest.body.nextCursor, null);
});

test('an invoice the space issues by hand is open, priced with its VAT, and only its member sees it', async () => {
  const t = setup();
  const [invoice] = await issueInvoices(t, 'ADA@example.com', 1, {paid: false, unitPrice: 4800});
  assert.equal(invoice!.status, 'open');
  assert.deepEqual(invoice!.total, {amount: 4800, currency: 'EUR'});
  assert.deepEqual(invoice!.taxes, [
    {rate: 2000, base: {amount: 4000, currency: 'EUR'}, amount: {amount: 800, currency: 'EUR'}},
  ]);
  assert.deepEqual(invoice!.amountDue, invoice!.total);
  const ben = await t.login('ben@example.com');
  assertProblem(await t.call('GET', `/me/invoices/${invoice!.id}`, {token: ben}), 404, 'not_found');
  assertProblem(
    await t.call('POST', '/__dev/invoices', {
      body: {member: 'nobody@example.com', lines: [{description: 'x', quantity: 1, unitPrice: 1}]},
    }),
    404,
    'not_found',
  );
});
