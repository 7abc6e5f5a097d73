#!/usr/bin/env node
import './supported-node.js';
// `npm run bench`: runs every bench/*.bench.ts in turn, each in its own process so heap figures stay honest.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only)))
  .sort();
let failed = 0;
for (const f of files) {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', join(root, 'bin/bench.js'), join('bench', f)],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
