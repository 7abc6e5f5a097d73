/** The store suite on embedded PGlite, plus what only the embedded backend has: the data folder. */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/adapters/db/connect.ts';
import {
  DataDirError,
  lockDataDir,
  lockFileName,
  takeoverMessage,
} from '../../../src/adapters/db/lock.ts';
import { migratedDataDir, pgliteBackend } from '../../support/databases.ts';
import { person } from './helpers.ts';
import { storeSuite } from './store.suite.ts';

storeSuite('pglite', pgliteBackend.open);

const run = promisify(execFile);
const connectModule = pathToFileURL(resolve('src/adapters/db/connect.ts')).href;

/** Opens the data folder from a separate Node process: what a second `habeas serve` would do. */
async function openInOtherProcess(dataDir: string): Promise<{ code: number; stderr: string }> {
  const script = `
    const { openDatabase } = await import(${JSON.stringify(connectModule)});
    try {
      const db = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
      await db.close();
      console.log('opened');
    } catch (e) {
      console.error(e.message);
      process.exitCode = 3;
    }`;
  try {
    await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    return { code: 0, stderr: '' };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

/** The pid of a process that has exited: a lock holder that crashed. */
async function deadPid(): Promise<number> {
  const { stdout } = await run(process.execPath, ['-e', 'console.log(process.pid)']);
  return Number(stdout.trim());
}

describe('pglite data folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'habeas-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across reopen and locks the folder against a second process', async () => {
    const dataDir = migratedDataDir(join(dir, 'data'));
    const db = await openDatabase({ dataDir });
    await db.entities.createEntities([person('per_1')]);
    const lock = JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8'));
    expect(lock.pid).toBe(process.pid);

    const second = await openInOtherProcess(dataDir);
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(`the data folder ${dataDir} is in use`);
    expect(second.stderr).toContain(`pid ${process.pid}`);
    // In this process too: one PGlite per folder.
    await expect(openDatabase({ dataDir })).rejects.toThrow(DataDirError);

    await db.close();
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
    const reopened = await openDatabase({ dataDir });
    expect(await reopened.entities.getEntity('per_1')).toEqual(person('per_1'));
    await reopened.close();
    await reopened.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dataDir = migratedDataDir(join(dir, 'data'));
    mkdirSync(dataDir, { recursive: true });
    const stale = {
      pid: await deadPid(),
      host: (await import('node:os')).hostname(),
      startedAt: 'x',
    };
    writeFileSync(join(dataDir, lockFileName), JSON.stringify(stale));

    const db = await openDatabase({ dataDir });
    const lock = JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8'));
    expect(lock.pid).toBe(process.pid);
    await db.close();
  });

  it('takes over an empty lock left by a process killed between creating and writing it', () => {
    const dataDir = join(dir, 'data-empty-lock');
    mkdirSync(dataDir);
    const file = join(dataDir, lockFileName);
    writeFileSync(file, '');
    // Older than the 5 s a live creator gets to write it.
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    const lock = lockDataDir(dataDir);
    try {
      expect(lock.tookOver?.pid).toBe(0);
      expect(takeoverMessage(lock)).toMatch(/left by pid 0/);
      expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    } finally {
      lock.release();
    }
  });

  it('says so when the data folder cannot be created', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const opening = openDatabase({ dataDir: join(file, 'data') });
    await expect(opening).rejects.toThrow(DataDirError);
    await expect(opening).rejects.toThrow(`cannot create the data folder ${join(file, 'data')}`);
  });
});
