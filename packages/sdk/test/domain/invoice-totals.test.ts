import {test} from 'node:test';
import assert from 'node:assert/strict';
import {divideHalfEven, invoiceTotals} from '../../src/domain/index.js';
import {forAll} from '../helpers/random.js';

const eur = (amount: number) => ({amount, currency: 'EUR'});

test('divideHalfEven rounds ties to the even neighbour, both signs', () => {
  const cases: [number, number, number][] = [
    [5, 2, 2], // 2.5 → 2
    [7, 2, 4], // 3.5 → 4
    [-5, 2, -2],
    [-7, 2, -4],
    [10, 4, 2], // 2.5 → 2
    [11, 4, 3], // 2.75 → 3
    [9, 4, 2], // 2.25 → 2
    [0, 3, 0],
  ];
  for (const [n, d, expected] of cases) {
    assert.equal(divideHalfEven(BigInt(n), BigInt(d)), BigInt(expected), `${n}/${d}`);
  }
});

test('tax-exclusive: tax per rate on the sum of its lines, rounded once', () => {
  // Three coffees at €0.35 with 5.5 % and a desk day at €36.00 with 20 %.
  const totals = invoiceTotals(
    [
      {quantity: 3, unitPrice: eur(35), taxRate: 550},
      {quantity: 1, unitPrice: eur(3600), taxRate: 2000},
    ],
    'EUR',
    'exclusive',
  );
  assert.deepEqual(totals.lineAmounts, [eur(105), eur(3600)]);
  // 105 × 5.5 % = 5.775 → 6; 3600 × 20 % = 720.
  assert.deepEqual(totals.taxes, [
    {rate: 550, base: eur(105), amount: eur(6)},
    {rate: 2000, base: eur(3600), amount: eur(720)},
  ]);
  assert.deepEqual(totals.subtotal, eur(3705));
  assert.deepEqual(totals.total, eur(4431));
});

test('per-rate rounding, not per line: three €0.05 lines at 10 % owe 2 cents, not 0 or 3', () => {
  const line = {quantity: 1, unitPrice: eur(5), taxRate: 1000};
  const totals = invoiceTotals([line, line, line], 'EUR', 'exclusive');
  // Per line each 0.5 cent would round to 0 (half-even); on the rate's 15 cents, 1.5 → 2.
  assert.deepEqual(totals.taxes, [{rate: 1000, base: eur(15), amount: eur(2)}]);
  assert.deepEqual(totals.total, eur(17));
});

test('half-even on a tie: 25 cents at 10 % is 2.5 → 2; 35 cents is 3.5 → 4', () => {
  const tax = (amount: number) =>
    invoiceTotals([{quantity: 1, unitPrice: eur(amount), taxRate: 1000}], 'EUR', 'exclusive')
      .taxes[0]!.amount.amount;
  assert.equal(tax(25), 2);
  assert.equal(tax(35), 4);
});

test('tax-inclusive: the tax inside a gross price, and the total stays the gross sum', () => {
  // A €36.00 day pass, VAT 20 % included: 3600 × 20 / 120 = 600 tax, 3000 net.
  const totals = invoiceTotals(
    [{quantity: 1, unitPrice: eur(3600), taxRate: 2000}],
    'EUR',
    'inclusive',
  );
  assert.deepEqual(totals.taxes, [{rate: 2000, base: eur(3000), amount: eur(600)}]);
  assert.deepEqual(totals.subtotal, eur(3000));
  assert.deepEqual(totals.total, eur(3600));
});

test('a refund line (negative) rounds symmetrically and can cancel a charge to zero', () => {
  const charge = {quantity: 1, unitPrice: eur(1999), taxRate: 2000};
  const refund = {quantity: -1, unitPrice: eur(1999), taxRate: 2000};
  const totals = invoiceTotals([charge, refund], 'EUR', 'exclusive');
  assert.deepEqual(totals.total, eur(0));
  const creditNote = invoiceTotals([refund], 'EUR', 'exclusive');
  assert.deepEqual(creditNote.total, eur(-(1999 + 400)));
});

test('the breakdown always adds up: Σ base + Σ tax = total, whatever the lines', () => {
  const rates = [0, 550, 1000, 2000, 2100];
  let checked = 0;
  forAll(
    {seed: 18, runs: 500},
    (random) =>
      Array.from({length: random.int(1, 8)}, () => ({
        quantity: random.int(-3, 20),
        unitPrice: eur(random.int(0, 100_000)),
        taxRate: random.pick(rates),
      })),
    (lines) => {
      for (const mode of ['exclusive', 'inclusive'] as const) {
        const totals = invoiceTotals(lines, 'EUR', mode);
        const bases = totals.taxes.reduce((sum, t) => sum + t.base.amount, 0);
        const taxes = totals.taxes.reduce((sum, t) => sum + t.amount.amount, 0);
        assert.equal(bases, totals.subtotal.amount);
        assert.equal(bases + taxes, totals.total.amount);
        const gross = totals.lineAmounts.reduce((sum, m) => sum + m.amount, 0);
        assert.equal(mode === 'inclusive' ? totals.total.amount : totals.subtotal.amount, gross);
      }
      checked++;
    },
  );
  assert.equal(checked, 500);
});

test('large amounts keep every cent (BigInt inside)', () => {
  const totals = invoiceTotals(
    [{quantity: 9_000, unitPrice: eur(999_999_999), taxRate: 2000}],
    'EUR',
    'exclusive',
  );
  assert.equal(totals.subtotal.amount, 8_999_999_991_000);
  assert.equal(totals.taxes[0]!.amount.amount, 1_799_999_998_200);
});

test('refuses a fractional quantity, a rate over 100 % and a foreign currency line', () => {
  const line = {quantity: 1, unitPrice: eur(100), taxRate: 2000};
  assert.throws(() => invoiceTotals([{...line, quantity: 1.5}], 'EUR', 'exclusive'), RangeError);
  assert.throws(() => invoiceTotals([{...line, taxRate: 10_001}], 'EUR', 'exclusive'), RangeError);
  assert.throws(() => invoiceTotals([{...line, taxRate: -1}], 'EUR', 'exclusive'), RangeError);
  assert.throws(
    () => invoiceTotals([{...line, unitPrice: {amount: 100, currency: 'GBP'}}], 'EUR', 'exclusive'),
    /GBP/,
  );
});
