/**
 * A PostgreSQL server of the test's own, which it may stop and start at will: initdb into a
 * temporary folder, listening on 127.0.0.1 on a free port, trust authentication, user
 * `postgres`. Never the shared cluster on 5432, which other tests use at the same time.
 *
 * The binaries come from HABEAS_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin.
 * PostgreSQL refuses to run as root, so as root every command runs as the `postgres` OS user
 * (`runuser -u postgres --`) and the folder is handed to that user.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface PrivatePostgres {
  port: number;
  /** postgres://postgres@127.0.0.1:PORT/DB */
  url(database?: string): string;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast`: sessions are ended, their open transactions rolled back. */
  stop(): Promise<void>;
  /** Stops the server if it runs and deletes its folder. */
  destroy(): Promise<void>;
}

/** Where initdb and pg_ctl are, or why they cannot be used. */
export function postgresBinaries(): { bin: string } | { problem: string } {
  const fromEnv = process.env.HABEAS_PG_BIN?.trim();
  const roots = '/usr/lib/postgresql';
  const candidates = fromEnv
    ? [fromEnv]
    : existsSync(roots)
      ? readdirSync(roots)
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => join(roots, v, 'bin'))
      : [];
  const bin = candidates.find(
    (b) => existsSync(join(b, 'initdb')) && existsSync(join(b, 'pg_ctl')),
  );
  if (!bin) {
    return {
      problem: `no initdb and pg_ctl found (looked in ${fromEnv ?? `${roots}/*/bin`}; set HABEAS_PG_BIN)`,
    };
  }
  return { bin };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const uid = Number((await exec('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await exec('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const found = postgresBinaries();
  if ('problem' in found) throw new Error(found.problem);
  const { bin } = found;
  const dir = mkdtempSync(join(tmpdir(), 'habeas-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = await postgresUser();
    chownSync(dir, uid, gid);
  }
  const run = async (tool: string, args: string[]) => {
    const [cmd, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
    try {
      return await exec(cmd, argv, { timeout: 120_000 });
    } catch (e) {
      const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8') : '';
      const err = e as { stderr?: string; message: string };
      throw new Error(`${tool} failed: ${err.stderr || err.message}\n${log.slice(-2000)}`);
    }
  };
  const data = join(dir, 'data');
  await run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  // The socket goes into the private folder, not /var/run/postgresql where the shared one is.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  const server: PrivatePostgres = {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await run('pg_ctl', [
        '-D',
        data,
        '-o',
        options,
        '-l',
        join(dir, 'log'),
        '-w',
        '-t',
        '60',
        'start',
      ]);
      running = true;
    },
    async stop() {
      await run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
      running = false;
    },
    async destroy() {
      if (running) await server.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await server.start();
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return server;
}
