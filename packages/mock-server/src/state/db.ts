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
    const tx = new PendingWrites(this);
    try {
      const result = fn(tx);
      if (tx.pending.size > 0)
        this.#apply({seq: this.#seq + 1, changes: [...tx.pending.values()]}, true);
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
    return structuredClone(this.peek());
  }

  /**
   * The whole state as plain data that shares its rows with the Db: for a caller that
   * serializes it at once (a snapshot file), which then need not copy it first.
   */
  peek(): Snapshot {
    const tables: Record<string, Row[]> = {};
    for (const [name, rows] of this.#tables) tables[name] = [...rows.values()];
    return {seq: this.#seq, tables};
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

/**
 * A copy of a row that shares nothing with it. Rows are plain JSON (the journal stores them
 * so), which this copies several times faster than `structuredClone`, and every write pays it.
 */
export function cloneRow<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneRow) as T;
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = cloneRow(value[key]);
  return copy as T;
}

/**
 * The writes of one transaction, read back before the committed rows. A class, not an object
 * of closures, because a transaction is opened for every write request.
 */
class PendingWrites implements Transaction {
  readonly pending = new Map<string, Change>();
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  get<T extends Row>(table: string, id: string): T | undefined {
    const change = this.pending.get(keyOf(table, id));
    if (change) return change.op === 'put' ? (change.row as T) : undefined;
    return this.#db.get<T>(table, id);
  }

  all<T extends Row>(table: string): T[] {
    let rows: Map<string, Row> | undefined;
    for (const change of this.pending.values()) {
      if (change.table !== table) continue;
      // Copied only when this transaction changed the table; otherwise the committed rows.
      rows ??= new Map(this.#db.all<Row>(table).map((row) => [row.id, row]));
      if (change.op === 'put') rows.set(change.row.id, change.row);
      else rows.delete(change.id);
    }
    return rows ? ([...rows.values()] as T[]) : this.#db.all<T>(table);
  }

  put<T extends Row>(table: string, row: T): T {
    const frozen = cloneRow(row);
    this.pending.set(keyOf(table, row.id), {op: 'put', table, row: frozen});
    return frozen;
  }

  delete(table: string, id: string): void {
    this.pending.set(keyOf(table, id), {op: 'delete', table, id});
  }
}

const keyOf = (table: string, id: string) => `${table}\u0000${id}`;
