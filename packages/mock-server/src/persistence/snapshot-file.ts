import * as fs from 'node:fs';
import type {Row, Snapshot} from '../state/db.js';
import {writeFileAtomic} from './fsync.js';

const FORMAT = 'portico-snapshot/1';

/** A snapshot file that exists but cannot be read; it is only ever replaced atomically. */
export class SnapshotCorruptError extends Error {
  override name = 'SnapshotCorruptError' as const;
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`[Portico] Failed to read the snapshot ${path}: ${reason}. Nothing was changed.`);
  }
}

/** Reads a snapshot written by {@link writeSnapshot}, or undefined when there is none yet. */
export function readSnapshot(path: string): Snapshot | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SnapshotCorruptError(path, (error as Error).message);
  }
  const file = value as {format?: unknown; seq?: unknown; tables?: unknown};
  if (file?.format !== FORMAT) throw new SnapshotCorruptError(path, `its format is not ${FORMAT}`);
  if (!Number.isSafeInteger(file.seq))
    throw new SnapshotCorruptError(path, 'seq is not an integer');
  if (typeof file.tables !== 'object' || file.tables === null) {
    throw new SnapshotCorruptError(path, 'tables is not an object');
  }
  return {seq: file.seq as number, tables: file.tables as Record<string, Row[]>};
}

/**
 * Writes the snapshot to a temporary file, fsyncs it, renames it over `path` and fsyncs the
 * folder; answers its size in bytes.
 */
export function writeSnapshot(path: string, snapshot: Snapshot): number {
  const file = {
    format: FORMAT,
    seq: snapshot.seq,
    savedAt: new Date().toISOString(),
    tables: snapshot.tables,
  };
  const text = JSON.stringify(file);
  writeFileAtomic(path, text);
  return Buffer.byteLength(text);
}
