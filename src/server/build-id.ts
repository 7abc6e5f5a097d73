/**
 * Which build of Habeas this process runs, for the API's validators (ledger-etag.ts): a deploy
 * changes what an answer says for the same ledger (a new rule of reconciliation, a new field),
 * so it must change every ETag too. A digest of the code the process runs (every file under
 * src/, which `habeas` runs as it is, and the package manifests fixing the dependencies) and of
 * the Node version; the same in every process running the same code, so an ETag one server
 * gave is good on the others behind the same load balancer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const rootDir = join(srcDir, '..');

let memo: string | null = null;

/** The digest, computed once per process (about 300 files, a few milliseconds). */
export function buildId(): string {
  memo ??= digest();
  return memo;
}

function digest(): string {
  const hash = createHash('sha256').update(`node ${process.versions.node}\n`);
  const files = readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name))
    .sort();
  const manifests = ['package.json', 'package-lock.json'].map((f) => join(rootDir, f));
  for (const file of [...files, ...manifests.filter((f) => existsSync(f))]) {
    hash.update(`${file.slice(rootDir.length)}\n`).update(readFileSync(file));
  }
  return hash.digest('base64url').slice(0, 16);
}
