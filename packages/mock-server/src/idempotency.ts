import type {Db, Transaction} from './state/db.js';
import type {IdempotencyRow} from './state/rows.js';
import {TABLES} from './state/rows.js';
import {invalidField, problem} from './problem.js';
import type {ProblemError} from './problem.js';

/** How long a key is remembered (Stripe keeps them 24 h). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const REPLAYED_HEADER = 'idempotent-replayed';

export interface IdempotentRequest {
  readonly spaceId: string;
  readonly memberId: string;
  /** The `Idempotency-Key` header. */
  readonly key: string;
  /** Route and canonical body; a retry with another fingerprint is `idempotency_key_reused`. */
  readonly fingerprint: string;
  readonly now: number;
}

export type IdempotencyStart =
  | {readonly kind: 'answer'; readonly response: Response}
  | {readonly kind: 'refuse'; readonly problem: ProblemError}
  | {
      readonly kind: 'proceed';
      /**
       * Stores the success response inside the handler's own transaction, so the effect and
       * the key are committed together: a crash can never keep one without the other.
       */
      recordIn(tx: Transaction, status: number, body: unknown, now: number): void;
      /** Stores an error response (unless a 5xx, which a retry should run again) and answers it. */
      finish(response: Response, now: number): Promise<Response>;
      /** Forgets the in-flight mark when the handler threw. */
      abort(): void;
    };

/** Checks an `Idempotency-Key` header: 1–255 visible ASCII characters. */
export function checkIdempotencyKey(key: string): ProblemError | null {
  return /^[\x21-\x7e]{1,255}$/.test(key)
    ? null
    : invalidField('headers.idempotency-key', 'Must be 1–255 visible ASCII characters');
}

/**
 * The IETF Idempotency-Key draft, per member: the first response to a key is stored in the Db
 * (so a journal keeps it) and answered again to a retry with the same body, with
 * `Idempotent-Replayed: true`. A different body is 422 `idempotency_key_reused`; a retry while
 * the first request still runs is 409 `idempotency_conflict`. "In flight" is kept in memory,
 * not in the Db: a process that dies has nothing in flight, and a restored mark would
 * refuse that key forever.
 */
export class IdempotencyKeys {
  readonly #db: Db;
  readonly #inFlight = new Set<string>();

  constructor(db: Db) {
    this.#db = db;
  }

  start(request: IdempotentRequest): IdempotencyStart {
    const id = `${request.spaceId}:${request.memberId}:${request.key}`;
    if (this.#inFlight.has(id)) {
      return {
        kind: 'refuse',
        problem: problem(
          'idempotency_conflict',
          'A request with this Idempotency-Key is still being processed; retry later.',
          {retryAfter: 1},
        ),
      };
    }
    const stored = this.#db.get<IdempotencyRow>(TABLES.idempotency, id);
    if (stored && request.now - stored.createdAtMs < IDEMPOTENCY_TTL_MS) {
      if (stored.fingerprint !== request.fingerprint) {
        return {
          kind: 'refuse',
          problem: problem(
            'idempotency_key_reused',
            'This Idempotency-Key was used with a different request; use a new key.',
          ),
        };
      }
      const {status, body, contentType} = stored.response;
      const headers: Record<string, string> = {[REPLAYED_HEADER]: 'true'};
      if (contentType) headers['content-type'] = contentType;
      return {kind: 'answer', response: new Response(body, {status, headers})};
    }
    this.#inFlight.add(id);
    let recorded = false;
    return {
      kind: 'proceed',
      recordIn: (tx, status, body, now) => {
        const text = body === undefined ? null : JSON.stringify(body);
        const contentType = text === null ? null : 'application/json';
        this.#store(tx, id, request, now, {status, body: text, contentType});
        recorded = true;
      },
      finish: async (response, now) => {
        try {
          if (recorded || response.status >= 500) return response;
          const body = response.status === 204 ? null : await response.text();
          const stored = {
            status: response.status,
            body,
            contentType: response.headers.get('content-type'),
          };
          this.#db.transaction((tx) => this.#store(tx, id, request, now, stored));
          return new Response(body, {status: response.status, headers: response.headers});
        } finally {
          this.#inFlight.delete(id);
        }
      },
      abort: () => void this.#inFlight.delete(id),
    };
  }

  #store(
    tx: Transaction,
    id: string,
    request: IdempotentRequest,
    now: number,
    response: IdempotencyRow['response'],
  ): void {
    // Forget this member's expired keys while here, so the table does not grow forever.
    for (const row of tx.all<IdempotencyRow>(TABLES.idempotency)) {
      if (row.memberId === request.memberId && now - row.createdAtMs >= IDEMPOTENCY_TTL_MS)
        tx.delete(TABLES.idempotency, row.id);
    }
    const {spaceId, memberId, key, fingerprint} = request;
    tx.put<IdempotencyRow>(TABLES.idempotency, {
      id,
      spaceId,
      memberId,
      key,
      fingerprint,
      createdAtMs: now,
      response,
    });
  }
}

/** JSON with sorted keys, so `{a, b}` and `{b, a}` fingerprint alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      );
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
