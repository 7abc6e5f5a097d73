// Accounts: the cost of argon2id per sign-in (hash, verify) and what authentication adds to a
// request (anonymous vs session cookie vs bearer token on GET /api/auth/me, in-process inject).
// One JSON line per figure. BENCH_AUTH_REQUESTS changes the request count (default 2000).

import { performance } from 'node:perf_hooks';
import { Argon2PasswordHasher } from '../src/adapters/auth/argon2.ts';
import { openDatabase } from '../src/adapters/db/connect.ts';
import { buildServer } from '../src/server/app.ts';
import { appContext } from '../test/support/app-context.ts';
import { bearerFor, signIn } from '../test/support/auth.ts';

const requests = Number(process.env.BENCH_AUTH_REQUESTS ?? 2000);
const out = (figure: string, value: number, unit: string) =>
  console.log(
    JSON.stringify({ bench: 'auth', figure, value: Math.round(value * 100) / 100, unit }),
  );

const hasher = new Argon2PasswordHasher();
const rounds = 20;
let t = performance.now();
let hash = '';
for (let i = 0; i < rounds; i++) hash = await hasher.hash(`password number ${i}`);
out('argon2id_hash', (performance.now() - t) / rounds, 'ms');
t = performance.now();
for (let i = 0; i < rounds; i++) await hasher.verify(hash, `password number ${rounds - 1}`);
out('argon2id_verify', (performance.now() - t) / rounds, 'ms');

const db = await openDatabase({ memory: true });
const ctx = appContext(db);
const app = await buildServer(ctx);
const cases: Array<[string, Record<string, string>]> = [
  ['anonymous', {}],
  ['session_cookie', await signIn(app, ctx, 'viewer')],
  ['bearer_token', await bearerFor(ctx, 'viewer')],
];
for (const [name, headers] of cases) {
  for (let i = 0; i < 100; i++) await app.inject({ url: '/api/auth/me', headers });
  t = performance.now();
  for (let i = 0; i < requests; i++) await app.inject({ url: '/api/auth/me', headers });
  out(`me_${name}`, ((performance.now() - t) * 1000) / requests, 'us_per_request');
}
await app.close();
await db.close();
