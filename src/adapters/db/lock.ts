/**
 * One process per PGlite data folder. PGlite keeps the database in memory and writes it back
 * to the folder, so two processes on one folder would silently overwrite each other's work.
 * A lock file created with O_EXCL says who holds the folder; a lock left by a process that no
 * longer runs (crash, kill -9) is taken over.
 */
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const lockFileName = 'habeas.lock';

export class DataDirError extends Error {}

export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

export interface DataDirLock {
  readonly path: string;
  /** The dead holder whose lock this one replaced (crash, kill -9), else null. */
  readonly tookOver: LockInfo | null;
  release(): void;
}

/** What to tell the user when a dead process's lock was taken over. */
export function takeoverMessage(lock: DataDirLock): string | null {
  const dead = lock.tookOver;
  if (!dead) return null;
  return `habeas: took over ${lock.path}: it was left by pid ${dead.pid} (since ${dead.startedAt}), which no longer runs; the database recovers from its log, and work that process had not committed is not stored\n`;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): { raw: string; info: LockInfo | null } | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const info = JSON.parse(raw) as LockInfo;
    return typeof info.pid === 'number' ? { raw, info } : { raw, info: null };
  } catch {
    // Half-written by a process that died between create and write.
    return { raw, info: null };
  }
}

function youngerThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < ms;
  } catch {
    return false;
  }
}

function lockedMessage(dir: string, path: string, info: LockInfo): string {
  const who = info.pid === process.pid && info.host === hostname() ? ' (this process)' : '';
  return (
    `the data folder ${dir} is in use by another Habeas process: pid ${info.pid}${who} on ` +
    `${info.host}, since ${info.startedAt}. Stop that process, or set HABEAS_DATA_DIR to another ` +
    `folder. If no such process runs, delete ${path}.`
  );
}

function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataDirError(
      `cannot create the data folder ${dir} (${code}): choose another HABEAS_DATA_DIR`,
    );
  }
}

/** Moves a stale lock aside; if a live process re-took it meanwhile, puts that one back. */
function takeOverStale(path: string, staleRaw: string): void {
  const aside = `${path}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (readFileSync(aside, 'utf8') !== staleRaw) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone holds the lock again already; theirs stands.
    }
  }
  unlinkSync(aside);
}

/** Takes the folder's lock or throws a DataDirError naming the holder and the folder. */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  ensureWritableDir(dir);
  const path = join(dir, lockFileName);
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
  };
  const raw = `${JSON.stringify(info)}\n`;
  let tookOver: LockInfo | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, raw);
      closeSync(fd);
      return heldLock(path, raw, tookOver);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new DataDirError(
          `the data folder ${dir} is not writable (${code}): cannot create ${path}`,
        );
      }
    }
    const held = readLock(path);
    if (!held) continue;
    if (!held.info && youngerThan(path, 5000)) {
      // Its creator may still be writing it: look again shortly.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      continue;
    }
    if (held.info && (held.info.host !== hostname() || pidAlive(held.info.pid))) {
      // On another host the pid cannot be checked, so the lock is respected.
      throw new DataDirError(lockedMessage(dir, path, held.info));
    }
    takeOverStale(path, held.raw);
    tookOver = held.info ?? {
      pid: 0,
      host: hostname(),
      startedAt: 'unknown (lock file unreadable)',
    };
  }
  throw new DataDirError(`could not take the lock ${path}: other processes keep taking it`);
}

function heldLock(path: string, raw: string, tookOver: LockInfo | null): DataDirLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    // Only remove the file if it is still ours (never someone else's after a takeover).
    try {
      if (readFileSync(path, 'utf8') === raw) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.on('exit', release);
  return { path, tookOver, release };
}
