import assert from 'node:assert/strict';
import {test} from 'node:test';
import {assertProblem, freeSlot, setupSignedIn} from './helpers/mock-api.js';

test('a member edits their profile; null clears a field', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const reply = await t.call('PATCH', '/me', {
    token,
    body: {name: '  Ada King  ', phone: null, locale: 'fr'},
  });
  assert.equal(reply.status, 200);
  assert.deepEqual(
    [reply.body.name, reply.body.phone, reply.body.locale, reply.body.company],
    ['Ada King', null, 'fr', 'Analytical Engines Ltd'],
  );
  assert.equal((await t.call('GET', '/me', {token})).body.name, 'Ada King');
  // Refused: an unknown locale, the email (it changes by sign-in only), a script URL.
  for (const body of [{locale: 'de'}, {email: 'x@example.com'}, {photoUrl: 'javascript:alert(1)'}])
    assertProblem(await t.call('PATCH', '/me', {token, body}), 400, 'validation_failed');
});

test('terms: only the current version is accepted, and bookings need it', async () => {
  const {t, token} = await setupSignedIn('chloe@example.com');
  const slot = await freeSlot(t, 'desk-hot', t.day(1), 60, '08:00');
  assertProblem(
    await t.call('POST', '/bookings', {token, body: {resourceId: 'desk-hot', ...slot}}),
    403,
    'terms_not_accepted',
  );
  const old = assertProblem(
    await t.call('POST', '/me/terms', {token, body: {version: '2023-01'}}),
    400,
    'validation_failed',
  );
  assert.equal(old.errors?.[0]?.field, 'body.version');
  const accepted = await t.call('POST', '/me/terms', {token, body: {version: '2024-09'}});
  assert.equal(accepted.body.termsAccepted, true);
  // Past the terms, Chloé has no credits.
  assertProblem(
    await t.call('POST', '/bookings', {token, body: {resourceId: 'desk-hot', ...slot}}),
    402,
    'insufficient_credits',
  );
});
