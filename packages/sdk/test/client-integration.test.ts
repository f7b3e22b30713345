import * as endpoints from '../src/contract/endpoints.js';
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {createMockServer} from '@portico/mock-server/node';
import {slotsWithin} from '../src/domain/index.js';
import {createPorticoClient, isPorticoError, type PorticoClient} from '../src/index.js';
import {until} from './helpers/server.js';

// The README's journey, over real HTTP against the reference mock server.
let server: Awaited<ReturnType<typeof createMockServer>>;
let client: PorticoClient;
const email = 'ada@example.com';

before(async () => {
  server = await createMockServer({port: 0, scenario: 'demo'});
  client = createPorticoClient({baseUrl: server.apiUrl, space: 'demo', session: 'memory'});
});
after(() => server?.close());

async function logIn(target: PorticoClient, address: string) {
  const {challengeId} = await target.auth.requestCode({email: address});
  const {messages} = await target.request(endpoints.devMailbox, {query: {email: address}});
  const code = messages.findLast((message) => message.code !== null)?.code;
  assert.ok(code, 'the dev mailbox has the code');
  return target.auth.verifyCode({challengeId, code});
}

test('log in with a code read from the dev mailbox', async () => {
  const {member, session} = await logIn(client, email);
  assert.equal(member.email, email);
  assert.deepEqual(client.session.get(), session);
  assert.equal((await client.profile.get()).email, email);
});

test('a wrong code is refused with invalid_code', async () => {
  const other = createPorticoClient({baseUrl: server.apiUrl, space: 'demo', session: 'memory'});
  const {challengeId} = await other.auth.requestCode({email});
  await assert.rejects(other.auth.verifyCode({challengeId, code: '000000'}), (error) => {
    assert.ok(isPorticoError(error));
    assert.equal(error.code, 'invalid_code');
    return true;
  });
  assert.equal(other.session.isLoggedIn, false);
});

test('read the membership and the credits', async () => {
  const {membership} = await client.membership.get();
  assert.ok(membership, 'ada has a membership');
  assert.equal(membership.status, 'active');
  const credits = await client.credits.get();
  assert.ok(credits.total > 0);
});

let bookingId = '';
let creditsBefore = 0;

test('quote and book a room: the credit widget drops at once', async () => {
  const widget = client.queries.credits();
  const unsubscribe = client.store.subscribe(widget, () => {});
  await until(() => client.store.get(widget).status === 'success', 5_000, 'the credits widget');
  creditsBefore = client.store.get(widget).data?.total ?? 0;

  const {items: rooms} = await client.resources.list({type: 'meeting_room'});
  const room = rooms.find((r) => r.creditsPerHour !== null && !r.rules.requiresApproval);
  assert.ok(room, 'a room paid with credits');
  // Two days ahead and more: cancelling is then free.
  const from = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 9 * 86_400_000).toISOString();
  const availability = await client.resources.getAvailability({from, to, resourceIds: [room.id]});
  const {timeZone} = await client.space.get();
  const slot = slotsWithin(
    availability.resources[0]?.free ?? [],
    room.rules.slotMinutes,
    timeZone,
  )[0];
  assert.ok(slot, 'a free slot within the week');

  const request = {resourceId: room.id, start: slot.start, end: slot.end};
  const quote = await client.bookings.quote(request);
  assert.equal(quote.affordable, true);
  assert.ok(quote.cost.credits > 0);

  const created = await client.bookings.create(request);
  const booking = created.bookings[0];
  assert.ok(booking);
  bookingId = booking.id;
  assert.equal(created.cost.credits, quote.cost.credits);
  assert.equal(created.creditsRemaining, creditsBefore - quote.cost.credits);
  await until(
    () => client.store.get(widget).data?.total === created.creditsRemaining,
    5_000,
    'the lower balance',
  );

  // The same slot again is taken.
  await assert.rejects(
    client.bookings.create(request),
    (error) => isPorticoError(error) && error.status === 409,
  );
  unsubscribe();
});

test('cancel the booking: the credits come back', async () => {
  const {booking, refund} = await client.bookings.cancel(bookingId);
  assert.equal(booking.status, 'cancelled');
  assert.equal(refund.percent, 100);
  assert.equal((await client.credits.get()).total, creditsBefore);
  await assert.rejects(
    client.bookings.cancel(bookingId),
    (error) => isPorticoError(error) && error.status === 409,
  );
});

test('buy a credit pack', async () => {
  const before = (await client.credits.get()).total;
  const {items} = await client.shop.listProducts();
  const pack = items.find((product) => product.kind === 'credit_pack');
  assert.ok(pack?.credits, 'the shop sells credit packs');

  const quote = await client.shop.quoteOrder({items: [{productId: pack.id, quantity: 1}]});
  assert.equal(quote.total.amount, pack.price.amount);
  const order = await client.shop.createOrder({items: [{productId: pack.id, quantity: 1}]});
  assert.equal(order.status, 'pending_payment');
  const paid = await client.shop.payOrder(order.id, {paymentMethod: 'pm_card_visa'});
  assert.equal(paid.status, 'paid');
  assert.equal((await client.credits.get()).total, before + pack.credits);
});

test('a declined card fails clearly and leaves the order pending', async () => {
  const {items} = await client.shop.listProducts();
  const pack = items.find((product) => product.kind === 'credit_pack');
  assert.ok(pack);
  const order = await client.shop.createOrder({items: [{productId: pack.id, quantity: 1}]});
  await assert.rejects(
    client.shop.payOrder(order.id, {paymentMethod: 'pm_card_declined'}),
    (error) => {
      assert.ok(isPorticoError(error));
      assert.equal(error.code, 'payment_declined');
      return true;
    },
  );
  const cancelled = await client.shop.cancelOrder(order.id);
  assert.equal(cancelled.status, 'cancelled');
});

test('a booking by another member reaches this page through realtime within a second', async () => {
  const other = createPorticoClient({baseUrl: server.apiUrl, space: 'demo', session: 'memory'});
  await logIn(other, 'grace@example.com');
  const {items: rooms} = await client.resources.list({type: 'meeting_room'});
  const room = rooms.find((r) => r.creditsPerHour !== null && !r.rules.requiresApproval);
  assert.ok(room);
  const from = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 10 * 86_400_000).toISOString();
  const calendar = client.queries.availability({from, to, resourceIds: [room.id]});
  const unsubscribe = client.store.subscribe(calendar, () => {});
  await until(() => client.store.get(calendar).status === 'success', 5_000, 'the calendar');
  const {timeZone} = await client.space.get();
  const slotsOf = (free: {start: string; end: string}[] = []) =>
    slotsWithin(free, room.rules.slotMinutes, timeZone);
  const slot = slotsOf(client.store.get(calendar).data?.resources[0]?.free)[0];
  assert.ok(slot);
  await sleep(200); // let the event stream open

  const sentAt = Date.now();
  await other.bookings.create({resourceId: room.id, start: slot.start, end: slot.end});

  await until(
    () =>
      !slotsOf(client.store.get(calendar).data?.resources[0]?.free).some(
        (s) => s.start === slot.start,
      ),
    1_000,
    'the slot to disappear from this calendar',
  );
  assert.ok(Date.now() - sentAt < 1_000);
  unsubscribe();
});

test('the calendar feed address: the same until reset, and the query follows a reset', async () => {
  const feed = client.queries.calendarFeed();
  const unsubscribe = client.store.subscribe(feed, () => {});
  await until(() => client.store.get(feed).status === 'success', 5_000, 'the feed query');
  const first = client.store.get(feed).data?.url ?? '';
  assert.match(first, /\/v1\/spaces\/demo\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  assert.equal((await client.profile.getCalendarFeed()).url, first);
  const {url} = await client.profile.resetCalendarFeed();
  assert.notEqual(url, first);
  await until(() => client.store.get(feed).data?.url === url, 5_000, 'the feed query after reset');
  assert.equal((await fetch(first)).status, 404);
  const file = await fetch(url);
  assert.equal(file.headers.get('content-type'), 'text/calendar; charset=utf-8');
  assert.match(await file.text(), /^BEGIN:VCALENDAR\r\n/);
  unsubscribe();
});

test("an invoice's PDF and the statement's CSV come as Blobs, with the member's token", async () => {
  const {items} = await client.billing.listInvoices();
  const overdue = items.find((invoice) => invoice.status === 'overdue');
  assert.ok(overdue, 'ada has an overdue invoice');
  const pdf = await client.billing.getInvoicePdf(overdue.id);
  assert.ok(pdf instanceof Blob);
  assert.equal(pdf.type, 'application/pdf');
  assert.equal(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5)), '%PDF-');
  const csv = await client.billing.getStatementFile({
    from: overdue.issuedOn,
    to: overdue.issuedOn,
    format: 'csv',
  });
  assert.match(await csv.text(), new RegExp(overdue.number));
  await assert.rejects(client.billing.getInvoicePdf('inv_unknown'), (error) => {
    assert.ok(isPorticoError(error));
    assert.equal(error.status, 404);
    return true;
  });
});

test('a history query of 3 pages follows the cursor and joins them; a payment refetches every page', async () => {
  for (let week = 1; week <= 5; week++) {
    await client.request(endpoints.devIssueInvoice, {
      body: {
        member: email,
        lines: [{description: `Locker, week ${week}`, quantity: 1, unitPrice: 900}],
      },
    });
  }
  const all = (await client.billing.listInvoices({limit: 100})).items;
  assert.ok(all.length >= 9, `ada has ${all.length} invoices`);
  const history = client.queries.invoices({limit: 2}, 3);
  const unsubscribe = client.store.subscribe(history, () => undefined);
  const three = await client.store.fetch(history);
  assert.deepEqual(
    three.items.map((invoice) => invoice.number),
    all.slice(0, 6).map((invoice) => invoice.number),
  );
  assert.equal(typeof three.nextCursor, 'string', 'more after the third page');
  const first = await client.store.fetch(client.queries.invoices({limit: 2}));
  assert.equal(first.items.length, 2, 'one page by default, with its own cache entry');
  const lockers = all.filter((invoice) => invoice.status === 'open').map((invoice) => invoice.id);
  const methods = await client.billing.listPaymentMethods();
  await client.billing.payInvoices({
    invoiceIds: lockers.slice(0, 2),
    paymentMethodId: methods.items.find((m) => m.isDefault)!.id,
  });
  await until(
    () =>
      client.store
        .get(history)
        .data?.items.some((i) => i.id === lockers[0] && i.status === 'paid') ?? false,
  );
  assert.equal(
    client.store.get(history).data?.items.length,
    6,
    'still three pages after the refetch',
  );
  unsubscribe();
});

test('log out', async () => {
  await client.auth.logout();
  assert.equal(client.session.isLoggedIn, false);
  await assert.rejects(
    client.profile.get(),
    (error) => isPorticoError(error) && error.code === 'unauthorized',
  );
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
