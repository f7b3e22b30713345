import {test} from 'node:test';
import assert from 'node:assert/strict';
import {bookingCredits, bookingPrice} from '../../src/domain/index.js';
import {forAll} from '../helpers/random.js';

test('bookingCredits charges a started hour pro rata, rounding up', () => {
  assert.equal(bookingCredits(4, 60), 4);
  assert.equal(bookingCredits(4, 90), 6);
  assert.equal(bookingCredits(3, 10), 1);
  assert.equal(bookingCredits(5, 25), 3);
  assert.equal(bookingCredits(2, 23 * 60), 46);
  assert.equal(bookingCredits(0, 120), 0);
  assert.equal(bookingCredits(7, 0), 0);
});

test('bookingCredits refuses fractional or negative input', () => {
  assert.throws(() => bookingCredits(1.5, 60), RangeError);
  assert.throws(() => bookingCredits(2, -30), RangeError);
  assert.throws(() => bookingCredits(2, 30.5), RangeError);
});

test('bookingPrice is pro rata and rounds half a cent up', () => {
  assert.deepEqual(bookingPrice({amount: 1250, currency: 'EUR'}, 90), {
    amount: 1875,
    currency: 'EUR',
  });
  assert.deepEqual(bookingPrice({amount: 999, currency: 'EUR'}, 45), {
    amount: 749,
    currency: 'EUR',
  });
  assert.deepEqual(bookingPrice({amount: 1, currency: 'EUR'}, 30), {amount: 1, currency: 'EUR'});
  assert.deepEqual(bookingPrice({amount: 1, currency: 'EUR'}, 29), {amount: 0, currency: 'EUR'});
  assert.deepEqual(bookingPrice({amount: 3000, currency: 'JPY'}, 20), {
    amount: 1000,
    currency: 'JPY',
  });
});

test('property: bookingCredits is the smallest whole number covering the pro-rata cost', () => {
  forAll(
    {seed: 11, runs: 500},
    (random) => ({perHour: random.int(0, 50), minutes: random.int(0, 24 * 60)}),
    ({perHour, minutes}) => {
      const credits = bookingCredits(perHour, minutes);
      assert.ok(Number.isInteger(credits));
      assert.ok(credits * 60 >= perHour * minutes);
      assert.ok(credits === 0 || (credits - 1) * 60 < perHour * minutes);
    },
  );
});
