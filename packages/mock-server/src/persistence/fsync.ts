import * as fs from 'node:fs';
import {dirname} from 'node:path';

/** Writes all of `data` at the file's current position (O_APPEND: its end); `writeSync` may write less. */
export function writeFully(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) offset += fs.writeSync(fd, data, offset, data.length - offset);
}

/**
 * Makes a rename or a new file in `dir` durable. Linux needs the folder itself synced;
 * Windows cannot open a folder, and its renames are durable once the file is synced.
 */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes `path` so that a crash leaves either the old file or the new one, never a mix. */
export function writeFileAtomic(path: string, data: string): void {
  const temp = `${path}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    writeFully(fd, Buffer.from(data));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, path);
  fsyncDir(dirname(path));
}
