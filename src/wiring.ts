import { Argon2PasswordHasher } from './adapters/auth/argon2.ts';
import { NodeSecrets } from './adapters/auth/secrets.ts';
import { openDatabase } from './adapters/db/connect.ts';
import { htmlToText } from './adapters/news/html-to-text.ts';
import { sanitiseForExtraction } from './adapters/news/sanitise.ts';
import { RandomIds, SystemClock } from './adapters/system.ts';
import { type Accounts, defaultSessionTtlMs } from './app/accounts/accounts.ts';
import type { AppContext } from './app/context.ts';
import { LedgerCache } from './app/ledger-cache.ts';
import type { Config } from './config.ts';

/** The one place that chooses implementations: PostgreSQL when DATABASE_URL is set, else PGlite. */
export async function openApp(
  config: Pick<Config, 'DATABASE_URL' | 'HABEAS_DATA_DIR'>,
): Promise<AppContext> {
  const db = await openDatabase(
    config.DATABASE_URL
      ? { databaseUrl: config.DATABASE_URL }
      : { dataDir: config.HABEAS_DATA_DIR },
  );
  // Web HTML is untrusted: it goes through the allow-list before the main text is taken from it.
  const pageText = (html: string) => htmlToText(sanitiseForExtraction(html));
  return {
    db,
    clock: new SystemClock(),
    ids: new RandomIds(),
    cache: new LedgerCache(db),
    htmlToText: pageText,
  };
}

// One hasher per process: sign-in's decoy hash for unknown users is made once per hasher.
const passwordHasher = new Argon2PasswordHasher();

/** The account use cases' dependencies (src/app/accounts) over an application context. */
export function accountsOf(ctx: AppContext, sessionTtlMs = defaultSessionTtlMs): Accounts {
  return {
    store: ctx.db.accounts,
    transaction: (fn) => ctx.db.transaction((tx) => fn(tx.accounts, tx.audit)),
    hasher: passwordHasher,
    secrets: new NodeSecrets(),
    clock: ctx.clock,
    ids: ctx.ids,
    sessionTtlMs,
  };
}
