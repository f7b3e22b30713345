import * as fs from 'node:fs';
import type {Change, ChangeSet} from '../state/db.js';
import {writeFully} from './fsync.js';

/** What was read back from a journal file. */
export interface JournalContents {
  /** Change sets newer than the snapshot, in order. */
  readonly changeSets: ChangeSet[];
  /** Lines at or below the snapshot's seq, left over from a crash before rotation. */
  readonly skipped: number;
  /** The 1-based number of a torn last line that was dropped, if any. */
  readonly tornLine: number | undefined;
  /** Where the last whole line ends: the file is cut back to this length. */
  readonly validBytes: number;
}

/** A journal line that cannot be read, and is not the last one (so not a torn write). */
export class JournalCorruptError extends Error {
  override name = 'JournalCorruptError' as const;
  constructor(
    readonly path: string,
    readonly line: number,
    reason: string,
  ) {
    super(
      `[Portico] Failed to read the journal: line ${line} of ${path} is corrupt (${reason}). ` +
        'Nothing was changed; move the data folder away or repair that line, then start again.',
    );
  }
}

/**
 * Reads `journal.ndjson`: one change set per line, each line ending in `\n`. A last line
 * that is cut short or unreadable was never acknowledged (the `\n` is written in the same
 * write that is fsynced before the response), so it is reported as torn, not as corrupt.
 */
export function readJournal(path: string, afterSeq: number): JournalContents {
  let data: Buffer;
  try {
    data = fs.readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return {changeSets: [], skipped: 0, tornLine: undefined, validBytes: 0};
    }
    throw error;
  }
  const changeSets: ChangeSet[] = [];
  let skipped = 0;
  let previousSeq = 0;
  let start = 0;
  for (let line = 1; start < data.length; line++) {
    const newline = data.indexOf(0x0a, start);
    const isLast = newline === -1 || newline === data.length - 1;
    const parsed =
      newline === -1
        ? 'the line has no end'
        : parseChangeSet(data.toString('utf8', start, newline));
    if (typeof parsed === 'string') {
      if (isLast) return {changeSets, skipped, tornLine: line, validBytes: start};
      throw new JournalCorruptError(path, line, parsed);
    }
    if (parsed.seq <= previousSeq) {
      throw new JournalCorruptError(path, line, `seq ${parsed.seq} does not follow ${previousSeq}`);
    }
    previousSeq = parsed.seq;
    if (parsed.seq <= afterSeq) skipped++;
    else changeSets.push(parsed);
    start = newline + 1;
  }
  return {changeSets, skipped, tornLine: undefined, validBytes: start};
}

/**
 * Makes what was written to `fd` durable, then calls `done`: `fs.fdatasync` by default.
 * Tests inject a spy here to prove that no answer leaves before its data is synced.
 */
export type SyncFn = (fd: number, done: (error: Error | null) => void) => void;

const fdatasync: SyncFn = (fd, done) => fs.fdatasync(fd, done);

interface Waiter {
  readonly line: number;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/**
 * An open journal file that change sets are appended to, with group commit: `append()`
 * writes a line at once (so lines are in commit order), and `synced()` resolves once an
 * `fdatasync` that started after that line was written has finished. Lines written while a
 * sync is in flight share the next one, so ten concurrent writers pay for about two syncs,
 * not ten, and each of them still waits for its own line to be on disk.
 */
export class Journal {
  readonly path: string;
  readonly #sync: SyncFn;
  #fd: number | undefined;
  #bytes: number;
  #lines = 0;
  /** Lines written since the file was opened (not reset by rotation). */
  #written = 0;
  /** `#written` as it was when the last successful sync started. */
  #synced = 0;
  #syncing = false;
  #waiters: Waiter[] = [];
  #failure: Error | undefined;

  /** Opens `path` for appending, first cutting it back to `validBytes` (dropping a torn line). */
  constructor(path: string, validBytes: number, sync: SyncFn = fdatasync) {
    this.path = path;
    this.#sync = sync;
    this.#fd = fs.openSync(path, 'a');
    if (fs.fstatSync(this.#fd).size !== validBytes) {
      fs.ftruncateSync(this.#fd, validBytes);
      fs.fsyncSync(this.#fd);
    }
    this.#bytes = validBytes;
  }

  /** Bytes written since the last rotation. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Change sets written since the last rotation. */
  get lines(): number {
    return this.#lines;
  }

  /** True when every written line is known to be on disk. */
  get isSynced(): boolean {
    return this.#synced === this.#written;
  }

  /** Writes one change set (in the page cache; see {@link synced}). */
  append(changeSet: ChangeSet): void {
    if (this.#failure) throw this.#failure;
    const line = Buffer.from(
      JSON.stringify({seq: changeSet.seq, changes: changeSet.changes}) + '\n',
    );
    writeFully(this.#open(), line);
    this.#bytes += line.length;
    this.#lines++;
    this.#written++;
  }

  /** Resolves once every line written so far is on disk; rejects if a sync fails. */
  synced(): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#synced === this.#written) return Promise.resolve();
    const line = this.#written;
    const done = new Promise<void>((resolve, reject) =>
      this.#waiters.push({line, resolve, reject}),
    );
    if (!this.#syncing) this.#startSync();
    return done;
  }

  /** Empties the journal; call only once a snapshot holding every line is durable. */
  rotate(): void {
    const fd = this.#open();
    fs.ftruncateSync(fd, 0);
    fs.fsyncSync(fd);
    this.#bytes = 0;
    this.#lines = 0;
    // The snapshot holds every line written so far, and it is synced.
    this.#markSynced(this.#written);
  }

  close(): void {
    if (this.#fd === undefined) return;
    fs.fsyncSync(this.#fd);
    fs.closeSync(this.#fd);
    this.#fd = undefined;
    this.#markSynced(this.#written);
  }

  #startSync(): void {
    const fd = this.#open();
    const upTo = this.#written;
    this.#syncing = true;
    this.#sync(fd, (error) => {
      this.#syncing = false;
      if (this.#fd === undefined) return; // closed meanwhile: close() synced everything
      if (error) {
        this.#failure = error;
        const waiters = this.#waiters;
        this.#waiters = [];
        for (const waiter of waiters) waiter.reject(error);
        return;
      }
      this.#markSynced(upTo);
      // Lines written while this sync ran share the next one.
      if (this.#waiters.length > 0) this.#startSync();
    });
  }

  #markSynced(upTo: number): void {
    if (upTo <= this.#synced) return;
    this.#synced = upTo;
    const ready = this.#waiters.filter((waiter) => waiter.line <= upTo);
    this.#waiters = this.#waiters.filter((waiter) => waiter.line > upTo);
    for (const waiter of ready) waiter.resolve();
  }

  #open(): number {
    if (this.#fd === undefined)
      throw new Error(`[Portico] Failed to write ${this.path}: the journal is closed.`);
    return this.#fd;
  }
}

/** Returns the change set on a line, or why it is not one. */
function parseChangeSet(raw: string): ChangeSet | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return (error as Error).message;
  }
  if (!isObject(value)) return 'not a JSON object';
  const {seq, changes} = value;
  if (!Number.isSafeInteger(seq) || (seq as number) < 1) return 'seq is not a positive integer';
  if (!Array.isArray(changes)) return 'changes is not an array';
  for (const change of changes) if (!isChange(change)) return 'a change is not a put or a delete';
  return {seq: seq as number, changes: changes as Change[]};
}

function isChange(value: unknown): value is Change {
  if (!isObject(value) || typeof value.table !== 'string') return false;
  if (value.op === 'put') return isObject(value.row) && typeof value.row.id === 'string';
  return value.op === 'delete' && typeof value.id === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
