import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {setupServer} from 'msw/node';
import {createHandlers, createMockApi} from '../src/index.js';
import {MONDAY_9AM} from './helpers/mock-api.js';
import type {BookingRow} from '../src/state/rows.js';

const API = 'https://api.portico.test/v1/spaces/demo';
const api = createMockApi({now: MONDAY_9AM, validateResponses: true});
const server = setupServer(...createHandlers({api, baseUrl: 'https://api.portico.test/v1'}));

before(() => server.listen({onUnhandledFrame: 'error'}));
after(() => server.close());

const json = (body: unknown) => ({
  method: 'POST',
  headers: {'content-type': 'application/json'},
  body: JSON.stringify(body),
});

test('createHandlers is a single catch-all msw handler', () => {
  assert.equal(createHandlers().length, 1);
});

test('global fetch reaches the mock through msw: public routes and problems', async () => {
  const space = await fetch(`${API}/`);
  assert.equal(space.status, 200);
  assert.equal((await space.json()).slug, 'demo');
  const missing = await fetch(`${API}/nope`);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('content-type'), 'application/problem+json');
});

test('a member logs in and books through fetch', async () => {
  const challenge = await (await fetch(`${API}/auth/otp`, json({email: 'ada@example.com'}))).json();
  const mailbox = await (await fetch(`${API}/__dev/mailbox?email=ada@example.com`)).json();
  const auth = await (
    await fetch(
      `${API}/auth/otp/verify`,
      json({challengeId: challenge.challengeId, code: mailbox.messages[0].code}),
    )
  ).json();
  const headers = {
    authorization: `Bearer ${auth.session.token}`,
    'content-type': 'application/json',
    'idempotency-key': 'msw-1',
  };
  const me = await fetch(`${API}/me`, {headers});
  assert.equal((await me.json()).email, 'ada@example.com');
  const body = JSON.stringify({
    resourceId: 'room-atelier',
    start: '2026-03-03T19:00:00+01:00',
    end: '2026-03-03T19:30:00+01:00',
  });
  const booked = await fetch(`${API}/bookings`, {method: 'POST', headers, body});
  assert.equal(booked.status, 201);
  const replay = await fetch(`${API}/bookings`, {method: 'POST', headers, body});
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(await replay.json(), await booked.json());
});

test('the handlers keep their state between requests and between tests', async () => {
  const plans = await (await fetch(`${API}/plans`)).json();
  assert.equal(plans.items.length, 4);
  assert.ok(
    api.db.all<BookingRow>('bookings').some((b) => b.start === '2026-03-03T19:00:00+01:00'),
  );
});

test('another origin is not intercepted when baseUrl is set', async () => {
  const warnings: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void warnings.push(args);
  try {
    await assert.rejects(fetch('https://elsewhere.test/v1/spaces/demo/plans'));
  } finally {
    console.error = original;
  }
});
