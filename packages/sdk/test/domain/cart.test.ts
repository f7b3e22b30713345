import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {CartInput, CartProduct, DiscountCode} from '../../src/domain/index.js';
import {quoteCart} from '../../src/domain/index.js';
import {forAll} from '../helpers/random.js';

const eur = (amount: number) => ({amount, currency: 'EUR'});
const coffee: CartProduct = {id: 'coffee', name: 'Coffee', price: eur(250), stock: null};
const locker: CartProduct = {id: 'locker', name: 'Locker', price: eur(1500), stock: 3};
const cart: CartInput = {
  items: [],
  products: [coffee, locker],
  includedRemaining: {},
  discount: null,
  now: '2026-06-01T12:00:00+02:00',
  currency: 'EUR',
};
const code = (overrides: Partial<DiscountCode>): DiscountCode => ({
  code: 'WELCOME',
  kind: 'percent',
  value: 10,
  validFrom: null,
  validUntil: null,
  maxUses: null,
  uses: 0,
  minimumSubtotal: null,
  ...overrides,
});
/** The quote of a cart of `[productId, quantity]` items. */
const quoteItems = (...items: [string, number][]) =>
  quoteCart({...cart, items: items.map(([productId, quantity]) => ({productId, quantity}))});
const failure = (input: Partial<CartInput>) => {
  const quote = quoteCart({...cart, ...input});
  return quote.ok ? null : {code: quote.code, field: quote.field};
};

test('quoteCart prices each line and sums the subtotal', () => {
  const quote = quoteItems(['coffee', 3], ['locker', 1]);
  assert.deepEqual(quote, {
    ok: true,
    lines: [
      {
        productId: 'coffee',
        name: 'Coffee',
        quantity: 3,
        includedQuantity: 0,
        paidQuantity: 3,
        unitPrice: eur(250),
        total: eur(750),
      },
      {
        productId: 'locker',
        name: 'Locker',
        quantity: 1,
        includedQuantity: 0,
        paidQuantity: 1,
        unitPrice: eur(1500),
        total: eur(1500),
      },
    ],
    subtotal: eur(2250),
    discount: null,
    total: eur(2250),
  });
});

test('membership-included units are used before paid ones and cost nothing', () => {
  const quote = quoteCart({
    ...cart,
    items: [{productId: 'coffee', quantity: 5}],
    includedRemaining: {coffee: 2},
  });
  assert.ok(quote.ok);
  assert.deepEqual(
    quote.lines.map((l) => [l.includedQuantity, l.paidQuantity, l.total.amount]),
    [[2, 3, 750]],
  );
  const allIncluded = quoteCart({
    ...cart,
    items: [{productId: 'coffee', quantity: 2}],
    includedRemaining: {coffee: 9},
  });
  assert.deepEqual(allIncluded.ok && allIncluded.total, eur(0));
});

test('items naming the same product are merged into one line', () => {
  const quote = quoteItems(['coffee', 1], ['locker', 1], ['coffee', 2]);
  assert.deepEqual(quote.ok && quote.lines.map((l) => [l.productId, l.quantity]), [
    ['coffee', 3],
    ['locker', 1],
  ]);
});

test('asking for more than the stock is out_of_stock, counting merged items and included units', () => {
  assert.equal(failure({items: [{productId: 'locker', quantity: 4}]})?.code, 'out_of_stock');
  assert.deepEqual(
    failure({
      items: [
        {productId: 'coffee', quantity: 1},
        {productId: 'locker', quantity: 2},
        {productId: 'locker', quantity: 2},
      ],
    }),
    {code: 'out_of_stock', field: 'body.items.1.quantity'},
  );
  // Included units are handed out all the same, so they take stock too.
  assert.equal(
    failure({items: [{productId: 'locker', quantity: 4}], includedRemaining: {locker: 4}})?.code,
    'out_of_stock',
  );
  assert.equal(failure({items: [{productId: 'locker', quantity: 3}]}), null);
});

test('unknown products and bad quantities name the field at fault', () => {
  assert.deepEqual(
    failure({
      items: [
        {productId: 'coffee', quantity: 1},
        {productId: 'unicorn', quantity: 1},
      ],
    }),
    {
      code: 'unknown_product',
      field: 'body.items.1.productId',
    },
  );
  assert.deepEqual(failure({items: [{productId: 'coffee', quantity: 0}]}), {
    code: 'invalid_quantity',
    field: 'body.items.0.quantity',
  });
  assert.equal(failure({items: [{productId: 'coffee', quantity: 1.5}]})?.code, 'invalid_quantity');
});

test('a price in another currency is a setup error, not a quote', () => {
  const dollars = {...coffee, price: {amount: 250, currency: 'USD'}};
  assert.throws(
    () => quoteCart({...cart, products: [dollars], items: [{productId: 'coffee', quantity: 1}]}),
    RangeError,
  );
});

test('a percent discount rounds to the nearest cent, half up', () => {
  const quote = (amount: number, value: number) => {
    const q = quoteCart({
      ...cart,
      products: [{...coffee, price: eur(amount)}],
      items: [{productId: 'coffee', quantity: 1}],
      discount: code({value}),
    });
    return q.ok ? [q.discount?.amount.amount, q.total.amount] : q.code;
  };
  assert.deepEqual(quote(1999, 15), [300, 1699]); // 299.85
  assert.deepEqual(quote(1010, 5), [51, 959]); // 50.5
  assert.deepEqual(quote(1001, 10), [100, 901]); // 100.1
  assert.deepEqual(quote(1000, 100), [1000, 0]);
});

test('a fixed discount never takes the total below zero', () => {
  const q = quoteCart({
    ...cart,
    items: [{productId: 'coffee', quantity: 2}],
    discount: code({kind: 'fixed', value: 2000}),
  });
  assert.deepEqual(q.ok && [q.subtotal, q.discount, q.total], [
    eur(500),
    {code: 'WELCOME', amount: eur(500)},
    eur(0),
  ]);
});

test('a discount applies only to the paid part of the cart', () => {
  const q = quoteCart({
    ...cart,
    items: [{productId: 'coffee', quantity: 4}],
    includedRemaining: {coffee: 2},
    discount: code({value: 50}),
  });
  assert.deepEqual(
    q.ok && [q.subtotal.amount, q.discount?.amount.amount, q.total.amount],
    [500, 250, 250],
  );
});

test('discount codes outside their window, used up or under the minimum are refused', () => {
  const items = [{productId: 'coffee', quantity: 2}];
  const reason = (discount: DiscountCode) => failure({items, discount});
  assert.deepEqual(reason(code({validFrom: '2026-06-02T00:00:00+02:00'})), {
    code: 'discount_not_yet_valid',
    field: 'body.discountCode',
  });
  assert.equal(reason(code({validUntil: '2026-06-01T11:59:59+02:00'}))?.code, 'discount_expired');
  assert.equal(
    reason(code({validUntil: '2026-06-01T12:00:00+02:00'})),
    null,
    'validUntil is inclusive',
  );
  assert.equal(
    reason(code({validFrom: '2026-06-01T12:00:00+02:00'})),
    null,
    'validFrom is inclusive',
  );
  assert.equal(reason(code({maxUses: 100, uses: 100}))?.code, 'discount_exhausted');
  assert.equal(reason(code({maxUses: 100, uses: 99})), null);
  assert.equal(reason(code({minimumSubtotal: eur(501)}))?.code, 'discount_minimum_not_met');
  assert.equal(reason(code({minimumSubtotal: eur(500)})), null);
  assert.equal(reason(code({value: 0}))?.code, 'discount_invalid');
  assert.equal(reason(code({value: 101}))?.code, 'discount_invalid');
  assert.equal(reason(code({kind: 'fixed', value: -100}))?.code, 'discount_invalid');
});

test('property: total = subtotal − discount ≥ 0 and lines add up', () => {
  const products: CartProduct[] = Array.from({length: 5}, (_, i) => ({
    id: `p${i}`,
    name: `Product ${i}`,
    price: eur(100 * i + 99),
    stock: i % 2 === 0 ? null : 50,
  }));
  forAll(
    {seed: 17, runs: 400},
    (random) => ({
      ...cart,
      products,
      items: Array.from({length: random.int(1, 6)}, () => ({
        productId: random.pick(products).id,
        quantity: random.int(1, 20),
      })),
      includedRemaining: {p0: random.int(0, 5), p1: random.int(0, 30)} as Record<string, number>,
      discount: random.chance(0.6)
        ? code({
            kind: random.pick(['percent', 'fixed'] as const),
            value: random.int(1, 100) * (random.chance(0.5) ? 1 : 37),
          })
        : null,
    }),
    (input) => {
      const quote = quoteCart(input);
      if (!quote.ok) {
        assert.ok(['out_of_stock', 'discount_invalid'].includes(quote.code), quote.code);
        return;
      }
      const sum = quote.lines.reduce((s, l) => s + l.total.amount, 0);
      assert.equal(quote.subtotal.amount, sum);
      for (const line of quote.lines) {
        assert.equal(line.includedQuantity + line.paidQuantity, line.quantity);
        assert.ok(line.includedQuantity <= (input.includedRemaining[line.productId] ?? 0));
        assert.equal(line.total.amount, line.paidQuantity * line.unitPrice.amount);
      }
      const requested = input.items.reduce((s, i) => s + i.quantity, 0);
      assert.equal(
        quote.lines.reduce((s, l) => s + l.quantity, 0),
        requested,
      );
      const off = quote.discount?.amount.amount ?? 0;
      assert.ok(off >= 0 && off <= quote.subtotal.amount);
      assert.equal(quote.total.amount, quote.subtotal.amount - off);
      assert.ok(quote.total.amount >= 0);
    },
  );
});
