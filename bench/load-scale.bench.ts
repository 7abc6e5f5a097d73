// The scale run of the load benchmark (`npm run bench:load-scale`): 1,000,000 persons and
// 2,000,000 status changes seeded on PostgreSQL, then, one request at a time, the count at a
// date (figures, p99 <= 10 ms) and a name search (p50 <= 20 ms). See bench/load/scale.ts and
// docs/performance.md.
//
//   HABEAS_LOAD_SCALE_PERSONS (1000000), HABEAS_LOAD_SCALE_CHANGES (2 per person)
//   HABEAS_LOAD_SCALE_BACKENDS (postgres), HABEAS_LOAD_SECONDS per endpoint (10)
//   HABEAS_LOAD_DATABASE_URL, HABEAS_LOAD_SERVER_NODE_ARGS as for bench:load
import { runScale } from './load/scale.ts';

await runScale(process.env, (line) => console.log(JSON.stringify({ bench: 'load', ...line })));
