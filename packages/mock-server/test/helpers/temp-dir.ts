import * as fs from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after} from 'node:test';

const dirs: string[] = [];
// Registered when a test file imports this: its folders go when the file's tests are done.
after(() => {
  for (const dir of dirs) fs.rmSync(dir, {recursive: true, force: true});
});

/** A new empty folder under the OS temp folder, named `prefix…`, removed after the file's tests. */
export function tempDir(prefix = 'portico-test-'): string {
  const dir = fs.mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
