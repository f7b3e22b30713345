import assert from 'node:assert/strict';
import {test} from 'node:test';
import {randomUUID} from '../src/utils/uuid.js';

test('idempotency keys are UUID v4, also where crypto.randomUUID is missing (plain HTTP pages)', () => {
  const original = crypto.randomUUID;
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  assert.match(randomUUID(), v4);
  Object.defineProperty(crypto, 'randomUUID', {
    value: undefined,
    configurable: true,
    writable: true,
  });
  try {
    const keys = new Set(Array.from({length: 100}, () => randomUUID()));
    assert.equal(keys.size, 100);
    for (const key of keys) assert.match(key, v4);
  } finally {
    Object.defineProperty(crypto, 'randomUUID', {
      value: original,
      configurable: true,
      writable: true,
    });
  }
});
