import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import {join} from 'node:path';
import {after, test} from 'node:test';
import type {CliServer} from './helpers/cli-process.js';
import {freeSlots, killServers, login, request, startCli} from './helpers/cli-process.js';
import {tempDir} from './helpers/temp-dir.js';

after(() => {
  killServers();
});

async function kill9(server: CliServer): Promise<void> {
  process.kill(server.child.pid!, 'SIGKILL');
  assert.equal(await server.exited, 'SIGKILL');
}

/** Ada's bookings and orders, and her credits, as the server reports them. */
async function adaState(base: string, token: string) {
  const bookings = await request(`${base}/me/bookings?limit=100`, {token});
  const orders = await request(`${base}/me/orders?limit=100`, {token});
  const credits = await request(`${base}/me/credits`, {token});
  assert.equal(bookings.status, 200);
  return {
    bookings: (bookings.body.items as {id: string; status: string}[])
      .map((b) => `${b.id}:${b.status}`)
      .sort(),
    orders: (orders.body.items as {id: string; status: string}[])
      .map((o) => `${o.id}:${o.status}`)
      .sort(),
    credits: credits.body.total as number,
  };
}

/**
 * A server on a new data folder, reset to the demo space, with Ada signed in: the folder, the
 * server, her token and the free slots she can book.
 */
async function startWithAda() {
  const dir = tempDir();
  const first = await startCli(['--data', dir]);
  const {now} = (await request(`${first.base}/__dev/reset`, {body: {scenario: 'demo'}})).body;
  const token = await login(first.base, 'ada@example.com');
  return {dir, first, token, slots: await freeSlots(first.base, now)};
}

/** Books `slot` for `token` on `base` with the Idempotency-Key `key`. */
function book(base: string, token: string, slot: unknown, key: string) {
  return request(`${base}/bookings`, {token, body: slot, headers: {'idempotency-key': key}});
}

test('kill -9 loses nothing acknowledged: bookings, orders, sessions and credits come back', async () => {
  const {dir, first, token, slots} = await startWithAda();
  const booked: string[] = [];
  for (const [i, slot] of slots.slice(0, 3).entries()) {
    const reply = await book(first.base, token, slot, `b${i}`);
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    booked.push(reply.body.bookings[0].id);
  }
  const cancelled = await request(`${first.base}/bookings/${booked[0]}`, {method: 'DELETE', token});
  assert.equal(cancelled.status, 200);
  const products = (await request(`${first.base}/products`)).body.items as {
    id: string;
    kind: string;
    stock: number | null;
  }[];
  const orders = [];
  for (const [i, item] of products
    .filter((p) => p.kind === 'item' && p.stock !== 0)
    .slice(0, 2)
    .entries()) {
    const order = await request(`${first.base}/orders`, {
      token,
      body: {items: [{productId: item.id, quantity: 1}]},
      headers: {'idempotency-key': `o${i}`},
    });
    assert.equal(order.status, 201);
    orders.push(order.body);
  }
  const pending = orders.find((order) => order.status === 'pending_payment');
  if (pending) {
    const paid = await request(`${first.base}/orders/${pending.id}/pay`, {
      token,
      body: {paymentMethod: 'pm_card_visa'},
      headers: {'idempotency-key': 'p1'},
    });
    assert.equal(paid.status, 200);
  }
  const acknowledged = await adaState(first.base, token);
  assert.equal(acknowledged.bookings.length >= 3, true);
  await kill9(first);

  const second = await startCli(['--data', dir]);
  try {
    // The session token was journaled too: no new login needed.
    assert.deepEqual(await adaState(second.base, token), acknowledged);
    // An idempotent retry after the restart still answers the first result.
    const retry = await book(second.base, token, slots[1], 'b1');
    assert.equal(retry.status, 201);
    assert.equal(retry.body.bookings[0].id, booked[1]);
  } finally {
    await kill9(second);
  }
});

test('a torn last journal line is dropped with a [Portico] message, and the server starts', async () => {
  const {dir, first, token, slots} = await startWithAda();
  const [slot] = slots;
  const booking = await book(first.base, token, slot, 't1');
  assert.equal(booking.status, 201);
  await kill9(first);
  fs.appendFileSync(
    join(dir, 'journal.ndjson'),
    '{"seq":99999,"changes":[{"op":"put","table":"book',
  );

  const second = await startCli(['--data', dir]);
  try {
    assert.match(
      second.output.stderr,
      /\[Portico\] Dropped a torn write at line \d+ of .*journal\.ndjson/,
    );
    const list = await request(`${second.base}/me/bookings`, {token});
    assert.ok(
      (list.body.items as {id: string}[]).some((b) => b.id === booking.body.bookings[0].id),
    );
    assert.ok(fs.readFileSync(join(dir, 'journal.ndjson'), 'utf8').endsWith('\n'));
  } finally {
    await kill9(second);
  }
});

test('a corrupt line in the middle of the journal stops the start with the line number', async () => {
  const dir = tempDir();
  const first = await startCli(['--data', dir]);
  const token = await login(first.base, 'ada@example.com');
  await login(first.base, 'ben@example.com');
  await request(`${first.base}/auth/logout`, {method: 'POST', token});
  await kill9(first);
  const path = join(dir, 'journal.ndjson');
  const lines = fs.readFileSync(path, 'utf8').split('\n');
  assert.ok(lines.length > 3, 'the logins journaled some lines');
  lines[1] = 'not json';
  fs.writeFileSync(path, lines.join('\n'));
  await assert.rejects(startCli(['--data', dir]), /line 2 of .*journal\.ndjson is corrupt/);
});

test('a clean stop writes a snapshot; the next start loads it and replays later lines', async () => {
  const {dir, first, token, slots} = await startWithAda();
  const [a, b] = slots;
  assert.equal((await book(first.base, token, a, 's1')).status, 201);
  first.child.kill('SIGTERM');
  assert.equal(await first.exited, 0);
  assert.equal(
    fs.statSync(join(dir, 'journal.ndjson')).size,
    0,
    'the journal is empty after the snapshot',
  );
  const snapshot = JSON.parse(fs.readFileSync(join(dir, 'snapshot.json'), 'utf8'));
  assert.equal(snapshot.format, 'portico-snapshot/1');

  const second = await startCli(['--data', dir]);
  assert.equal((await book(second.base, token, b, 's2')).status, 201);
  const before = await adaState(second.base, token);
  await kill9(second);
  assert.ok(fs.statSync(join(dir, 'journal.ndjson')).size > 0);

  const third = await startCli(['--data', dir]);
  try {
    assert.deepEqual(await adaState(third.base, token), before);
  } finally {
    await kill9(third);
  }
});

test('POST /__dev/reset is durable: after kill -9 the reset state comes back', async () => {
  const {dir, first, token, slots} = await startWithAda();
  const [slot] = slots;
  assert.equal((await book(first.base, token, slot, 'r1')).status, 201);
  const reset = await request(`${first.base}/__dev/reset`, {body: {scenario: 'empty'}});
  assert.equal(reset.status, 200);
  const emptyResources = (await request(`${first.base}/resources`)).body;
  await kill9(first);

  const second = await startCli(['--data', dir]);
  try {
    assert.deepEqual((await request(`${second.base}/resources`)).body, emptyResources);
    assert.equal(
      (await request(`${second.base}/me`, {token})).status,
      401,
      'sessions from before the reset are gone',
    );
  } finally {
    await kill9(second);
  }
});
