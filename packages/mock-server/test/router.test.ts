import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Router} from '../src/dispatcher/router.js';

const router = new Router<string>()
  .add('GET', '/v1/spaces/:space', 'space')
  .add('POST', '/v1/spaces/:space/bookings', 'create')
  .add('POST', '/v1/spaces/:space/bookings/quote', 'quote')
  .add('DELETE', '/v1/spaces/:space/bookings/:bookingId', 'cancel')
  .add('POST', '/v1/spaces/:space/orders/:orderId/pay', 'pay');

test('matches static and parameter segments and decodes parameters', () => {
  assert.deepEqual(router.match('POST', '/v1/spaces/demo/bookings/quote'), {
    kind: 'found',
    value: 'quote',
    params: {space: 'demo'},
  });
  assert.deepEqual(router.match('POST', '/v1/spaces/d%20x/orders/o_1/pay'), {
    kind: 'found',
    value: 'pay',
    params: {space: 'd x', orderId: 'o_1'},
  });
});

test('a trailing slash is ignored', () => {
  assert.equal(router.match('GET', '/v1/spaces/demo/').kind, 'found');
});

test('backtracks from a static segment to a parameter', () => {
  assert.deepEqual(router.match('DELETE', '/v1/spaces/demo/bookings/quote'), {
    kind: 'found',
    value: 'cancel',
    params: {space: 'demo', bookingId: 'quote'},
  });
});

test('a known path with another method is method_not_allowed with the allowed methods', () => {
  assert.deepEqual(router.match('GET', '/v1/spaces/demo/bookings'), {
    kind: 'method_not_allowed',
    allowed: ['POST'],
  });
});

test('unknown paths and empty parameters are not found', () => {
  assert.equal(router.match('GET', '/v1/nothing').kind, 'not_found');
  assert.equal(router.match('DELETE', '/v1/spaces/demo/bookings//').kind, 'not_found');
});

test('a malformed escape in a parameter throws URIError', () => {
  assert.throws(() => router.match('DELETE', '/v1/spaces/demo/bookings/%E0%A4%A'), URIError);
});

test('refuses clashing parameter names and duplicate routes', () => {
  assert.throws(() => new Router().add('GET', '/a/:x', 1).add('GET', '/a/:y/b', 2), /clashes/);
  assert.throws(() => new Router().add('GET', '/a', 1).add('GET', '/a', 2), /already exists/);
});

test('a parameter with a fixed suffix matches only segments that end with it, without it', () => {
  const feeds = new Router<string>().add('GET', '/calendar/:secret.ics', 'feed');
  assert.deepEqual(feeds.match('GET', '/calendar/abc_1.ics'), {
    kind: 'found',
    value: 'feed',
    params: {secret: 'abc_1'},
  });
  assert.equal(feeds.match('GET', '/calendar/abc_1').kind, 'not_found');
  assert.equal(feeds.match('GET', '/calendar/.ics').kind, 'not_found');
  assert.throws(() => feeds.add('GET', '/calendar/:secret.json', 'other'), /clashes/);
});
