/**
 * The scale run (`npm run bench:load-scale`, or bench:load with HABEAS_LOAD_SCALE_PERSONS set):
 * 1,000,000 persons seeded, then one request at a time, the latency of a count at a date
 * (figures) and of a name search, against SCALE_TARGETS. PostgreSQL only unless told
 * otherwise: see docs/performance.md for what PGlite takes at this scale.
 */
import {
  adminUrl,
  type Backend,
  backendList,
  scaleScale,
  serverNodeArgs,
  wholeNumber,
} from './config.ts';
import { type Emit, withSeededDatabase } from './database.ts';
import { type Measured, measure, startServer } from './drive.ts';
import { type Endpoint, endpointsFor } from './endpoints.ts';
import { SCALE_TARGETS } from './targets.ts';

type Env = Record<string, string | undefined>;

/** The figure each scale endpoint is judged by, and its limit. */
const JUDGED: Record<string, { figure: 'p50Ms' | 'p99Ms'; limitMs: number }> = {
  count_figures: { figure: 'p99Ms', limitMs: SCALE_TARGETS.countP99Ms },
  search: { figure: 'p50Ms', limitMs: SCALE_TARGETS.searchP50Ms },
};

function meets(endpoint: string, r: Measured): boolean {
  const j = JUDGED[endpoint]!;
  const ms = r[j.figure];
  return ms !== null && ms <= j.limitMs && r.errors === 0 && r.non2xx === 0;
}

/** Both scale endpoints against one server, one line each; the names of those that meet. */
async function measureAll(
  url: string,
  line: { backend: Backend; persons: number },
  endpoints: Record<string, Endpoint>,
  seconds: number,
  emit: Emit,
): Promise<string[]> {
  const met: string[] = [];
  for (const [endpoint, j] of Object.entries(JUDGED)) {
    const r = await measure(url, endpoints[endpoint]!.path, 1, seconds);
    const ok = meets(endpoint, r);
    if (ok) met.push(endpoint);
    emit({ ...line, endpoint, ...r, judgedBy: j.figure, limitMs: j.limitMs, meets: ok });
  }
  return met;
}

export async function runScale(env: Env, emitLine: Emit): Promise<void> {
  const scale = scaleScale(env);
  const seconds = wholeNumber(env, 'HABEAS_LOAD_SECONDS', 10);
  const emit: Emit = (line) => emitLine({ mode: 'scale', ...line });
  const endpoints = endpointsFor(scale);
  for (const backend of backendList(env, 'HABEAS_LOAD_SCALE_BACKENDS', ['postgres'])) {
    const line = { backend, persons: scale.persons };
    await withSeededDatabase(
      backend,
      { scale, adminUrl: adminUrl(env), emit },
      async (serverEnv) => {
        const server = await startServer(serverEnv, serverNodeArgs(env));
        let met: string[];
        try {
          met = await measureAll(server.url, line, endpoints, seconds, emit);
        } finally {
          await server.stop();
        }
        const miss = Object.keys(JUDGED).filter((e) => !met.includes(e));
        emit({ ...line, endpoint: 'summary', meet: met, miss, allMeet: miss.length === 0 });
      },
    );
  }
}
