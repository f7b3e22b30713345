import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {DurableDb, JournalCorruptError, readJournal} from '../src/persistence/index.js';
import {SNAPSHOT_RATIO} from '../src/persistence/durable-db.js';
import {tempDir} from './helpers/temp-dir.js';

function put(db: DurableDb, id: string, value: number): void {
  db.transaction((tx) => tx.put('things', {id, value}));
}

/** The ids of the rows in the test table, sorted: what survived a restart. */
function idsIn(db: DurableDb): string[] {
  return db
    .all('things')
    .map((row) => row.id)
    .sort();
}

/** Simulates `kill -9`: the lock is let go (the kernel does that), nothing is flushed by close(). */
function crash(db: DurableDb): void {
  db.abandon();
}

/** A new database in a fresh folder. */
async function freshDb(options?: Parameters<typeof DurableDb.open>[1]) {
  const dir = tempDir();
  return {dir, db: await DurableDb.open(dir, options)};
}

/** Opens `dir` again (a restart) and returns the ids it restored, sorted, then closes it. */
async function idsAfterRestart(dir: string): Promise<string[]> {
  const db = await DurableDb.open(dir);
  const ids = idsIn(db);
  db.close();
  return ids;
}

function quiet(): {log: (message: string) => void; messages: string[]} {
  const messages: string[] = [];
  return {messages, log: (message) => messages.push(message)};
}

test('DurableDb journals every commit and restores it after a crash', async () => {
  const {dir, db} = await freshDb();
  assert.equal(db.restored, false);
  put(db, 'a', 1);
  put(db, 'b', 2);
  db.transaction((tx) => tx.delete('things', 'a'));
  crash(db);
  const lines = fs.readFileSync(join(dir, 'journal.ndjson'), 'utf8').trim().split('\n');
  assert.equal(lines.length, 3);
  assert.deepEqual(JSON.parse(lines[2]!), {
    seq: 3,
    changes: [{op: 'delete', table: 'things', id: 'a'}],
  });

  const again = await DurableDb.open(dir);
  assert.equal(again.restored, true);
  assert.equal(again.seq, 3);
  assert.deepEqual(again.all('things'), [{id: 'b', value: 2}]);
  again.close();
});

test('a torn last line is dropped, cut away and logged', async () => {
  const {dir, db} = await freshDb();
  put(db, 'a', 1);
  crash(db);
  const path = join(dir, 'journal.ndjson');
  const whole = fs.statSync(path).size;
  fs.appendFileSync(path, '{"seq":2,"changes":[{"op":"put","tab');
  const {log, messages} = quiet();
  const again = await DurableDb.open(dir, {log});
  assert.deepEqual(again.all('things'), [{id: 'a', value: 1}]);
  assert.equal(fs.statSync(path).size, whole);
  assert.match(
    messages.join('\n'),
    /^\[Portico\] Dropped a torn write at line 2 of .*journal\.ndjson/,
  );
  put(again, 'c', 3);
  again.close();
  assert.deepEqual(await idsAfterRestart(dir), ['a', 'c']);
});

test('a complete last line without its newline was never acknowledged and is dropped', async () => {
  const {dir, db} = await freshDb();
  put(db, 'a', 1);
  crash(db);
  fs.appendFileSync(
    join(dir, 'journal.ndjson'),
    JSON.stringify({seq: 2, changes: [{op: 'put', table: 'things', row: {id: 'b'}}]}),
  );
  const again = await DurableDb.open(dir, quiet());
  assert.deepEqual(again.all('things'), [{id: 'a', value: 1}]);
  again.close();
});

test('a corrupt line in the middle is a fatal error naming the line, and changes nothing', async () => {
  const {dir, db} = await freshDb();
  put(db, 'a', 1);
  put(db, 'b', 2);
  put(db, 'c', 3);
  crash(db);
  const path = join(dir, 'journal.ndjson');
  const lines = fs.readFileSync(path, 'utf8').split('\n');
  lines[1] = '{"seq":2,"changes":[garbage';
  fs.writeFileSync(path, lines.join('\n'));
  const before = fs.readFileSync(path);
  await assert.rejects(
    DurableDb.open(dir),
    (error: unknown) =>
      error instanceof JournalCorruptError &&
      error.line === 2 &&
      /line 2 of .*journal\.ndjson is corrupt/.test(error.message),
  );
  assert.deepEqual(fs.readFileSync(path), before);
  assert.equal(fs.existsSync(join(dir, 'portico.lock')), false, 'a failed open releases the lock');
});

test('close() writes a snapshot and empties the journal; the next open loads it', async () => {
  const {dir, db} = await freshDb();
  put(db, 'a', 1);
  db.close();
  assert.equal(fs.statSync(join(dir, 'journal.ndjson')).size, 0);
  const snapshot = JSON.parse(fs.readFileSync(join(dir, 'snapshot.json'), 'utf8'));
  assert.equal(snapshot.seq, 1);
  assert.deepEqual(snapshot.tables.things, [{id: 'a', value: 1}]);
  const again = await DurableDb.open(dir);
  assert.equal(again.restored, true);
  put(again, 'b', 2);
  crash(again);
  const third = await DurableDb.open(dir);
  assert.equal(third.seq, 2);
  assert.deepEqual(idsIn(third), ['a', 'b']);
  third.close();
});

test('a crash between the snapshot and the journal rotation replays nothing twice', async () => {
  const {dir, db} = await freshDb();
  put(db, 'a', 1);
  put(db, 'a', 2);
  crash(db);
  const journal = fs.readFileSync(join(dir, 'journal.ndjson'));
  // Step 1 done (snapshot at seq 2 is durable), step 2 (truncate) never ran.
  const tidy = await DurableDb.open(dir);
  tidy.close();
  fs.writeFileSync(join(dir, 'journal.ndjson'), journal);
  assert.deepEqual(readJournal(join(dir, 'journal.ndjson'), 2).skipped, 2);
  const again = await DurableDb.open(dir);
  assert.equal(again.seq, 2);
  assert.deepEqual(again.all('things'), [{id: 'a', value: 2}]);
  put(again, 'b', 3);
  crash(again);
  assert.deepEqual(await idsAfterRestart(dir), ['a', 'b']);
});

test('a leftover snapshot.json.tmp from a crash mid-write is ignored', async () => {
  const {dir, db} = await freshDb();
  put(db, 'a', 1);
  db.close();
  fs.writeFileSync(join(dir, 'snapshot.json.tmp'), '{"format":"portico-snap');
  const again = await DurableDb.open(dir);
  assert.deepEqual(again.all('things'), [{id: 'a', value: 1}]);
  assert.equal(fs.existsSync(join(dir, 'snapshot.json.tmp')), false);
  again.close();
});

test('load() (a reset) is durable at once and keeps seq rising', async () => {
  const {dir, db} = await freshDb();
  put(db, 'a', 1);
  put(db, 'b', 2);
  db.load({seq: 0, tables: {things: [{id: 'seeded'}]}});
  assert.equal(db.seq, 2, 'a reset must not move seq back, or old journal lines would replay');
  assert.equal(fs.statSync(join(dir, 'journal.ndjson')).size, 0);
  put(db, 'c', 3);
  assert.equal(db.seq, 3);
  crash(db);
  assert.deepEqual(await idsAfterRestart(dir), ['c', 'seeded']);
});

test('the journal is compacted once it outgrows the last snapshot times SNAPSHOT_RATIO', async () => {
  const {dir, db} = await freshDb({snapshotBytes: 1});
  const nextTick = () => new Promise((resolve) => setImmediate(resolve));
  const snapshotSeq = () => JSON.parse(fs.readFileSync(join(dir, 'snapshot.json'), 'utf8')).seq;
  db.transaction((tx) => tx.put('things', {id: 'big', value: 'x'.repeat(10_000)}));
  await nextTick();
  assert.equal(snapshotSeq(), 1, 'past snapshotBytes with no snapshot yet: compacted');
  const snapshotSize = fs.statSync(join(dir, 'snapshot.json')).size;
  const journalSize = () => fs.statSync(join(dir, 'journal.ndjson')).size;
  let i = 0;
  while (journalSize() < snapshotSize * SNAPSHOT_RATIO - 100) {
    put(db, `t${i++}`, i);
    await nextTick();
  }
  assert.equal(snapshotSeq(), 1, 'a journal smaller than the ratio allows is left alone');
  while (snapshotSeq() === 1 && i < 10_000) {
    put(db, `t${i++}`, i);
    await nextTick();
  }
  assert.ok(journalSize() < 100, 'then it is compacted into a new snapshot');
  assert.equal(snapshotSeq(), db.seq);
  db.close();
});

test('the journal is compacted into a snapshot after snapshotEvery commits', async () => {
  const {dir, db} = await freshDb({snapshotEvery: 3});
  for (let i = 0; i < 4; i++) put(db, `t${i}`, i);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(JSON.parse(fs.readFileSync(join(dir, 'snapshot.json'), 'utf8')).seq, 4);
  assert.equal(fs.statSync(join(dir, 'journal.ndjson')).size, 0);
  put(db, 't4', 4);
  crash(db);
  const again = await DurableDb.open(dir);
  assert.equal(again.all('things').length, 5);
  again.close();
});
