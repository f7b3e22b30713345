/**
 * The mock server's state: named tables of plain JSON records, changed only inside
 * `transaction()`. A transaction runs synchronously, so two requests can never
 * interleave inside one (that is what makes "two members race for one slot" safe),
 * and either all its writes happen or none do. Each committed transaction is handed
 * to `onCommit` listeners as a change set, which is what the durable journal writes
 * before the response is sent, and what realtime events are derived from.
 */

/** A stored record: any JSON object with a string `id`. */
export interface Row {
  readonly id: string;
  [field: string]: unknown;
}

export type Change =
  | {readonly op: 'put'; readonly table: string; readonly row: Row}
  | {readonly op: 'delete'; readonly table: string; readonly id: string};

export interface ChangeSet {
  /** Increases by one per committed transaction that changed something. */
  readonly seq: number;
  readonly changes: readonly Change[];
}

/** The whole state as plain data, for snapshots and resets. */
export type Snapshot = {readonly seq: number; readonly tables: Record<string, Row[]>};

export interface Transaction {
  get<T extends Row>(table: string, id: string): T | undefined;
  all<T extends Row>(table: string): T[];
  put<T extends Row>(table: string, row: T): T;
  delete(table: string, id: string): void;
}

export type CommitListener = (changeSet: ChangeSet) => void;

export class Db {
  #tables = new Map<string, Map<string, Row>>();
  #seq = 0;
  #listeners = new Set<CommitListener>();
  #inTransaction = false;

  get seq(): number {
    return this.#seq;
  }

  /** Reads outside a transaction see committed data only. */
  get<T extends Row>(table: string, id: string): T | undefined {
    return this.#tables.get(table)?.get(id) as T | undefined;
  }

  all<T extends Row>(table: string): T[] {
    return [...(this.#tables.get(table)?.values() ?? [])] as T[];
  }

  /**
   * Runs `fn` atomically. Writes are buffered and applied only if `fn` returns; if it
   * throws, nothing changes. Listeners run after the writes are applied, in order.
   */
  transaction<R>(fn: (tx: Transaction) => R): R {
    if (this.#inTransaction)
      throw new Error('[Portico] Failed to start a transaction: one is already running.');
    this.#inTransaction = true;
    const pending = new Map<string, Change>();
    const keyOf = (table: string, id: string) => `${table}\u0000${id}`;
    const tx: Transaction = {
      get: <T extends Row>(table: string, id: string) => {
        const change = pending.get(keyOf(table, id));
        if (change) return change.op === 'put' ? (change.row as T) : undefined;
        return this.get<T>(table, id);
      },
      all: <T extends Row>(table: string) => {
        const rows = new Map(this.#tables.get(table) ?? []);
        for (const change of pending.values()) {
          if (change.table !== table) continue;
          if (change.op === 'put') rows.set(change.row.id, change.row);
          else rows.delete(change.id);
        }
        return [...rows.values()] as T[];
      },
      put: <T extends Row>(table: string, row: T) => {
        const frozen = structuredClone(row);
        pending.set(keyOf(table, row.id), {op: 'put', table, row: frozen});
        return frozen;
      },
      delete: (table: string, id: string) => {
        pending.set(keyOf(table, id), {op: 'delete', table, id});
      },
    };
    try {
      const result = fn(tx);
      if (pending.size > 0) this.#apply({seq: this.#seq + 1, changes: [...pending.values()]}, true);
      return result;
    } finally {
      this.#inTransaction = false;
    }
  }

  /** Applies a change set read back from a journal (no listeners are told). */
  replay(changeSet: ChangeSet): void {
    this.#apply(changeSet, false);
  }

  /**
   * Resolves once every committed change is durable, or null when there is nothing to wait
   * for (always, in memory). The dispatcher awaits it before answering, so no answer shows
   * or acknowledges a change that a crash could still lose.
   */
  whenDurable(): Promise<void> | null {
    return null;
  }

  onCommit(listener: CommitListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  snapshot(): Snapshot {
    const tables: Record<string, Row[]> = {};
    for (const [name, rows] of this.#tables) tables[name] = [...rows.values()];
    return structuredClone({seq: this.#seq, tables});
  }

  /** Replaces the whole state (reset, or loading a snapshot from disk). */
  load(snapshot: Snapshot): void {
    this.#tables = new Map(
      Object.entries(snapshot.tables).map(([name, rows]) => [
        name,
        new Map(rows.map((row) => [row.id, structuredClone(row)])),
      ]),
    );
    this.#seq = snapshot.seq;
  }

  #apply(changeSet: ChangeSet, notify: boolean): void {
    for (const change of changeSet.changes) {
      let table = this.#tables.get(change.table);
      if (!table) this.#tables.set(change.table, (table = new Map()));
      if (change.op === 'put') table.set(change.row.id, change.row);
      else table.delete(change.id);
    }
    this.#seq = changeSet.seq;
    if (notify) for (const listener of this.#listeners) listener(changeSet);
  }
}
