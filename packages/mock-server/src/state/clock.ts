import {parseInstant} from '@portico/sdk/domain';
import type {Db} from './db.js';
import type {ClockMeta} from './rows.js';
import {TABLES} from './rows.js';

/** The mock server's clock: real time (or the `now` option) shifted by `POST /__dev/clock`. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Moves the clock so that it reads `iso` now; time keeps running from there. */
  set(iso: string): void;
}

/**
 * A clock whose offset lives in the Db (table `meta`, row `clock`), so a journal restores it
 * and a reset keeps it.
 */
export function createClock(db: Db, base: () => number): Clock {
  const offset = () => db.get<ClockMeta>(TABLES.meta, 'clock')?.offsetMs ?? 0;
  return {
    now: () => base() + offset(),
    set(iso) {
      const offsetMs = parseInstant(iso) - base();
      db.transaction((tx) => tx.put<ClockMeta>(TABLES.meta, {id: 'clock', offsetMs}));
    },
  };
}
