#!/usr/bin/env -S node --no-regexp-tier-up
// The V8 flags of every Habeas process come on its command line (engine-flag-list.js says why).
import './supported-node.js';
// `npm run bench`: runs every bench/*.bench.ts in turn, each in its own process so heap figures stay honest.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_FLAGS } from './engine-flag-list.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const all = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts'));
// A whole name runs that bench alone (`load` is not also `load-scale`); otherwise a prefix.
const files = (
  only && all.includes(`${only}.bench.ts`)
    ? [`${only}.bench.ts`]
    : all.filter((f) => !only || f.startsWith(only))
).sort();
// bench:real scores third-party texts kept outside the repository (bench/real/README.md): with no
// cache on this machine there is nothing to score, so the run says so and goes on without it.
const realCache = process.env.HABEAS_REAL_CACHE ?? join(homedir(), '.cache/habeas-real/texts');
let failed = 0;
for (const f of files) {
  if (f === 'real.bench.ts' && !only && !existsSync(realCache)) {
    console.error(
      `skipping bench/real.bench.ts: no text cache at ${realCache} (bench/real/README.md)`,
    );
    continue;
  }
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', ...ENGINE_FLAGS, join(root, 'bin/bench.js'), join('bench', f)],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
