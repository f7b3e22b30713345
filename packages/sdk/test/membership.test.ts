import * as endpoints from '../src/contract/endpoints.js';
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {createMockServer} from '@portico/mock-server/node';
import {addDays} from '../src/domain/index.js';
import {createPorticoClient, isPorticoError, type PorticoClient} from '../src/index.js';
import {until} from './helpers/server.js';

// Joining, changing and cancelling over real HTTP against the reference mock server. Its clock
// runs from the real time (the SDK checks a session's expiry against the machine's clock), so
// the expected days are read from Ada's seeded period, never from today's date.
let server: Awaited<ReturnType<typeof createMockServer>>;

before(async () => {
  server = await createMockServer({port: 0, scenario: 'demo'});
});
after(() => server?.close());

/** Each test starts from the seeded demo space. */
async function reset(): Promise<void> {
  const client = createPorticoClient({baseUrl: server.apiUrl, space: 'demo', session: 'memory'});
  await client.request(endpoints.devReset, {body: {scenario: 'demo'}});
}

/** Realtime off: what is on screen must follow from each call's own invalidations. */
async function clientAs(email: string): Promise<PorticoClient> {
  const client = createPorticoClient({
    baseUrl: server.apiUrl,
    space: 'demo',
    session: 'memory',
    realtime: false,
  });
  const {challengeId} = await client.auth.requestCode({email});
  const {messages} = await client.request(endpoints.devMailbox, {query: {email}});
  const code = messages.findLast((message) => message.code !== null)?.code;
  assert.ok(code, 'the dev mailbox has the code');
  await client.auth.verifyCode({challengeId, code});
  return client;
}

test('changing plan: the quote states the day and price, the membership on screen shows the change, undo drops it', async () => {
  await reset();
  const client = await clientAs('ada@example.com');
  const card = client.queries.membership();
  const unsubscribe = client.store.subscribe(card, () => {});
  await until(() => client.store.get(card).status === 'success', 5_000, 'the membership');
  const {id, validUntil} = client.store.get(card).data?.membership ?? {id: '', validUntil: null};
  assert.ok(validUntil);
  const nextPeriod = addDays(validUntil, 1);
  const quote = await client.membership.quote({
    action: 'change',
    membershipId: id,
    planId: 'plan-unlimited',
  });
  assert.deepEqual(
    [quote.from?.name, quote.to?.name, quote.effectiveOn, quote.amount],
    ['Flex monthly', 'Resident', nextPeriod, {amount: 39000, currency: 'EUR'}],
  );
  await client.membership.change(id, 'plan-unlimited');
  await until(
    () => client.store.get(card).data?.membership?.scheduledChange?.on === nextPeriod,
    5_000,
    'the card shows the scheduled change',
  );
  await client.membership.undoChange(id);
  await until(
    () => client.store.get(card).data?.membership?.scheduledChange === null,
    5_000,
    'the card drops the change',
  );
  await assert.rejects(client.membership.change(id, 'plan-flex'), (error) => {
    assert.ok(isPorticoError(error));
    assert.equal(error.code, 'already_on_plan');
    return true;
  });
  unsubscribe();
});

test('cancelling and keeping the membership', async () => {
  await reset();
  const client = await clientAs('ada@example.com');
  const {membership} = await client.membership.get();
  assert.ok(membership);
  const cancelled = await client.membership.cancel(membership.id);
  // 19 days are left of the period: more than the space's 14 days of notice.
  assert.equal(cancelled.cancellation?.endsOn, membership.validUntil);
  const kept = await client.membership.undoCancel(membership.id);
  assert.equal(kept.cancellation, null);
  await assert.rejects(client.membership.undoCancel(membership.id), (error) => {
    assert.ok(isPorticoError(error));
    assert.equal(error.code, 'nothing_to_undo');
    return true;
  });
});

test('a new member joins and pays the order; the credits on screen go up', async () => {
  await reset();
  const client = await clientAs('zoe@example.com');
  const space = await client.space.get();
  await client.profile.acceptTerms({version: space.terms.version});
  const credits = client.queries.credits();
  const unsubscribe = client.store.subscribe(credits, () => {});
  await until(() => client.store.get(credits).data?.total === 0, 5_000, 'no credits yet');
  const joined = await client.membership.join({planId: 'plan-flex'});
  assert.deepEqual([joined.status, joined.awaiting], ['pending', 'payment']);
  assert.ok(joined.orderId);
  await client.shop.payOrder(joined.orderId, {paymentMethod: 'pm_card_visa'});
  await until(() => client.store.get(credits).data?.total === 20, 5_000, 'the credits granted');
  assert.equal((await client.membership.get()).membership?.status, 'active');
  unsubscribe();
});
