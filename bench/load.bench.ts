// Load benchmark (`npm run bench:load`): seeds 100,000 persons and 1,000,000 status changes
// (as accepted claims), release events and deals into a fresh database, on PGlite and on
// PostgreSQL, starts the real HTTP server and drives it with autocannon at 50 and at 200
// connections: the floor (one primary-key read), a person by id, the release list, one release,
// the deal list, a name search and the count at a date. Each endpoint's figures are compared
// with the floor's at the same connections in the same run (bench/load/targets.ts). One JSON
// line per figure, a summary line per backend; see docs/performance.md.
//
// Scale and reach (environment):
//   HABEAS_LOAD_PERSONS (100000), HABEAS_LOAD_CHANGES (1000000), HABEAS_LOAD_RELEASES (500),
//   HABEAS_LOAD_DEALS (50)
//   HABEAS_LOAD_SECONDS per endpoint (10), HABEAS_LOAD_CONNECTIONS (50,200)
//   HABEAS_LOAD_BACKENDS (pglite,postgres)
//   HABEAS_LOAD_ENDPOINTS (all): a comma-separated subset, e.g. person,search (the floor,
//     health, is measured whatever the subset)
//   HABEAS_LOAD_SERVER_NODE_ARGS: node flags for the server only, e.g. --cpu-prof
//   HABEAS_LOAD_DATABASE_URL: the PostgreSQL server to create the throw-away database on
//     (default HABEAS_TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
//   HABEAS_LOAD_SCALE_PERSONS: when set, the scale run (bench/load/scale.ts) follows.
import {
  adminUrl,
  type Backend,
  backendList,
  connectionLevels,
  list,
  loadScale,
  serverNodeArgs,
  wholeNumber,
} from './load/config.ts';
import { withSeededDatabase } from './load/database.ts';
import { measure, startServer } from './load/drive.ts';
import { chooseEndpoints, type Endpoint, endpointsFor, FLOOR } from './load/endpoints.ts';
import { runScale } from './load/scale.ts';
import { type Judged, judge, summarize, TARGETS } from './load/targets.ts';

const env = process.env;
const scale = loadScale(env);
const seconds = wholeNumber(env, 'HABEAS_LOAD_SECONDS', 10);
const levels = connectionLevels(env, 'HABEAS_LOAD_CONNECTIONS', [50, 200]);
const backends = backendList(env, 'HABEAS_LOAD_BACKENDS', ['pglite', 'postgres']);
const all = endpointsFor(scale);
const only = env.HABEAS_LOAD_ENDPOINTS?.trim() ? list(env, 'HABEAS_LOAD_ENDPOINTS', []) : null;
const chosen = chooseEndpoints(all, only).filter(([name]) => name !== FLOOR);
const floor = all[FLOOR]!;
// One request at a time: the count-at-date target (<= 10 ms) is per request.
const single = chosen.filter(([name]) => name === 'count' || name === 'count_figures');

function emit(line: Record<string, unknown>) {
  console.log(JSON.stringify({ bench: 'load', ...line }));
}

/** The floor, then every chosen endpoint, at `connections`; each judged against that floor. */
async function atLevel(
  url: string,
  backend: Backend,
  connections: number,
  endpoints: Array<[string, Endpoint]>,
  runSeconds: number,
): Promise<Judged[]> {
  const base = await measure(url, floor.path, connections, runSeconds);
  emit({ backend, endpoint: FLOOR, ...base, ...judge(base, base, TARGETS[backend]) });
  const judged: Judged[] = [];
  for (const [endpoint, e] of endpoints) {
    const r = await measure(url, e.path, connections, runSeconds);
    const verdict = judge(r, base, TARGETS[backend]);
    emit({ backend, endpoint, ...r, ...verdict });
    judged.push({ endpoint, connections, meets: verdict.meets });
  }
  return judged;
}

async function load(backend: Backend, serverEnv: Record<string, string>) {
  const server = await startServer(serverEnv, serverNodeArgs(env));
  const judged: Judged[] = [];
  try {
    for (const connections of levels)
      judged.push(...(await atLevel(server.url, backend, connections, chosen, seconds)));
    if (single.length) await atLevel(server.url, backend, 1, single, Math.max(3, seconds / 2));
  } finally {
    await server.stop();
  }
  emit({ backend, endpoint: 'summary', ...TARGETS[backend], ...summarize(judged) });
}

for (const backend of backends) {
  await withSeededDatabase(backend, { scale, adminUrl: adminUrl(env), emit }, (serverEnv) =>
    load(backend, serverEnv),
  );
}
if (env.HABEAS_LOAD_SCALE_PERSONS?.trim()) await runScale(env, emit);
