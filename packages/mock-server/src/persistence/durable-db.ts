import * as fs from 'node:fs';
import {join} from 'node:path';
import {Db} from '../state/db.js';
import type {ChangeSet, Snapshot} from '../state/db.js';
import {Journal, readJournal} from './journal.js';
import type {SyncFn} from './journal.js';
import {acquireLock} from './lock.js';
import type {FolderLock} from './lock.js';
import {readSnapshot, writeSnapshot} from './snapshot-file.js';

/** The journal may grow to this many times the last snapshot before it is compacted into a new one. */
export const SNAPSHOT_RATIO = 4;

export interface DurableDbOptions {
  /**
   * Write a snapshot and empty the journal after this many change sets (tests use it).
   * @default Infinity: the journal's size decides, see {@link snapshotBytes}
   */
  snapshotEvery?: number;
  /**
   * ...or once the journal is larger than this many bytes, or than the last snapshot times
   * {@link SNAPSHOT_RATIO}, whichever is larger. Writing a snapshot costs the whole state, so
   * it waits until the journal has grown in proportion: its cost per commit stays flat as the
   * state grows, and a restart replays at most a few snapshots' worth of lines.
   * @default 8_388_608 (8 MiB)
   */
  snapshotBytes?: number;
  /**
   * Where diagnostics go (already prefixed with `[Portico]`).
   * @default console.warn
   */
  log?: (message: string) => void;
  /**
   * How the journal is made durable: `fs.fdatasync` unless a test injects a spy.
   * @default (fd, done) => fs.fdatasync(fd, done)
   */
  sync?: SyncFn;
}

/**
 * A {@link Db} kept in a data folder: `snapshot.json` (the whole state at some `seq`) plus
 * `journal.ndjson` (every change set committed since, one per line). Each commit is written
 * inside the commit listener, in commit order; {@link whenDurable} resolves once an
 * `fdatasync` that started after it has finished, and the dispatcher awaits that before it
 * answers. Commits that arrive while a sync is in flight share the next one (group commit).
 *
 * The folder is locked by a Unix socket `portico.lock` (see {@link acquireLock}), which the
 * kernel releases when this process dies, so a restart after `kill -9` is never locked out.
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
 * const db = await DurableDb.open('./portico-data');
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
  readonly #lock: FolderLock;
  readonly #options: Required<Omit<DurableDbOptions, 'sync'>>;
  #compactionScheduled = false;
  /** The size of the last snapshot written or read, in bytes. */
  #snapshotSize = 0;
  #failure: Error | undefined;
  #opening = true;
  #closed = false;

  private constructor(dir: string, options: DurableDbOptions, lock: FolderLock) {
    super();
    this.dir = dir;
    this.#options = {
      snapshotEvery: options.snapshotEvery ?? Infinity,
      snapshotBytes: options.snapshotBytes ?? 8 * 1024 * 1024,
      log: options.log ?? ((message) => console.warn(message)),
    };
    this.#lock = lock;
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
    if (snapshot) {
      super.load(snapshot);
      this.#snapshotSize = fs.statSync(this.#snapshotPath).size;
    }
    for (const changeSet of contents.changeSets) this.replay(changeSet);
    this.restored = snapshot !== undefined || contents.changeSets.length > 0;
    this.#journal = new Journal(journalPath, contents.validBytes, options.sync);
    this.onCommit((changeSet) => this.#append(changeSet));
    this.#opening = false;
  }

  /** Opens (creating it if needed) and locks a data folder, and loads what it holds. */
  static async open(dir: string, options: DurableDbOptions = {}): Promise<DurableDb> {
    fs.mkdirSync(dir, {recursive: true});
    const lock = await acquireLock(join(dir, 'portico.lock'));
    try {
      return new DurableDb(dir, options, lock);
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /** The write error that stopped the journal, if any; the state in memory is then ahead of the disk. */
  get failure(): Error | undefined {
    return this.#failure;
  }

  /** Resolves once every commit so far is fdatasynced (group commit); null when it already is. */
  override whenDurable(): Promise<void> | null {
    if (this.#journal.isSynced) return null;
    return this.#journal.synced().catch((error: unknown) => {
      throw this.#fail(error);
    });
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
      this.#snapshotSize = writeSnapshot(this.#snapshotPath, this.peek());
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
      this.#lock.release();
    }
  }

  /**
   * Lets go of the folder as a killed process would: no snapshot, no last sync.
   * @internal For tests that simulate `kill -9` inside one process.
   */
  abandon(): void {
    this.#closed = true;
    this.#lock.release();
  }

  #append(changeSet: ChangeSet): void {
    this.#guard();
    try {
      this.#journal.append(changeSet); // durable once whenDurable() resolves
    } catch (error) {
      throw this.#fail(error);
    }
    const journal = this.#journal;
    const byteLimit = Math.max(this.#options.snapshotBytes, this.#snapshotSize * SNAPSHOT_RATIO);
    if (journal.lines < this.#options.snapshotEvery && journal.bytes < byteLimit) return;
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
    if (this.#failure) return this.#failure;
    this.#failure = new Error(
      `[Portico] Failed to write the data folder ${this.dir}: ${(error as Error).message}. ` +
        'Changes are no longer saved; restart the server once the disk is writable.',
      {cause: error},
    );
    this.#options.log(this.#failure.message);
    return this.#failure;
  }
}
