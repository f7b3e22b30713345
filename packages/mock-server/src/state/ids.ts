import type {Transaction} from './db.js';
import type {CountersMeta} from './rows.js';
import {TABLES} from './rows.js';

/** Runtime ids start here; seeded rows use readable ids (`bk_s12`, `mem_ada`) that never collide. */
const FIRST_ID = 1001;

/**
 * The next id for `prefix`, e.g. `bk_1001`: deterministic, and kept in the Db so the journal
 * restores it with everything else.
 */
export function nextId(tx: Transaction, prefix: string): string {
  const counters = tx.get<CountersMeta>(TABLES.meta, 'counters') ?? {id: 'counters', next: {}};
  const n = counters.next[prefix] ?? FIRST_ID;
  tx.put<CountersMeta>(TABLES.meta, {...counters, next: {...counters.next, [prefix]: n + 1}});
  return `${prefix}_${n}`;
}

/** An unguessable token for sessions (base64url, 32 random bytes). */
export function randomToken(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return prefix + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Whether two tokens are equal, in a time that depends on their length only, so timing a
 * guess tells nothing about how much of it was right.
 */
export function sameToken(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** A uniformly random 6-digit one-time code. */
export function randomCode(): string {
  // Rejection sampling keeps every code equally likely (2^32 is not a multiple of 10^6).
  const limit = Math.floor(0x1_0000_0000 / 1_000_000) * 1_000_000;
  for (;;) {
    const [value] = crypto.getRandomValues(new Uint32Array(1));
    if (value !== undefined && value < limit) return String(value % 1_000_000).padStart(6, '0');
  }
}
