import assert from 'node:assert/strict';
import {test} from 'node:test';
import {PorticoError, type QueryDescriptor, type QueryState} from '../src/index.js';
import {QueryStore, type StoreEvent} from '../src/store/index.js';
import {sleep, until} from './helpers/server.js';

/** A descriptor whose fetch is counted and answers `value()` after `delay` ms. */
function counted<T>(
  key: readonly unknown[],
  value: (call: number) => T,
  delay = 10,
  staleTime?: number,
) {
  const calls = {count: 0, signals: [] as AbortSignal[]};
  const descriptor: QueryDescriptor<T> = {
    key,
    staleTime,
    fetch: async (signal) => {
      const call = ++calls.count;
      calls.signals.push(signal);
      await sleep(delay);
      return value(call);
    },
  };
  return {descriptor, calls};
}

test('five concurrent fetches of one key make one request', async () => {
  const store = new QueryStore();
  const {descriptor, calls} = counted(['credits'], () => 10);
  const results = await Promise.all(Array.from({length: 5}, () => store.fetch(descriptor)));
  assert.deepEqual(results, [10, 10, 10, 10, 10]);
  assert.equal(calls.count, 1);
});

test('five widgets subscribing to one key make one request and all see the data', async () => {
  const store = new QueryStore();
  const {descriptor, calls} = counted(['credits'], () => 10);
  const seen: number[] = [];
  const unsubscribes = Array.from({length: 5}, () =>
    store.subscribe(
      descriptor,
      (state) => state.status === 'success' && seen.push(state.data ?? -1),
    ),
  );
  await until(() => seen.length === 5, 1_000, 'five updates');
  assert.equal(calls.count, 1);
  assert.deepEqual(seen, [10, 10, 10, 10, 10]);
  unsubscribes.forEach((unsubscribe) => unsubscribe());
});

test('keys are equal by value, whatever the property order', async () => {
  const store = new QueryStore();
  const a = counted(['bookings', {from: 'a', to: 'b'}], () => 'first');
  const b = counted(['bookings', {to: 'b', from: 'a', status: undefined}], () => 'second');
  await store.fetch(a.descriptor);
  assert.equal(await store.fetch(b.descriptor), 'first');
  assert.equal(b.calls.count, 0);
});

test('get() reports idle, loading, then success, and never fetches', async () => {
  const store = new QueryStore();
  const {descriptor, calls} = counted(['me'], () => 'ada');
  assert.equal(store.get(descriptor).status, 'idle');
  assert.equal(calls.count, 0);
  const promise = store.fetch(descriptor);
  const loading = store.get(descriptor);
  assert.equal(loading.status, 'loading');
  assert.equal(loading.isFetching, true);
  await promise;
  const done = store.get(descriptor);
  assert.equal(done.status, 'success');
  assert.equal(done.data, 'ada');
  assert.equal(done.isFetching, false);
  assert.ok(done.updatedAt > 0);
  assert.equal(store.get(descriptor), done, 'the same snapshot until something changes');
});

test('fresh data is reused without a request; stale data is refetched', async () => {
  const store = new QueryStore();
  const {descriptor, calls} = counted(['plans'], (call) => call, 1, 40);
  assert.equal(await store.fetch(descriptor), 1);
  assert.equal(await store.fetch(descriptor), 1);
  assert.equal(calls.count, 1);
  await sleep(50);
  assert.equal(await store.fetch(descriptor), 2);
});

test('stale-while-revalidate: a new subscriber sees the old data while it refetches', async () => {
  const store = new QueryStore();
  const {descriptor} = counted(['credits'], (call) => (call === 1 ? 10 : 6), 20, 0);
  await store.fetch(descriptor);
  const states: QueryState<number>[] = [];
  const unsubscribe = store.subscribe(descriptor, (state) => states.push(state));
  const during = store.get(descriptor);
  assert.equal(during.status, 'success');
  assert.equal(during.data, 10);
  assert.equal(during.isFetching, true);
  await until(() => store.get(descriptor).data === 6, 1_000, 'the refetch');
  assert.deepEqual(
    states.map((s) => [s.status, s.data, s.isFetching]),
    [
      ['success', 10, true],
      ['success', 6, false],
    ],
  );
  unsubscribe();
});

test('subscribing to fresh data does not refetch', async () => {
  const store = new QueryStore();
  const {descriptor, calls} = counted(['space'], () => 'space');
  await store.fetch(descriptor);
  const unsubscribe = store.subscribe(descriptor, () => {});
  await sleep(20);
  assert.equal(calls.count, 1);
  unsubscribe();
});

test('invalidate refetches subscribed queries under the prefix, and only marks the others', async () => {
  const store = new QueryStore();
  const week = counted(['availability', {from: 'mon'}], (call) => call);
  const day = counted(['availability', {from: 'tue'}], (call) => call);
  const credits = counted(['credits'], (call) => call);
  const unsubscribe = store.subscribe(week.descriptor, () => {});
  await store.fetch(day.descriptor);
  await store.fetch(credits.descriptor);
  await until(() => store.get(week.descriptor).data === 1);

  store.invalidate(['availability']);

  await until(() => store.get(week.descriptor).data === 2, 1_000, 'the subscribed refetch');
  await sleep(20);
  assert.equal(day.calls.count, 1, 'nobody shows it: no request now');
  assert.equal(credits.calls.count, 1, 'outside the prefix');
  assert.equal(await store.fetch(day.descriptor), 2, 'but it is stale: the next read refetches');
  assert.equal(await store.fetch(credits.descriptor), 1);
  unsubscribe();
});

test('invalidate with a longer prefix matches by deep equality', async () => {
  const store = new QueryStore();
  const confirmed = counted(['bookings', {status: 'confirmed'}], (call) => call);
  const cancelled = counted(['bookings', {status: 'cancelled'}], (call) => call);
  await store.fetch(confirmed.descriptor);
  await store.fetch(cancelled.descriptor);
  store.invalidate(['bookings', {status: 'cancelled'}]);
  assert.equal(await store.fetch(confirmed.descriptor), 1);
  assert.equal(await store.fetch(cancelled.descriptor), 2);
});

test('invalidating during a request drops its answer, which may predate the change', async () => {
  const store = new QueryStore();
  const {descriptor, calls} = counted(['credits'], (call) => (call === 1 ? 10 : 6), 30);
  const unsubscribe = store.subscribe(descriptor, () => {});
  const waiting = store.fetch(descriptor);
  await sleep(5);
  store.invalidate(['credits']);
  assert.equal(await waiting, 6, 'the caller gets the answer from after the change');
  assert.equal(calls.count, 2);
  assert.equal(calls.signals[0]?.aborted, true, 'the first request is cancelled');
  await sleep(40);
  assert.equal(store.get(descriptor).data, 6);
  unsubscribe();
});

test('a failed fetch stores a PorticoError and keeps the previous data', async () => {
  const store = new QueryStore();
  let fail = false;
  const descriptor: QueryDescriptor<number> = {
    key: ['credits'],
    staleTime: 0,
    fetch: async () => {
      if (fail) throw new PorticoError({status: 503, code: 'service_unavailable', title: 'Down'});
      return 10;
    },
  };
  await store.fetch(descriptor);
  fail = true;
  await assert.rejects(store.fetch(descriptor), (error) => error instanceof PorticoError);
  const state = store.get(descriptor);
  assert.equal(state.status, 'error');
  assert.equal(state.error?.code, 'service_unavailable');
  assert.equal(state.data, 10);
  assert.equal(state.isFetching, false);
});

test('a fetch that throws something else is wrapped in a PorticoError', async () => {
  const store = new QueryStore();
  const descriptor: QueryDescriptor<number> = {
    key: ['broken'],
    fetch: () => {
      throw new TypeError('oops');
    },
  };
  await assert.rejects(
    store.fetch(descriptor),
    (error) => error instanceof PorticoError && error.cause instanceof TypeError,
  );
  assert.equal(store.get(descriptor).error?.code, 'internal_error');
});

test('a failed background refetch does not reject anywhere (no unhandled rejection)', async () => {
  const store = new QueryStore();
  const descriptor: QueryDescriptor<number> = {
    key: ['x'],
    fetch: async () => Promise.reject(new Error('down')),
  };
  const unsubscribe = store.subscribe(descriptor, () => {});
  await until(() => store.get(descriptor).status === 'error');
  unsubscribe();
});

test('setData replaces data, with a value or an updater', () => {
  const store = new QueryStore();
  const descriptor: QueryDescriptor<{total: number}> = {
    key: ['credits'],
    fetch: async () => ({total: 0}),
  };
  const seen: number[] = [];
  const unsubscribe = store.subscribe(
    descriptor,
    (state) => state.data && seen.push(state.data.total),
  );
  store.setData(['credits'], {total: 10});
  store.setData<{total: number}>(['credits'], (previous) => ({total: (previous?.total ?? 0) - 4}));
  assert.equal(store.get(descriptor).data?.total, 6);
  assert.equal(store.get(descriptor).status, 'success');
  assert.deepEqual(seen.slice(-2), [10, 6]);
  unsubscribe();
});

test('store.on reports added, updated, invalidated and removed', async () => {
  const store = new QueryStore({gcTime: 10});
  const events: string[] = [];
  const off = store.on((event: StoreEvent) =>
    events.push(`${event.type}:${String(event.query.key[0])}:${event.query.state.status}`),
  );
  const {descriptor} = counted(['me'], () => 'ada', 1);
  await store.fetch(descriptor);
  store.invalidate(['me']);
  await until(() => events.some((e) => e.startsWith('removed')), 1_000, 'garbage collection');
  off();
  assert.deepEqual(events, [
    'added:me:idle',
    'updated:me:loading',
    'updated:me:success',
    'invalidated:me:success',
    'removed:me:success',
  ]);
});

test('a query with subscribers is never garbage-collected', async () => {
  const store = new QueryStore({gcTime: 5});
  const {descriptor} = counted(['credits'], () => 1, 1);
  const unsubscribe = store.subscribe(descriptor, () => {});
  await sleep(30);
  assert.equal(store.get(descriptor).data, 1);
  unsubscribe();
  await sleep(30);
  assert.equal(store.get(descriptor).status, 'idle');
});

test('clear() forgets data, cancels requests and reloads what is on screen', async () => {
  const store = new QueryStore();
  const shown = counted(['credits'], (call) => call, 5);
  const hidden = counted(['me'], () => 'ada', 50);
  const unsubscribe = store.subscribe(shown.descriptor, () => {});
  await until(() => store.get(shown.descriptor).data === 1);
  const waiting = store.fetch(hidden.descriptor);

  store.clear();

  await assert.rejects(
    waiting,
    (error) => error instanceof PorticoError && error.code === 'aborted',
  );
  assert.equal(hidden.calls.signals[0]?.aborted, true);
  assert.equal(store.get(hidden.descriptor).status, 'idle');
  assert.equal(store.get(shown.descriptor).status, 'loading', 'no data from before the clear');
  await until(() => store.get(shown.descriptor).data === 2);
  unsubscribe();
});

test('a listener that throws does not stop the others', async () => {
  const store = new QueryStore();
  const reported: unknown[] = [];
  const original = globalThis.reportError;
  globalThis.reportError = (error: unknown) => void reported.push(error);
  try {
    const {descriptor} = counted(['credits'], () => 1, 1);
    let reached = false;
    store.subscribe(descriptor, () => {
      throw new Error('widget bug');
    });
    store.subscribe(descriptor, () => (reached = true));
    await until(() => store.get(descriptor).status === 'success');
    assert.equal(reached, true);
    assert.ok(reported.length > 0);
  } finally {
    globalThis.reportError = original;
  }
});

test('unsubscribe is idempotent and the same listener may subscribe twice', async () => {
  const observers: number[] = [];
  const store = new QueryStore({onObserversChange: (n) => observers.push(n)});
  const {descriptor} = counted(['credits'], () => 1, 1);
  const listener = () => {};
  const first = store.subscribe(descriptor, listener);
  const second = store.subscribe(descriptor, listener);
  first();
  first();
  second();
  assert.deepEqual(observers, [1, 2, 1, 0]);
});

test('coming back to the tab refetches stale queries on screen, not fresh ones', async () => {
  const fakeDocument = Object.assign(new EventTarget(), {visibilityState: 'visible'});
  Object.assign(globalThis, {document: fakeDocument});
  try {
    const store = new QueryStore();
    const stale = counted(['credits'], (call) => call, 1, 0);
    const fresh = counted(['space'], (call) => call, 1, 60_000);
    const offs = [
      store.subscribe(stale.descriptor, () => {}),
      store.subscribe(fresh.descriptor, () => {}),
    ];
    await until(
      () => store.get(stale.descriptor).data === 1 && store.get(fresh.descriptor).data === 1,
    );

    fakeDocument.visibilityState = 'hidden';
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    await sleep(10);
    assert.equal(stale.calls.count, 1, 'hiding the tab fetches nothing');

    fakeDocument.visibilityState = 'visible';
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    await until(() => store.get(stale.descriptor).data === 2, 1_000, 'the refetch');
    assert.equal(fresh.calls.count, 1);
    offs.forEach((off) => off());
  } finally {
    delete (globalThis as {document?: unknown}).document;
  }
});
