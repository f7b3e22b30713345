import {createHash, randomUUID} from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import {dirname, resolve} from 'node:path';

/** A data folder held by this process; `release()` lets another server open it. */
export interface FolderLock {
  /** The socket path (or, on Windows, the pipe name) that is bound while the lock is held. */
  readonly path: string;
  /** Closes the socket (which also removes its file); takes effect at once. */
  release(): void;
}

/** The error when another live server holds the folder. */
export class FolderLockedError extends Error {
  override name = 'FolderLockedError' as const;
  constructor(
    readonly path: string,
    readonly holder: string,
  ) {
    super(
      `[Portico] Failed to open the data folder ${dirname(path)}: another Portico server ` +
        `(${holder}) is using it (it holds ${path}). Stop that server first, or give this one ` +
        'another --data folder.',
    );
  }
}

/**
 * Takes the data folder by binding a Unix-domain socket at `path` (a named pipe on Windows).
 * The kernel closes the socket when its process ends in any way (`kill -9`, OOM, a crash), so
 * a lock can never outlive its server, whatever pid a restarted server gets (in a container
 * it is pid 1 before and after a crash) and whatever process has that pid now.
 *
 * - The path is free: bind it.
 * - A live server holds it: connecting succeeds; it answers with its pid, and the open is
 *   refused with {@link FolderLockedError}.
 * - A dead server left the socket file (or an older Portico left a pid file): connecting is
 *   refused (`ECONNREFUSED`), so the file is removed and bound again.
 *
 * Two servers taking over the same stale file at once: the file is removed only if it is
 * still the one that refused the connection, and after binding each server connects to the
 * path and must reach itself, so at most one of them keeps the folder.
 */
export async function acquireLock(path: string): Promise<FolderLock> {
  const name = process.platform === 'win32' ? windowsPipeName(path) : path;
  const nonce = randomUUID();
  for (let attempt = 0; attempt < 5; attempt++) {
    const server = net.createServer((socket) => {
      socket.on('error', () => {});
      socket.end(JSON.stringify({pid: process.pid, nonce}));
    });
    server.unref(); // the lock must not keep the process alive on its own
    const bound = await listen(server, name);
    if (bound === 'bound') {
      const reached = await ask(name);
      if (reached.kind === 'answered' && reached.nonce === nonce) {
        return {path: name, release: () => void server.close()};
      }
      // Another server replaced the file between our bind and this check: it keeps the folder.
      // Our socket stays open (unref'd) because closing it would remove the winner's file.
      if (reached.kind === 'answered') throw new FolderLockedError(path, holderOf(reached.pid));
      continue;
    }
    if (bound !== 'EADDRINUSE') {
      throw new Error(
        `[Portico] Failed to lock the data folder: cannot bind ${path} (${bound}).` +
          (bound === 'ENAMETOOLONG' || bound === 'EINVAL'
            ? ' A Unix socket path must be shorter than 108 bytes; use a shorter --data path.'
            : ''),
      );
    }
    const before = inode(name);
    const reached = await ask(name);
    if (reached.kind === 'answered') throw new FolderLockedError(path, holderOf(reached.pid));
    if (reached.kind === 'stale' && before !== undefined && inode(name) === before) {
      fs.rmSync(name, {force: true});
    }
    // 'gone', or the file changed under us: another server is taking over; look again.
  }
  throw new Error(
    `[Portico] Failed to lock the data folder: ${path} kept changing while this server tried ` +
      'to take it over; another server is starting on the same folder.',
  );
}

type Reached =
  {kind: 'answered'; pid: number | undefined; nonce: string} | {kind: 'stale' | 'gone'};

/** Connects to the lock socket: a live holder answers; a stale file refuses the connection. */
function ask(name: string): Promise<Reached> {
  return new Promise((done) => {
    const socket = net.connect(name);
    let text = '';
    socket.setEncoding('utf8');
    socket.setTimeout(5000, () => socket.destroy(new Error('ETIMEDOUT')));
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => {
      let parsed: {pid?: unknown; nonce?: unknown} = {};
      try {
        parsed = JSON.parse(text) as typeof parsed;
      } catch {
        // A holder that answers something else is still a live holder.
      }
      done({
        kind: 'answered',
        pid: typeof parsed.pid === 'number' ? parsed.pid : undefined,
        nonce: typeof parsed.nonce === 'string' ? parsed.nonce : '',
      });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // ECONNREFUSED: a socket file nobody listens on (or a plain file: an old pid lock).
      if (error.code === 'ENOENT') done({kind: 'gone'});
      else if (error.code === 'ECONNREFUSED' || error.code === 'ENOTSOCK') done({kind: 'stale'});
      else done({kind: 'answered', pid: undefined, nonce: ''});
    });
  });
}

function listen(server: net.Server, name: string): Promise<'bound' | string> {
  return new Promise((done) => {
    const onError = (error: NodeJS.ErrnoException) => done(error.code ?? error.message);
    server.once('error', onError);
    server.listen(name, () => {
      server.off('error', onError);
      done('bound');
    });
  });
}

function inode(path: string): number | undefined {
  try {
    return fs.statSync(path).ino;
  } catch {
    return undefined;
  }
}

function holderOf(pid: number | undefined): string {
  return pid === undefined ? 'a process that did not say its pid' : `process ${pid}`;
}

/** Windows has no Unix socket files here: a pipe named after the folder's absolute path. */
function windowsPipeName(path: string): string {
  const hash = createHash('sha256').update(resolve(path).toLowerCase()).digest('hex');
  return `\\\\.\\pipe\\portico-${hash.slice(0, 32)}`;
}
