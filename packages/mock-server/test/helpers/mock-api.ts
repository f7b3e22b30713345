import assert from 'node:assert/strict';
import {PROBLEM_STATUS} from '@portico/sdk/contract';
import type {Problem} from '@portico/sdk/contract';
import {
  addDays,
  calendarDayOf,
  formatInstant,
  slotsWithin,
  weekdayOf,
  zonedDateTimeToInstant,
} from '@portico/sdk/domain';
import {createMockApi} from '../../src/index.js';
import type {MockApi, MockApiOptions} from '../../src/index.js';
import type {SpaceRow} from '../../src/state/rows.js';

/** A Monday, 09:00 in Paris: the clock every test starts from unless it says otherwise. */
export const MONDAY_9AM = '2026-03-02T09:00:00+01:00';
export const ORIGIN = 'http://portico.test';
export const TZ = 'Europe/Paris';

/** A JSON body: tests check its shape with assertions (and the contract's schemas) at run time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Sent as is (not JSON-encoded). */
  raw?: string;
  headers?: Record<string, string>;
  key?: string;
  space?: string;
}

/** A mock API on a frozen clock, with helpers to call it like a client would. */
export function setup(options: MockApiOptions = {}) {
  let frozen = Date.parse(MONDAY_9AM);
  const api: MockApi = createMockApi({now: () => frozen, validateResponses: true, ...options});
  const request = (method: string, path: string, opts: CallOptions = {}): Request => {
    const headers: Record<string, string> = {...opts.headers};
    if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
    if (opts.key) headers['idempotency-key'] = opts.key;
    let body: string | undefined;
    if (opts.raw !== undefined) body = opts.raw;
    else if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    return new Request(`${ORIGIN}/v1/spaces/${opts.space ?? 'demo'}${path}`, {
      method,
      headers,
      body: body ?? null,
    });
  };
  const call = async <T = Json>(
    method: string,
    path: string,
    opts: CallOptions = {},
  ): Promise<Reply<T>> => {
    const response = await api.dispatch(request(method, path, opts));
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : null,
    };
  };
  const login = async (email: string, space = 'demo'): Promise<string> => {
    const challenge = await call('POST', '/auth/otp', {body: {email}, space});
    assert.equal(challenge.status, 202);
    const mailbox = await call('GET', `/__dev/mailbox?email=${encodeURIComponent(email)}`, {space});
    const code = mailbox.body.messages[0].code as string;
    const verified = await call('POST', '/auth/otp/verify', {
      body: {challengeId: challenge.body.challengeId, code},
      space,
    });
    assert.equal(verified.status, 200, JSON.stringify(verified.body));
    return verified.body.session.token as string;
  };
  /** Signs `email` in to `space`: a {@link call} that sends their token to that space. */
  const signInAs = async (email: string, space = 'demo') => {
    const token = await login(email, space);
    return <T = Json>(method: string, path: string, opts: CallOptions = {}) =>
      call<T>(method, path, {token, space, ...opts});
  };
  /** Today + `days` in Paris, e.g. `day(1)`. */
  const day = (days: number) => addDays(calendarDayOf(frozen, TZ), days);
  /** The instant `time` on the first weekday (Mon–Fri) at least `days` ahead that is not closed. */
  const weekday = (days: number, time: string) => {
    let d = day(days);
    const closures = (api.db.get<SpaceRow>('spaces', 'sp_demo')?.closures ?? []).map(
      (c: {day: string}) => c.day,
    );
    while (['sat', 'sun'].includes(weekdayOf(d)) || closures.includes(d)) d = addDays(d, 1);
    return formatInstant(zonedDateTimeToInstant(d, time, TZ), TZ);
  };
  const at = (d: string, time: string) => formatInstant(zonedDateTimeToInstant(d, time, TZ), TZ);
  return {
    api,
    request,
    call,
    login,
    signInAs,
    day,
    weekday,
    at,
    now: () => frozen,
    /** Turns parts of the demo space's portal on or off (`Space.features`). */
    features: (features: Partial<SpaceRow['features']>) =>
      api.db.transaction((tx) => {
        const space = tx.get<SpaceRow>('spaces', 'sp_demo');
        assert.ok(space, 'the demo space is seeded');
        tx.put('spaces', {...space, features: {...space.features, ...features}});
      }),
    /** Moves the frozen clock (the dev clock's offset stays). */
    advance: (ms: number) => void (frozen += ms),
  };
}

/** The mock API of a test, from {@link setup}. */
export type Api = ReturnType<typeof setup>;

/** {@link setup} with `email` signed in: the mock API and the member's token. */
export async function setupSignedIn(email: string, options: MockApiOptions = {}) {
  const t = setup(options);
  return {t, token: await t.login(email)};
}

export function assertProblem(reply: Reply, status: number, code: Problem['code']): Problem {
  assert.equal(status, PROBLEM_STATUS[code], `the contract gives ${code} the status ${status}`);
  assert.equal(
    reply.status,
    status,
    `expected ${status} ${code}, got ${reply.status} ${JSON.stringify(reply.body)}`,
  );
  assert.equal(reply.headers.get('content-type'), 'application/problem+json');
  assert.equal(reply.body.code, code);
  assert.equal(reply.body.status, status);
  return reply.body as Problem;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The bookings of `token`'s member that have not ended yet, as `GET /me/bookings?from=now`. */
export async function upcomingBookings(
  t: ReturnType<typeof setup>,
  token: string,
): Promise<Json[]> {
  const from = encodeURIComponent(new Date(t.now()).toISOString());
  return (await t.call('GET', `/me/bookings?from=${from}`, {token})).body.items;
}

/**
 * The first free run of `minutes` on `resourceId` on `day` starting at or after `after`
 * (HH:MM), read from availability like a client would.
 */
export async function freeSlot(
  t: ReturnType<typeof setup>,
  resourceId: string,
  day: string,
  minutes: number,
  after = '00:00',
): Promise<{start: string; end: string}> {
  const from = t.at(day, '00:00');
  const to = t.at(day, '23:59');
  const reply = await t.call(
    'GET',
    `/availability?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&resourceIds=${resourceId}`,
  );
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  const {items} = (await t.call('GET', `/resources`)).body;
  const {slotMinutes} = items.find((r: {id: string}) => r.id === resourceId).rules;
  const slots = slotsWithin(reply.body.resources[0].free, slotMinutes, TZ);
  const earliest = Date.parse(t.at(day, after));
  for (let i = 0; i < slots.length; i++) {
    const first = slots[i] as {start: string; end: string};
    if (Date.parse(first.start) < earliest) continue;
    let end = Date.parse(first.end);
    let j = i;
    while (
      end - Date.parse(first.start) < minutes * MINUTE &&
      slots[j + 1] &&
      Date.parse((slots[j + 1] as {start: string}).start) === end
    ) {
      j++;
      end = Date.parse((slots[j] as {end: string}).end);
    }
    if (end - Date.parse(first.start) >= minutes * MINUTE)
      return {start: first.start, end: (slots[j] as {end: string}).end};
  }
  throw new Error(`no free ${minutes} minutes on ${resourceId} on ${day} after ${after}`);
}

/** The value, asserting it is there (a seeded row, an event that must have arrived). */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  assert.ok(value !== undefined && value !== null, `expected a ${what}`);
  return value;
}
