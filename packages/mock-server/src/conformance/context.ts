import {routes} from '@portico/sdk/contract';
import type {Profile, Resource, RouteDefinition, RouteName, Space} from '@portico/sdk/contract';
import {addDays, calendarDayOf, MINUTE_MS, openIntervalsOn} from '@portico/sdk/domain';
import {iso} from './define-cases.js';
import {expectProblem, expectStatus, ok} from './expect.js';
import {ApiClient} from './http.js';
import type {CallOptions} from './http.js';

/** A free interval of a bookable resource, as the server's availability reports it. */
export interface Slot {
  readonly resource: Resource;
  readonly start: number;
  readonly end: number;
}

export interface Login {
  readonly token: string;
  readonly member: Profile;
}

/** A call {@link CaseContext.expectNotFound} makes: the route, its parts but the token, what it means. */
export type NotFoundCall = readonly [
  RouteName,
  Omit<CallOptions, 'token' | 'idempotencyKey'>,
  string,
];

/** What every case gets: the client, the server's clock after the reset, and helpers. */
export class CaseContext {
  readonly api: ApiClient;
  /** The server's time right after the reset (moved by {@link setClock}). */
  now: number;
  /** True once the case has moved the server's clock. */
  clockMoved = false;
  /** True once the case has set a latency on the server. */
  latencySet = false;
  /** The slug of a second seeded space, for isolation across spaces. */
  readonly otherSpaceSlug: string;
  #space: Space | undefined;
  #resources: Resource[] | undefined;
  #keys = 0;

  constructor(api: ApiClient, now: number, otherSpace = 'harbour') {
    this.api = api;
    this.now = now;
    this.otherSpaceSlug = otherSpace;
  }

  /** A client for the other seeded space, on the same server. */
  otherSpace(): ApiClient {
    return new ApiClient(this.api.apiUrl, this.otherSpaceSlug);
  }

  /** Delays every answer of the server by `ms` (dev route); the runner sets it back to 0. */
  async setLatency(ms: number): Promise<void> {
    const reply = await this.api.call('devSetLatency', {body: {ms}});
    expectStatus(reply, 200, 'POST /__dev/latency');
    this.latencySet = true;
  }

  /** Calls a route as a first attempt: with a fresh Idempotency-Key, never a retry's. */
  send<N extends RouteName>(name: N, options: Omit<CallOptions, 'idempotencyKey'> = {}) {
    return this.api.call(name, {...options, idempotencyKey: this.key()});
  }

  /**
   * Each call, made with `token` by a member who does not own what it names, answers
   * `404 not_found` (a call of an idempotent route goes as a first attempt, with a fresh key).
   */
  async expectNotFound(token: string, calls: readonly NotFoundCall[]): Promise<void> {
    for (const [name, options, what] of calls) {
      const call = {...options, token};
      const route: RouteDefinition = routes[name];
      const reply = route.idempotent
        ? await this.send(name, call)
        : await this.api.call(name, call);
      expectProblem(reply, 'not_found', what);
    }
  }

  /** A fresh Idempotency-Key. */
  key(): string {
    return `conformance-${Date.now().toString(36)}-${(this.#keys++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  }

  async space(): Promise<Space> {
    if (this.#space) return this.#space;
    const reply = await this.api.call('getSpace');
    expectStatus(reply, 200, 'GET the space');
    return (this.#space = reply.body);
  }

  async resources(): Promise<Resource[]> {
    if (this.#resources) return this.#resources;
    const reply = await this.api.call('listResources');
    expectStatus(reply, 200, 'GET /resources');
    return (this.#resources = reply.body.items);
  }

  /** The newest one-time code mailed to `email` that was not in `seen`. */
  async mailboxCodes(email: string, api = this.api): Promise<string[]> {
    const reply = await api.call('devMailbox', {query: {email}});
    expectStatus(reply, 200, 'GET /__dev/mailbox (the suite needs the dev routes)');
    return reply.body.messages.map((message) => JSON.stringify(message));
  }

  /** Asks for a code and returns it with its challenge, read from the dev mailbox. */
  async requestCode(email: string, api = this.api): Promise<{challengeId: string; code: string}> {
    const before = new Set(await this.mailboxCodes(email, api));
    const challenge = await api.call('requestCode', {body: {email}});
    expectStatus(challenge, 202, `POST /auth/otp for ${email}`);
    const fresh = (await this.mailboxCodes(email, api))
      .filter((message) => !before.has(message))
      .map((message) => JSON.parse(message) as {code: string | null})
      .find((message) => message.code !== null);
    ok(fresh?.code, `no new mail with a code reached ${email} after POST /auth/otp`);
    return {challengeId: challenge.body.challengeId, code: fresh.code};
  }

  /** Logs in through the emailed code (to another space with `api`: {@link otherSpace}). */
  async login(email: string, api = this.api): Promise<Login> {
    const {challengeId, code} = await this.requestCode(email, api);
    const reply = await api.call('verifyCode', {body: {challengeId, code}});
    expectStatus(reply, 200, `log in as ${email}`);
    ok(
      reply.body.member.email === email,
      `logged in as ${email} but /auth/otp/verify answered ${reply.body.member.email}`,
    );
    return {token: reply.body.session.token, member: reply.body.member};
  }

  /** Sets the server's clock (dev route). */
  async setClock(time: number): Promise<void> {
    const reply = await this.api.call('devSetClock', {body: {now: iso(time)}});
    expectStatus(reply, 200, 'POST /__dev/clock');
    this.now = Date.parse(reply.body.now);
    this.clockMoved = true;
  }

  /**
   * The space's open and closed stretches from today on, read from its published hours and
   * closures: `open` is the first instant (at or after now) the space is open and `closed` the
   * first it is not, so a case can move the clock into either.
   */
  async openingTimes(): Promise<{open: number; closed: number}> {
    const space = await this.space();
    const today = calendarDayOf(this.now, space.timeZone);
    let open: number | undefined;
    let closed: number | undefined;
    let cursor = this.now;
    for (let d = 0; d < 14 && (open === undefined || closed === undefined); d++) {
      const day = addDays(today, d);
      for (const o of openIntervalsOn(day, space.openingHours, space.timeZone, space.closures)) {
        if (o.end <= cursor) continue;
        if (o.start > cursor) closed ??= cursor;
        open ??= Math.max(o.start, cursor);
        cursor = o.end;
      }
    }
    ok(open !== undefined && closed !== undefined, 'the space is never open, or never closed');
    return {open, closed};
  }

  /** Current credits of a member. */
  async credits(token: string): Promise<number> {
    const reply = await this.api.call('getCredits', {token});
    expectStatus(reply, 200, 'GET /me/credits');
    return reply.body.total;
  }

  /**
   * Free slots of rooms booked with credits and without approval, in the coming week,
   * earliest first, each as long as the resource's shortest allowed booking. Meeting rooms
   * come first: one booking takes the whole room, so a second one must conflict.
   */
  async slots(
    options: {after?: number; filter?: (resource: Resource) => boolean} = {},
  ): Promise<Slot[]> {
    const after = options.after ?? this.now;
    const resources = (await this.resources()).filter(
      (resource) =>
        resource.creditsPerHour !== null &&
        resource.creditsPerHour > 0 &&
        !resource.rules.requiresApproval &&
        (options.filter?.(resource) ?? true),
    );
    ok(resources.length > 0, 'the space has no resource booked with credits and without approval');
    const from = Math.floor(this.now / MINUTE_MS) * MINUTE_MS;
    const reply = await this.api.call('getAvailability', {
      query: {
        from: iso(from),
        to: iso(from + 7 * 24 * 60 * MINUTE_MS),
        resourceIds: resources.map((r) => r.id).join(','),
      },
    });
    expectStatus(reply, 200, 'GET /availability');
    const rank = (resource: Resource) => (resource.type === 'meeting_room' ? 0 : 1);
    const found: Slot[] = [];
    for (const resource of [...resources].sort((a, b) => rank(a) - rank(b))) {
      const availability = reply.body.resources.find((entry) => entry.resourceId === resource.id);
      if (!availability) continue;
      const {slotMinutes, minMinutes, maxMinutes, bufferMinutes} = resource.rules;
      const minutes = Math.min(
        Math.ceil(Math.max(minMinutes, slotMinutes) / slotMinutes) * slotMinutes,
        maxMinutes,
      );
      const step = Math.ceil((minutes + bufferMinutes) / slotMinutes) * slotMinutes * MINUTE_MS;
      for (const run of mergeRuns(availability.free)) {
        for (let start = run.start; start + minutes * MINUTE_MS <= run.end; start += step) {
          if (start >= after) found.push({resource, start, end: start + minutes * MINUTE_MS});
        }
      }
    }
    ok(found.length > 0, 'no free slot in the coming week for any resource booked with credits');
    return found.sort((a, b) => rank(a.resource) - rank(b.resource) || a.start - b.start);
  }
}

/** Joins overlapping or back-to-back intervals (free ranges should come merged; this does not rely on it). */
function mergeRuns(
  intervals: readonly {start: string; end: string}[],
): {start: number; end: number}[] {
  const sorted = intervals
    .map((i) => ({start: Date.parse(i.start), end: Date.parse(i.end)}))
    .sort((a, b) => a.start - b.start);
  const runs: {start: number; end: number}[] = [];
  for (const interval of sorted) {
    const last = runs.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else runs.push({...interval});
  }
  return runs;
}
