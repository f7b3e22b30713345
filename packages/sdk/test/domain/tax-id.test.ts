import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkTaxId} from '../../src/domain/index.js';

test('accepts well-formed EU VAT numbers, with the separators people type', () => {
  const valid: [string, string][] = [
    ['FR 40 303 265 045', 'FR'],
    ['de123456789', 'DE'],
    ['ATU12345678', 'AT'],
    ['NL123456789B01', 'NL'],
    ['EL123456789', 'GR'],
    ['ESX1234567X', 'ES'],
    ['IE1234567WA', 'IE'],
    ['BE0123.456.789', 'BE'],
    ['CHE-123.456.789 MWST', 'CH'],
  ];
  for (const [taxId, country] of valid) {
    const check = checkTaxId(taxId, country);
    assert.equal(check.ok, true, `${taxId} (${country})`);
  }
  assert.deepEqual(checkTaxId('fr 40 303 265 045', 'FR'), {ok: true, taxId: 'FR40303265045'});
});

test('refuses a number of another country, the wrong length, or a French key that does not match', () => {
  const invalid: [string, string][] = [
    ['DE123456789', 'FR'], // another country's prefix
    ['GR123456789', 'GR'], // Greece prints EL
    ['DE12345678', 'DE'], // one digit short
    ['FR41303265045', 'FR'], // key 41 does not match SIREN 303265045 (its key is 40)
    ['NL123456789B1', 'NL'],
    ['FR40303265045<', 'FR'],
  ];
  for (const [taxId, country] of invalid) {
    assert.equal(checkTaxId(taxId, country).ok, false, `${taxId} (${country})`);
  }
  assert.deepEqual(checkTaxId('FR41303265045', 'FR'), {ok: false, example: 'FR40303265045'});
});

test('a country without a published format takes letters and digits only', () => {
  assert.equal(checkTaxId('12-3456789', 'US').ok, true);
  assert.equal(checkTaxId('12 <b>', 'US').ok, false);
  assert.deepEqual(checkTaxId('x', 'US'), {ok: false, example: null});
});
