// The API contract as a file. `npm run api:doc` writes docs/openapi.json (committed, for readers
// and client generators). `npm run api:lint` regenerates it into a temporary file, fails if it
// differs from the committed one, and lints it with Redocly's recommended rules (redocly.yaml).
// Neither needs a database or a running server (src/server/openapi-document.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApiJson } from '../src/server/openapi-document.ts';

const root = resolve(import.meta.dirname, '..');
const committed = join(root, 'docs', 'openapi.json');
const json = await openApiJson();

if (!process.argv.includes('--check')) {
  writeFileSync(committed, json);
  console.log(`wrote ${committed}`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'habeas-openapi-'));
try {
  const fresh = join(dir, 'openapi.json');
  writeFileSync(fresh, json);
  let old = '';
  try {
    old = readFileSync(committed, 'utf8');
  } catch {}
  if (old !== json) {
    console.error(
      'docs/openapi.json is not the document the routes give: run `npm run api:doc` and commit it',
    );
    process.exit(1);
  }
  const cli = join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
  const lint = spawnSync(
    process.execPath,
    [cli, 'lint', '--config', join(root, 'redocly.yaml'), '--format', 'stylish', fresh],
    {
      stdio: 'inherit',
      // Offline: no usage telemetry and no update check (CI has no network but the registries).
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  process.exitCode = lint.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
