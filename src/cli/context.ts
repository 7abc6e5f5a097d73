import { isAbsolute, resolve } from 'node:path';
import type { AppContext } from '../app/context.ts';
import { loadConfig } from '../config.ts';
import { openApp } from '../wiring.ts';
import type { CliIo } from './command.ts';

/** Opens the configured database for one command and always closes it (releasing the lock). */
export async function withApp<T>(io: CliIo, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const dataDir = isAbsolute(config.HABEAS_DATA_DIR)
    ? config.HABEAS_DATA_DIR
    : resolve(io.cwd, config.HABEAS_DATA_DIR);
  const ctx = await openApp({ ...config, HABEAS_DATA_DIR: dataDir });
  try {
    return await fn(ctx);
  } finally {
    await ctx.db.close();
  }
}
