import { openDatabase } from './adapters/db/connect.ts';
import { htmlToText } from './adapters/news/html-to-text.ts';
import { sanitiseForExtraction } from './adapters/news/sanitise.ts';
import { RandomIds, SystemClock } from './adapters/system.ts';
import type { AppContext } from './app/context.ts';
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
  return { db, clock: new SystemClock(), ids: new RandomIds(), htmlToText: pageText };
}
