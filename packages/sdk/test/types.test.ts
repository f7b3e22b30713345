import * as endpoints from '../src/contract/endpoints.js';
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {
  BookingCreated,
  CreditBalance,
  Profile,
  PorticoClient,
  PorticoErrorCode,
  QueryState,
  RealtimeEvent,
} from '../src/index.js';

/** Compile-time checks: `tsc` (part of `npm test`) fails when the public types drift. */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(_: T) => undefined;

// Never called: the bodies only have to type-check.
function typeChecks(client: PorticoClient) {
  expectType<Equal<ReturnType<typeof client.profile.get>, Promise<Profile>>>(true);
  expectType<Equal<ReturnType<typeof client.auth.logout>, Promise<void>>>(true);
  expectType<Equal<ReturnType<typeof client.bookings.create>, Promise<BookingCreated>>>(true);
  expectType<
    Equal<ReturnType<typeof client.request<typeof endpoints.getCredits>>, Promise<CreditBalance>>
  >(true);
  expectType<Equal<ReturnType<typeof client.store.get<CreditBalance>>, QueryState<CreditBalance>>>(
    true,
  );
  expectType<
    Equal<
      typeof client.queries.credits extends () => {fetch: (s: AbortSignal) => Promise<infer T>}
        ? T
        : never,
      CreditBalance
    >
  >(true);

  void client.request(endpoints.getProfile);
  void client.request(endpoints.cancelBooking, {params: {bookingId: 'b_1'}});
  void client.request(endpoints.getAvailability, {query: {from: 'a', to: 'b'}});
  void client.request(endpoints.listBookings);
  void client.request(endpoints.createBooking, {
    body: {resourceId: 'r', start: 's', end: 'e'},
    idempotencyKey: 'k',
    signal: AbortSignal.timeout(1),
  });
  // @ts-expect-error a route with path params needs them
  void client.request(endpoints.cancelBooking);
  // @ts-expect-error the params are the route's
  void client.request(endpoints.cancelBooking, {params: {orderId: 'o_1'}});
  // @ts-expect-error a required query cannot be left out
  void client.request(endpoints.getAvailability);
  // @ts-expect-error the body is the route's
  void client.request(endpoints.createBooking, {body: {resourceId: 'r'}});
  // @ts-expect-error no such route
  void client.request(endpoints.deleteEverything);
  // @ts-expect-error a GET has no body
  void client.request(endpoints.getProfile, {body: {}});

  client.realtime.subscribe((event: RealtimeEvent) => {
    if (event.type === 'credits.changed') expectType<Equal<typeof event.data.total, number>>(true);
  });

  const code: PorticoErrorCode = 'slot_unavailable';
  // @ts-expect-error codes are a closed union
  const wrong: PorticoErrorCode = 'slot_taken';
  return [code, wrong];
}

test('the public types hold (checked by tsc)', () => {
  assert.equal(typeof typeChecks, 'function');
});
