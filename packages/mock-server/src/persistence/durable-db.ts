import * as fs from 'node:fs';
import {join} from 'node:path';
import {Db} from '../state/db.js';
import type {ChangeSet, Snapshot} from '../state/db.js';
import {Journal, readJournal} from './journal.js';
import {acquireLock} from './lock.js';
import {readSnapshot, writeSnapshot} from './snapshot-file.js';

export interface DurableDbOptions {
  /**
   * Write a snapshot and empty the journal after this many change sets.
   * @default 1000
   */
  snapshotEvery?: number;
  /**
   * ...or once the journal is larger than this many bytes.
   * @default 8_388_608 (8 MiB)
   */
  snapshotBytes?: number;
  /**
   * Where diagnostics go (already prefixed with `[Portico]`).
   * @default console.warn
   */
  log?: (message: string) => void;
}

/**
 * A {@link Db} kept in a data folder: `snapshot.json` (the whole state at some `seq`) plus
 * `journal.ndjson` (every change set committed since, one per line). Each commit is written
 * and fdatasynced inside the commit listener, so it is on disk before the route handler
 * returns and the response is sent.
 *
 * Compaction, all synchronous so no commit can slip in between the steps:
 * 1. write `snapshot.json.tmp`, fsync, rename over `snapshot.json`, fsync the folder;
 * 2. truncate the journal and fsync it.
 * A crash after step 1 leaves journal lines the snapshot already holds; they have
 * `seq <= snapshot.seq` and are skipped on replay.
 *
 * `load()` (a reset to a scenario) writes a snapshot at once, and keeps `seq` rising so
 * that rule still holds after a reset to a seed whose own `seq` is lower.
 *
 * @example
 * const db = DurableDb.open('./portico-data');
 * if (db.restored) { ... } else { seed it }
 * // later
 * db.close();
 */
export class DurableDb extends Db {
  /** True when the folder held a snapshot or journal lines that were loaded. */
  readonly restored: boolean;
  readonly dir: string;
  readonly #journal: Journal;
  readonly #snapshotPath: string;
  readonly #releaseLock: () => void;
  readonly #options: Required<DurableDbOptions>;
  #compactionScheduled = false;
  #failure: Error | undefined;
  #opening = true;
  #closed = false;

  private constructor(dir: string, options: DurableDbOptions) {
    super();
    this.dir = dir;
    this.#options = {
      snapshotEvery: options.snapshotEvery ?? 1000,
      snapshotBytes: options.snapshotBytes ?? 8 * 1024 * 1024,
      log: options.log ?? ((message) => console.warn(message)),
    };
    fs.mkdirSync(dir, {recursive: true});
    this.#releaseLock = acquireLock(join(dir, 'portico.lock'));
    try {
      this.#snapshotPath = join(dir, 'snapshot.json');
      fs.rmSync(`${this.#snapshotPath}.tmp`, {force: true});
      const snapshot = readSnapshot(this.#snapshotPath);
      const journalPath = join(dir, 'journal.ndjson');
      const contents = readJournal(journalPath, snapshot?.seq ?? 0);
      if (contents.tornLine !== undefined) {
        this.#options.log(
          `[Portico] Dropped a torn write at line ${contents.tornLine} of ${journalPath} ` +
            '(it was never acknowledged); the journal was cut back to the last whole line.',
        );
      }
      if (snapshot) super.load(snapshot);
      for (const changeSet of contents.changeSets) this.replay(changeSet);
      this.restored = snapshot !== undefined || contents.changeSets.length > 0;
      this.#journal = new Journal(journalPath, contents.validBytes);
    } catch (error) {
      this.#releaseLock();
      throw error;
    }
    this.onCommit((changeSet) => this.#append(changeSet));
    this.#opening = false;
  }

  /** Opens (creating it if needed) a data folder and loads what it holds. */
  static open(dir: string, options: DurableDbOptions = {}): DurableDb {
    return new DurableDb(dir, options);
  }

  /** The write error that stopped the journal, if any; the state in memory is then ahead of the disk. */
  get failure(): Error | undefined {
    return this.#failure;
  }

  /** Replaces the state (a reset) and makes the new state durable before returning. */
  override load(snapshot: Snapshot): void {
    if (this.#opening) return super.load(snapshot);
    super.load({seq: Math.max(this.seq, snapshot.seq), tables: snapshot.tables});
    this.checkpoint();
  }

  /** Writes a snapshot of the current state and empties the journal. */
  checkpoint(): void {
    this.#guard();
    try {
      writeSnapshot(this.#snapshotPath, this.snapshot());
      this.#journal.rotate();
    } catch (error) {
      throw this.#fail(error);
    }
  }

  /** Writes a last snapshot, closes the journal and releases the folder. */
  close(): void {
    if (this.#closed) return;
    try {
      if (this.#failure === undefined) this.checkpoint();
    } finally {
      this.#closed = true;
      this.#journal.close();
      this.#releaseLock();
    }
  }

  #append(changeSet: ChangeSet): void {
    this.#guard();
    try {
      this.#journal.append(changeSet);
    } catch (error) {
      throw this.#fail(error);
    }
    const journal = this.#journal;
    if (journal.lines < this.#options.snapshotEvery && journal.bytes < this.#options.snapshotBytes)
      return;
    if (this.#compactionScheduled) return;
    this.#compactionScheduled = true;
    // After the response, not inside the transaction: a snapshot must not delay this commit.
    setImmediate(() => {
      this.#compactionScheduled = false;
      if (this.#failure !== undefined || this.#closed) return;
      try {
        this.checkpoint();
      } catch {
        // Already logged by #fail; from now on every commit fails loudly instead.
      }
    });
  }

  #guard(): void {
    if (this.#failure) throw this.#failure;
    if (this.#closed)
      throw new Error(`[Portico] Failed to save a change: the data folder ${this.dir} is closed.`);
  }

  #fail(error: unknown): Error {
    this.#failure = new Error(
      `[Portico] Failed to write the data folder ${this.dir}: ${(error as Error).message}. ` +
        'Changes are no longer saved; restart the server once the disk is writable.',
      {cause: error},
    );
    this.#options.log(this.#failure.message);
    return this.#failure;
  }
}
