import assert from 'node:assert/strict';
import {test} from 'node:test';
import {assertProblem, DAY, MINUTE, setup} from './helpers/mock-api.js';

async function requestCode(call: ReturnType<typeof setup>['call'], email: string) {
  const challenge = await call('POST', '/auth/otp', {body: {email}});
  assert.equal(challenge.status, 202);
  const mailbox = await call('GET', `/__dev/mailbox?email=${encodeURIComponent(email)}`);
  return {
    challengeId: challenge.body.challengeId as string,
    code: mailbox.body.messages[0].code as string,
  };
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

test('a code from the mailbox logs a seeded member in', async () => {
  const {call, now} = setup();
  const {challengeId, code} = await requestCode(call, 'ada@example.com');
  assert.match(code, /^\d{6}$/);
  const challenge = await call('POST', '/auth/otp', {body: {email: 'ben@example.com'}});
  assert.equal(Date.parse(challenge.body.expiresAt) - now(), 10 * MINUTE);
  const reply = await call('POST', '/auth/otp/verify', {body: {challengeId, code}});
  assert.equal(reply.status, 200);
  assert.equal(reply.body.member.email, 'ada@example.com');
  assert.equal(reply.body.isNew, false);
  assert.equal(Date.parse(reply.body.session.expiresAt) - now(), 30 * DAY);
  const me = await call('GET', '/me', {token: reply.body.session.token});
  assert.equal(me.body.id, 'mem_ada');
});

test('emails are matched case-insensitively', async () => {
  const {call} = setup();
  const {challengeId, code} = await requestCode(call, 'Ada@Example.com');
  const reply = await call('POST', '/auth/otp/verify', {body: {challengeId, code}});
  assert.equal(reply.body.member.id, 'mem_ada');
});

test('an unknown email becomes a new member who has not accepted the terms', async () => {
  const {call} = setup();
  const {challengeId, code} = await requestCode(call, 'zoe@example.com');
  const reply = await call('POST', '/auth/otp/verify', {body: {challengeId, code}});
  assert.equal(reply.status, 200);
  assert.equal(reply.body.isNew, true);
  assert.equal(reply.body.member.termsAccepted, false);
  assert.equal(reply.body.member.termsAcceptedVersion, null);
  const again = await requestCode(call, 'zoe@example.com');
  const second = await call('POST', '/auth/otp/verify', {body: again});
  assert.equal(second.body.isNew, false);
  assert.equal(second.body.member.id, reply.body.member.id);
});

test('chloe@example.com has never logged in: her first login is new', async () => {
  const {call} = setup();
  const reply = await call('POST', '/auth/otp/verify', {
    body: await requestCode(call, 'chloe@example.com'),
  });
  assert.equal(reply.body.isNew, true);
  assert.equal(reply.body.member.termsAccepted, false);
});

test('a code works once', async () => {
  const {call} = setup();
  const body = await requestCode(call, 'ada@example.com');
  assert.equal((await call('POST', '/auth/otp/verify', {body})).status, 200);
  assertProblem(await call('POST', '/auth/otp/verify', {body}), 400, 'code_expired');
});

test('a code expires after 10 minutes', async () => {
  const {call, advance} = setup();
  const body = await requestCode(call, 'ada@example.com');
  advance(10 * MINUTE);
  assertProblem(await call('POST', '/auth/otp/verify', {body}), 400, 'code_expired');
});

test('an unknown challenge is invalid_code', async () => {
  const {call} = setup();
  assertProblem(
    await call('POST', '/auth/otp/verify', {body: {challengeId: 'otp_999999', code: '123456'}}),
    400,
    'invalid_code',
  );
});

test('5 wrong codes within 20 minutes lock the email for 20 minutes from the first failure', async () => {
  const {call, advance} = setup();
  const {challengeId, code} = await requestCode(call, 'ada@example.com');
  for (let attempt = 1; attempt <= 4; attempt++) {
    assertProblem(
      await call('POST', '/auth/otp/verify', {body: {challengeId, code: wrong(code)}}),
      400,
      'invalid_code',
    );
    advance(MINUTE);
  }
  // Fifth failure, 4 minutes after the first: locked until first + 20 minutes, 16 minutes from now.
  const locked = await call('POST', '/auth/otp/verify', {body: {challengeId, code: wrong(code)}});
  assertProblem(locked, 429, 'too_many_attempts');
  assert.equal(locked.headers.get('retry-after'), String(16 * 60));
  assert.equal(locked.body.retryAfter, 16 * 60);
  // Even the right code, and asking for a new one, are refused while locked.
  assertProblem(
    await call('POST', '/auth/otp/verify', {body: {challengeId, code}}),
    429,
    'too_many_attempts',
  );
  assertProblem(
    await call('POST', '/auth/otp', {body: {email: 'ada@example.com'}}),
    429,
    'too_many_attempts',
  );
  // Another email is not affected.
  assert.equal((await call('POST', '/auth/otp', {body: {email: 'ben@example.com'}})).status, 202);
  advance(16 * MINUTE);
  const fresh = await requestCode(call, 'ada@example.com');
  assert.equal((await call('POST', '/auth/otp/verify', {body: fresh})).status, 200);
});

test('wrong codes spread over more than 20 minutes do not lock', async () => {
  const {call, advance} = setup();
  for (let attempt = 1; attempt <= 6; attempt++) {
    const {challengeId, code} = await requestCode(call, 'ben@example.com');
    assertProblem(
      await call('POST', '/auth/otp/verify', {body: {challengeId, code: wrong(code)}}),
      400,
      'invalid_code',
    );
    advance(6 * MINUTE);
  }
});

test('the dev clock moves expiry too', async () => {
  const {call, now} = setup();
  const body = await requestCode(call, 'ada@example.com');
  const moved = await call('POST', '/__dev/clock', {
    body: {now: new Date(now() + 11 * MINUTE).toISOString()},
  });
  assert.equal(moved.status, 200);
  assert.equal(Date.parse(moved.body.now), now() + 11 * MINUTE);
  assertProblem(await call('POST', '/auth/otp/verify', {body}), 400, 'code_expired');
});

test('logout revokes the token', async () => {
  const {call, login} = setup();
  const token = await login('ada@example.com');
  const out = await call('POST', '/auth/logout', {token});
  assert.equal(out.status, 204);
  assert.equal(out.body, null);
  assertProblem(await call('GET', '/me', {token}), 401, 'unauthorized');
});

test('sessions expire after 30 days', async () => {
  const {call, login, advance} = setup();
  const token = await login('ada@example.com');
  advance(30 * DAY - MINUTE);
  assert.equal((await call('GET', '/me', {token})).status, 200);
  advance(MINUTE);
  assertProblem(await call('GET', '/me', {token}), 401, 'unauthorized');
});

test('an invitation logs in without a code, once', async () => {
  const {call} = setup();
  const reply = await call('POST', '/auth/invitations/welcome-frank/accept');
  assert.equal(reply.status, 200);
  assert.equal(reply.body.member.email, 'frank@example.com');
  assert.equal(reply.body.member.name, 'Frank Moreau');
  assert.equal(reply.body.isNew, true);
  assert.equal((await call('GET', '/me', {token: reply.body.session.token})).status, 200);
  assertProblem(
    await call('POST', '/auth/invitations/welcome-frank/accept'),
    404,
    'invitation_invalid',
  );
});

test('expired and unknown invitations are refused', async () => {
  const {call} = setup();
  assertProblem(
    await call('POST', '/auth/invitations/expired-gina/accept'),
    404,
    'invitation_invalid',
  );
  assertProblem(await call('POST', '/auth/invitations/nobody/accept'), 404, 'invitation_invalid');
});

test('the mailbox keeps what was sent, newest first', async () => {
  const {call, advance} = setup();
  await call('POST', '/auth/otp', {body: {email: 'ada@example.com'}});
  advance(MINUTE);
  await call('POST', '/auth/otp', {body: {email: 'ada@example.com'}});
  const mailbox = await call('GET', '/__dev/mailbox?email=ada@example.com');
  assert.equal(mailbox.body.messages.length, 2);
  assert.ok(
    Date.parse(mailbox.body.messages[0].sentAt) > Date.parse(mailbox.body.messages[1].sentAt),
  );
  assert.match(mailbox.body.messages[0].text, new RegExp(mailbox.body.messages[0].code));
  const other = await call('GET', '/__dev/mailbox?email=ben@example.com');
  assert.deepEqual(other.body.messages, []);
});
