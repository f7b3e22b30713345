import type {Availability} from '@portico/sdk/contract';
import type {Db} from '../state/db.js';

interface Entry {
  readonly seq: number;
  readonly computedAt: number;
  /** The answer holds while `now` ≤ this (see {@link AvailabilityMemo.set}). */
  readonly validUntil: number;
  readonly body: Availability;
  /** The body encoded once, on the first hit: later hits send these bytes as they are. */
  bytes: Uint8Array<ArrayBuffer> | null;
}

const CAPACITY = 64;
const memos = new WeakMap<Db, Map<string, Entry>>();

/**
 * Remembers availability answers per Db, exactly: an entry is used only while the Db has not
 * committed anything since (`seq`), the clock has not gone back, and `now` has not reached
 * `validUntil` (the next midnight of the space, when the advance limit moves, or the moment
 * the first listed slot falls inside its minimum notice). A calendar polling the same week,
 * or many members opening it, then costs a lookup instead of a week of slots per resource.
 */
const encoder = new TextEncoder();

export const availabilityMemo = {
  get(db: Db, key: string, now: number): Entry | undefined {
    const entry = memos.get(db)?.get(key);
    if (!entry || entry.seq !== db.seq || now < entry.computedAt || now > entry.validUntil)
      return undefined;
    return entry;
  },

  /** The entry's body as JSON bytes, encoded on first use. */
  bytes(entry: Entry): Uint8Array<ArrayBuffer> {
    return (entry.bytes ??= encoder.encode(JSON.stringify(entry.body)));
  },

  set(db: Db, key: string, entry: Omit<Entry, 'bytes' | 'seq'>): void {
    let memo = memos.get(db);
    if (!memo) memos.set(db, (memo = new Map()));
    memo.delete(key);
    memo.set(key, {...entry, seq: db.seq, bytes: null});
    if (memo.size > CAPACITY) memo.delete(memo.keys().next().value as string);
  },

  /** Forgets everything for `db` (a reset replaces its state without committing). */
  clear(db: Db): void {
    memos.delete(db);
  },
};
