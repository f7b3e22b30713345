import type {JsonText} from '../../dispatcher/prepared.js';
import type {Db} from '../../state/db.js';

interface Entry {
  readonly seq: number;
  readonly computedAt: number;
  /** The answer holds while `now` ≤ this (see {@link availabilityMemo}). */
  readonly validUntil: number;
  /** The response body, serialized and encoded once: every hit sends these bytes as they are. */
  readonly json: JsonText;
}

const CAPACITY = 64;
const memos = new WeakMap<Db, Map<string, Entry>>();

/**
 * Remembers availability answers per Db as their JSON text, exactly: an entry is used only
 * while the Db has not committed anything since (`seq`), the clock has not gone back, and
 * `now` has not reached `validUntil` (the next midnight of the space, when the advance limit
 * moves, or the moment the first free range starts inside its minimum notice). A calendar
 * polling the same week, or many members opening it, then costs a lookup instead of a week
 * of slots per resource and a `JSON.stringify`.
 */
export const availabilityMemo = {
  /** The remembered JSON body for `key`, or undefined when there is none still valid. */
  get(db: Db, key: string, now: number): JsonText | undefined {
    const entry = memos.get(db)?.get(key);
    if (!entry || entry.seq !== db.seq || now < entry.computedAt || now > entry.validUntil)
      return undefined;
    return entry.json;
  },

  /** Remembers `json` for `key` as of the Db's current state (least recently set goes first). */
  set(db: Db, key: string, entry: Omit<Entry, 'seq'>): void {
    let memo = memos.get(db);
    if (!memo) memos.set(db, (memo = new Map()));
    memo.delete(key);
    memo.set(key, {...entry, seq: db.seq});
    if (memo.size > CAPACITY) memo.delete(memo.keys().next().value as string);
  },

  /** Forgets everything for `db` (a reset replaces its state without committing). */
  clear(db: Db): void {
    memos.delete(db);
  },
};
