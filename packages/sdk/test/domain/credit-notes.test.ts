import assert from 'node:assert/strict';
import {test} from 'node:test';
import {creditableByRate, creditNoteProblem, invoiceTotals} from '../../src/domain/index.js';
import type {CreditedDocument} from '../../src/domain/index.js';

const eur = (amount: number) => ({amount, currency: 'EUR'});

/** An invoice of `lines` (gross prices, VAT inside), or a credit note of them (negative). */
function document(
  status: string,
  lines: {price: number; rate: number}[],
  creditNoteFor: unknown = null,
): CreditedDocument {
  const totals = invoiceTotals(
    lines.map(({price, rate}) => ({quantity: 1, unitPrice: eur(price), taxRate: rate})),
    'EUR',
    'inclusive',
  );
  return {status, creditNoteFor, taxes: totals.taxes, total: totals.total};
}

const note = (...lines: {price: number; rate: number}[]) =>
  document(
    'credit_note',
    lines.map(({price, rate}) => ({price: -price, rate})),
    'inv_1',
  );

// A day pass at 20 % and a book at 5.5 %: €36.00 + €21.10.
const invoice = document('open', [
  {price: 3600, rate: 2000},
  {price: 2110, rate: 550},
]);

test('a whole invoice may be credited once, and then nothing more', () => {
  const whole = note({price: 3600, rate: 2000}, {price: 2110, rate: 550});
  assert.equal(creditNoteProblem(invoice, [], whole), null);
  assert.deepEqual(
    [...creditableByRate(invoice, [whole])],
    [
      [550, 0],
      [2000, 0],
    ],
  );
  assert.equal(
    creditNoteProblem(invoice, [whole], note({price: 1, rate: 2000})),
    'invoice_not_creditable',
  );
});

test('partial credits add up to the invoice per rate, never past it', () => {
  const first = note({price: 1000, rate: 2000});
  assert.equal(creditNoteProblem(invoice, [], first), null);
  assert.equal(creditNoteProblem(invoice, [first], note({price: 2600, rate: 2000})), null);
  assert.equal(
    creditNoteProblem(invoice, [first], note({price: 2601, rate: 2000})),
    'credit_exceeds_invoice',
    'one cent more than is left at 20 %',
  );
  assert.equal(
    creditNoteProblem(invoice, [], note({price: 2111, rate: 550})),
    'credit_exceeds_invoice',
    'more than the 5.5 % lines, though less than the total',
  );
});

test('a rate the invoice does not have cannot be credited', () => {
  assert.equal(
    creditNoteProblem(invoice, [], note({price: 100, rate: 1000})),
    'credit_exceeds_invoice',
  );
});

test('drafts, void invoices and credit notes are not credited; overdue and paid ones are', () => {
  const credit = note({price: 100, rate: 2000});
  for (const status of ['draft', 'void', 'refunded'])
    assert.equal(
      creditNoteProblem({...invoice, status}, [], credit),
      'invoice_not_creditable',
      status,
    );
  assert.equal(creditNoteProblem(credit, [], credit), 'invoice_not_creditable', 'a credit note');
  for (const status of ['open', 'overdue', 'paid'])
    assert.equal(creditNoteProblem({...invoice, status}, [], credit), null, status);
});

test('a credit of nothing, or one that adds to the invoice, is refused', () => {
  const positive = document('credit_note', [{price: 100, rate: 2000}], 'inv_1');
  assert.equal(creditNoteProblem(invoice, [], positive), 'credit_exceeds_invoice');
});
