import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  addMoney,
  currencyDigits,
  formatMoney,
  multiplyMoney,
  subtractMoney,
  zeroMoney,
} from '../../src/domain/index.js';

test('formatMoney shows minor units in the locale style', () => {
  assert.equal(formatMoney({amount: 1250, currency: 'EUR'}, 'en'), '€12.50');
  assert.equal(formatMoney({amount: 1250, currency: 'EUR'}, 'fr').replace(/\s/gu, ' '), '12,50 €');
  assert.equal(
    formatMoney({amount: 123456, currency: 'EUR'}, 'de').replace(/\s/gu, ' '),
    '1.234,56 €',
  );
  assert.equal(formatMoney({amount: 5, currency: 'EUR'}, 'en'), '€0.05');
});

test('formatMoney follows the currency exponent: yen have no cents, dinars have three digits', () => {
  assert.equal(currencyDigits('EUR'), 2);
  assert.equal(currencyDigits('JPY'), 0);
  assert.equal(currencyDigits('BHD'), 3);
  assert.equal(formatMoney({amount: 1250, currency: 'JPY'}, 'en'), '¥1,250');
  assert.equal(
    formatMoney({amount: 1250, currency: 'BHD'}, 'en').replace(/\s/gu, ' '),
    'BHD 1.250',
  );
});

test('money arithmetic keeps the currency and refuses to mix currencies', () => {
  assert.deepEqual(addMoney({amount: 100, currency: 'EUR'}, {amount: 250, currency: 'EUR'}), {
    amount: 350,
    currency: 'EUR',
  });
  assert.deepEqual(subtractMoney({amount: 100, currency: 'EUR'}, {amount: 250, currency: 'EUR'}), {
    amount: -150,
    currency: 'EUR',
  });
  assert.deepEqual(multiplyMoney({amount: 250, currency: 'EUR'}, 3), {
    amount: 750,
    currency: 'EUR',
  });
  assert.deepEqual(zeroMoney('CHF'), {amount: 0, currency: 'CHF'});
  assert.throws(
    () => addMoney({amount: 1, currency: 'EUR'}, {amount: 1, currency: 'USD'}),
    RangeError,
  );
  assert.throws(
    () => subtractMoney({amount: 1, currency: 'EUR'}, {amount: 1, currency: 'USD'}),
    RangeError,
  );
  assert.throws(() => multiplyMoney({amount: 1, currency: 'EUR'}, 0.5), RangeError);
});
