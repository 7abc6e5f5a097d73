// Writes the HTTP API's OpenAPI document to docs/openapi.json without a running server: the
// app is built over an in-memory database, made ready, and asked for its document.
// `npm run api:doc` writes it; `--check` (in `npm run api:types:check`, part of `npm run lint`)
// fails when the committed file differs from what the routes say. The web app's types
// (web/src/api/schema.d.ts) are generated from that file by `npm run api:types`.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../src/adapters/db/connect.ts';
import { RandomIds, SystemClock } from '../src/adapters/system.ts';
import { LedgerCache } from '../src/app/ledger-cache.ts';
import { buildServer } from '../src/server/app.ts';

const out = resolve(import.meta.dirname, '..', 'docs', 'openapi.json');

async function openApiText(): Promise<string> {
  const db = await openDatabase({ memory: true });
  // No web app: the document lists the API only, wherever web/dist happens to be built.
  const app = await buildServer(
    { db, clock: new SystemClock(), ids: new RandomIds(), cache: new LedgerCache(db) },
    { webDist: resolve(import.meta.dirname, 'no-web-app') },
  );
  try {
    await app.ready();
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
    await db.close();
  }
}

const text = await openApiText();
if (process.argv.includes('--check')) {
  const committed = readFileSync(out, 'utf8');
  if (committed !== text) {
    console.error(
      `${out} is out of date with the routes: run npm run api:doc && npm run api:types`,
    );
    process.exit(1);
  }
  console.log(`${out} matches the routes`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
