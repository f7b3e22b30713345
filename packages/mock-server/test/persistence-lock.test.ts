import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import type {ChildProcess} from 'node:child_process';
import * as fs from 'node:fs';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import {DurableDb} from '../src/persistence/index.js';
import {killServers, request, startCli} from './helpers/cli-process.js';
import {tempDir} from './helpers/temp-dir.js';

const holders: ChildProcess[] = [];
after(() => {
  killServers();
  for (const holder of holders) holder.kill('SIGKILL');
});

/** A bare process that binds `path` as a Unix socket, as a server holding the folder does. */
async function socketHolder(path: string) {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `require('node:net')
        .createServer((socket) => socket.end(JSON.stringify({pid: process.pid})))
        .listen(${JSON.stringify(path)}, () => console.log('ready'))`,
    ],
    {stdio: ['ignore', 'pipe', 'inherit']},
  );
  holders.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the holder exited (${code})`)));
  });
  return child;
}

for (const [who, pid] of [
  ['pid 1', 1],
  ["this test's own pid", process.pid],
] as const) {
  test(`a stale lock file naming a live process (${who}) is taken over`, async () => {
    const dir = tempDir();
    fs.writeFileSync(join(dir, 'portico.lock'), String(pid));
    const db = await DurableDb.open(dir);
    try {
      db.transaction((tx) => tx.put('things', {id: 'a'}));
      assert.equal(db.seq, 1);
    } finally {
      db.close();
    }
  });
}

test('a socket left by a process killed with -9 is taken over at once; a live holder is refused', async () => {
  const dir = tempDir();
  const lockPath = join(dir, 'portico.lock');
  const holder = await socketHolder(lockPath);
  await assert.rejects(
    DurableDb.open(dir),
    new RegExp(
      `Failed to open the data folder .*: another Portico server \\(process ${holder.pid}\\) is using it`,
    ),
  );
  holder.kill('SIGKILL');
  await new Promise((resolve) => holder.once('exit', resolve));
  assert.ok(fs.existsSync(lockPath), 'kill -9 leaves the socket file behind');
  const db = await DurableDb.open(dir);
  db.close();
  assert.equal(fs.existsSync(lockPath), false, 'close() removes the socket file');
});

test('the CLI restarts 0.1 s after kill -9 on the same data folder and keeps the data', async () => {
  const dir = tempDir();
  const first = await startCli(['--data', dir]);
  const login = await request(`${first.base}/auth/otp`, {body: {email: 'ada@example.com'}});
  assert.equal(login.status, 202);
  process.kill(first.child.pid!, 'SIGKILL');
  await delay(100);
  const second = await startCli(['--data', dir]);
  try {
    assert.match(second.output.stderr, /continuing from seq \d+/);
    const mailbox = await request(`${second.base}/__dev/mailbox?email=ada%40example.com`);
    assert.equal(mailbox.status, 200);
    assert.ok(mailbox.body.messages.length >= 1, 'the code sent before the kill was kept');
  } finally {
    second.child.kill('SIGKILL');
    await second.exited;
  }
});

test('two live servers on one data folder: the second refuses with a message naming the first', async () => {
  const dir = tempDir();
  const first = await startCli(['--data', dir]);
  try {
    await assert.rejects(
      startCli(['--data', dir]),
      new RegExp(
        `exited \\(1\\) before listening:\\n\\[Portico\\] Failed to open the data folder .*: ` +
          `another Portico server \\(process ${first.child.pid}\\) is using it`,
      ),
    );
    // The first one still serves, and still holds the folder.
    assert.equal((await request(`${first.base}/resources`)).status, 200);
    await assert.rejects(DurableDb.open(dir), /another Portico server/);
  } finally {
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);
  }
  const reopened = await DurableDb.open(dir);
  reopened.close();
});
