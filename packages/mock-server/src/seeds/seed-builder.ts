import {parseInstant} from '@portico/sdk/domain';
import type {Row} from '../state/db.js';
import type {LedgerMovement} from '../state/ledger.js';
import {linkEntry} from '../state/ledger.js';
import type {LedgerRow, TableName} from '../state/rows.js';
import {TABLES} from '../state/rows.js';

export type SeedMovement = LedgerMovement & {spaceId: string; memberId: string};

/** Collects seed rows per table; ids are readable and deterministic (`bk_s1`, `bk_s2`, …). */
export class SeedBuilder {
  readonly tables: Record<string, Row[]> = {};
  readonly now: number;
  readonly #counters = new Map<string, number>();
  /** Credit movements, written as ledger rows by {@link finish} once all are known. */
  readonly #movements: SeedMovement[] = [];

  constructor(now: number) {
    this.now = now;
  }

  movement(row: SeedMovement): void {
    this.#movements.push(row);
  }

  /**
   * Writes the ledger and returns every table. Seeds record movements in the order they
   * write them, which is not time order (a refund comes with its booking, days before the
   * next booking was made): each member's movements are chained in time order here, so
   * each `balanceAfter` is the one before plus `delta` and the times never go back.
   */
  finish(): Record<string, Row[]> {
    const byMember = new Map<string, SeedMovement[]>();
    for (const m of this.#movements)
      byMember.set(m.memberId, [...(byMember.get(m.memberId) ?? []), m]);
    for (const movements of byMember.values()) {
      // A stable sort: movements at the same instant keep the order they happened in.
      movements.sort((a, b) => parseInstant(a.at) - parseInstant(b.at));
      let previous: Pick<LedgerRow, 'seq' | 'at' | 'balanceAfter'> | undefined;
      for (const {spaceId, memberId, ...movement} of movements) {
        previous = this.add<LedgerRow>(TABLES.ledger, {
          id: this.id('led'),
          spaceId,
          memberId,
          ...linkEntry(previous, movement),
        });
      }
    }
    this.#movements.length = 0;
    return this.tables;
  }

  add<T extends Row>(table: TableName, row: T): T {
    (this.tables[table] ??= []).push(row);
    return row;
  }

  /** Replaces a row added before (rows are immutable elsewhere; seeds build them up). */
  replace<T extends Row>(table: TableName, row: T): T {
    const rows = this.tables[table] ?? [];
    const index = rows.findIndex((r) => r.id === row.id);
    if (index < 0) rows.push(row);
    else rows[index] = row;
    this.tables[table] = rows;
    return row;
  }

  rows<T extends Row>(table: TableName): T[] {
    return (this.tables[table] ?? []) as T[];
  }

  id(prefix: string): string {
    const n = (this.#counters.get(prefix) ?? 0) + 1;
    this.#counters.set(prefix, n);
    return `${prefix}_s${n}`;
  }
}
