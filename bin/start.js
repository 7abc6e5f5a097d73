#!/usr/bin/env -S node --no-regexp-tier-up
// The V8 flags of every Habeas process come on its command line (engine-flag-list.js says why).
import './supported-node.js';
// `npm start`: builds the web app when web/dist is missing, then serves it with the API and the sample ledger.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'web/dist/index.html'))) {
  console.error('building the web app (web/dist is missing)...');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) {
    console.error('the web app could not be built; serving the API only');
  }
}
const served = spawnSync(
  process.execPath,
  [join(root, 'bin/habeas.js'), 'serve', '--sample', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(served.status ?? 1);
