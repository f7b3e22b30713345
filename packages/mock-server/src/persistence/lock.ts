import * as fs from 'node:fs';

/**
 * Takes `path` as a lock file holding this process's id, so two servers never write the
 * same journal. A lock left by a process that no longer runs (after `kill -9`) is taken over.
 * Returns the function that releases it.
 */
export function acquireLock(path: string): () => void {
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(path, String(process.pid), {flag: 'wx'});
      return () => fs.rmSync(path, {force: true});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const owner = Number.parseInt(fs.readFileSync(path, 'utf8'), 10);
    if (isRunning(owner)) {
      throw new Error(
        `[Portico] Failed to open the data folder: process ${owner} holds ${path}. ` +
          'Stop that server first, or delete the file if that process is not a Portico server.',
      );
    }
    fs.rmSync(path, {force: true});
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
