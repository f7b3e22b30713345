import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fsModule from 'node:fs';
import {syncBuiltinESMExports} from 'node:module';
import {join} from 'node:path';
import {test} from 'node:test';
import {createMockServer} from '../src/node/index.js';
import type {SyncFn} from '../src/persistence/index.js';
import {login, request} from './helpers/cli-process.js';
import {tempDir} from './helpers/temp-dir.js';

/**
 * A real `fdatasync` that is slow on purpose and records, for each sync, how much of the
 * journal it covered: the file's size when it started. `synced` is the most any *finished*
 * sync covered, so a line ending at or below it is known to be on disk. While `hold()` returns
 * true, a sync does not finish (checked every 5 ms): the time a slow disk takes, without
 * depending on how fast a loaded machine delivers the requests.
 */
function spySync(delayMs: number, hold: () => boolean = () => false) {
  const spy = {calls: 0, finished: 0, synced: 0};
  const sync: SyncFn = (fd, done) => {
    spy.calls++;
    const covers = fs.fstatSync(fd).size;
    const finish = () => {
      if (hold()) return void setTimeout(finish, 5);
      fs.fdatasync(fd, (error) => {
        if (!error) {
          spy.finished++;
          spy.synced = Math.max(spy.synced, covers);
        }
        done(error);
      });
    };
    setTimeout(finish, delayMs);
  };
  return {spy, sync};
}

/** Where the journal line holding `marker` ends (in bytes), or -1. */
function lineEnd(journal: string, marker: string): number {
  const data = fs.readFileSync(journal);
  const at = data.indexOf(marker);
  return at === -1 ? -1 : data.indexOf(0x0a, at) + 1;
}

test('every acknowledged write is synced before its answer, and concurrent writes share syncs', async () => {
  const dir = tempDir();
  const writes = 10;
  // Once the writes start, a sync finishes only when all ten are in the journal (or after
  // 5 s): so they overlap a sync in flight however slowly a loaded machine sends them.
  let holdUntil = 0;
  const allWritten = () =>
    fs.readFileSync(join(dir, 'journal.ndjson'), 'utf8').split('Sync check ').length - 1 >= writes;
  const {spy, sync} = spySync(25, () => Date.now() < holdUntil && !allWritten());
  const server = await createMockServer({port: 0, dataDir: dir, dataOptions: {sync}});
  try {
    const base = `${server.apiUrl}/spaces/demo`;
    const token = await login(base, 'ada@example.com');
    assert.ok(spy.finished > 0, 'the login was synced');
    const callsBefore = spy.calls;
    holdUntil = Date.now() + 5_000;
    const answers = await Promise.all(
      Array.from({length: writes}, async (_, i) => {
        const company = `Sync check ${i} ${Date.now()}`;
        const reply = await request(`${base}/me`, {method: 'PATCH', token, body: {company}});
        // Read at the moment the answer arrives: its line must already be covered by a
        // sync that finished.
        const end = lineEnd(join(dir, 'journal.ndjson'), company);
        return {status: reply.status, end, synced: spy.synced};
      }),
    );
    for (const answer of answers) {
      assert.equal(answer.status, 200);
      assert.ok(answer.end > 0, 'the change is in the journal');
      assert.ok(
        answer.end <= answer.synced,
        `answered with its line ending at byte ${answer.end} while syncs covered ${answer.synced}`,
      );
    }
    const syncs = spy.calls - callsBefore;
    assert.ok(syncs >= 1, 'the writes were synced');
    // One sync for the first write, one shared by the nine that arrived while it ran.
    assert.ok(syncs <= 2, `${writes} concurrent writes took ${syncs} syncs`);
  } finally {
    await server.close();
  }
});

test('without an injected sync, each answer waits for a real fdatasync of its journal line', async (t) => {
  const dir = tempDir();
  // Watch node:fs itself: the journal's default sync must be a real fdatasync.
  const realFdatasync = fsModule.fdatasync;
  const seen = {calls: 0, synced: 0};
  t.mock.method(
    fsModule,
    'fdatasync',
    (fd: number, callback: (error: NodeJS.ErrnoException | null) => void) => {
      seen.calls++;
      const covers = fs.fstatSync(fd).size;
      realFdatasync(fd, (error) => {
        if (!error) seen.synced = Math.max(seen.synced, covers);
        callback(error);
      });
    },
  );
  syncBuiltinESMExports();
  const server = await createMockServer({port: 0, dataDir: dir});
  try {
    const base = `${server.apiUrl}/spaces/demo`;
    const token = await login(base, 'ada@example.com');
    const company = `Default sync ${Date.now()}`;
    const reply = await request(`${base}/me`, {method: 'PATCH', token, body: {company}});
    const end = lineEnd(join(dir, 'journal.ndjson'), company);
    assert.equal(reply.status, 200);
    assert.ok(end > 0, 'the change is in the journal');
    assert.ok(seen.calls > 0, 'fs.fdatasync was called');
    assert.ok(end <= seen.synced, `answered at byte ${end} while fdatasync covered ${seen.synced}`);
  } finally {
    await server.close();
    t.mock.restoreAll();
    syncBuiltinESMExports();
  }
});

test('reads wait for earlier writes to be synced before showing them', async () => {
  const dir = tempDir();
  const {spy, sync} = spySync(40);
  const server = await createMockServer({port: 0, dataDir: dir, dataOptions: {sync}});
  try {
    const base = `${server.apiUrl}/spaces/demo`;
    const token = await login(base, 'ada@example.com');
    const company = `Read check ${Date.now()}`;
    const write = request(`${base}/me`, {method: 'PATCH', token, body: {company}});
    // Sent while the write's sync is still in flight.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const read = await request(`${base}/me`, {token});
    assert.equal(read.body.company, company);
    assert.ok(
      lineEnd(join(dir, 'journal.ndjson'), company) <= spy.synced,
      'a read showed a change that was not on disk yet',
    );
    assert.equal((await write).status, 200);
  } finally {
    await server.close();
  }
});

test('a failed sync answers 503 and no later write is acknowledged', async () => {
  const dir = tempDir();
  let fail = false;
  const sync: SyncFn = (fd, done) =>
    fail ? done(Object.assign(new Error('EIO: i/o error'), {code: 'EIO'})) : fs.fdatasync(fd, done);
  const server = await createMockServer({
    port: 0,
    dataDir: dir,
    dataOptions: {sync, log: () => {}},
  });
  try {
    const base = `${server.apiUrl}/spaces/demo`;
    const token = await login(base, 'ada@example.com');
    fail = true;
    const write = await request(`${base}/me`, {method: 'PATCH', token, body: {company: 'Lost'}});
    assert.equal(write.status, 503);
    assert.equal(write.body.code, 'service_unavailable');
    assert.match(write.body.detail, /EIO/);
    fail = false;
    const next = await request(`${base}/me`, {method: 'PATCH', token, body: {company: 'Later'}});
    assert.equal(next.status, 503);
  } finally {
    await server.close();
  }
});
