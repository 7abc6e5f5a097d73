// Writes data/sample-ledger.json, the sample ledger `habeas serve --sample` loads, from the
// facts in scripts/sample/ (docs/sample-data.md). After changing the facts:
//   npx tsx scripts/write-sample.ts            writes the file; commit the facts and the file
//   npx tsx scripts/write-sample.ts --check    exits 1 if the file is not the facts' output
// A FILE argument writes or checks that file instead (the tests use it).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sampleLedgerJson } from './sample/build-sample.ts';

const { values, positionals } = parseArgs({
  options: { check: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (positionals.length > 1) {
  console.error('usage: write-sample.ts [--check] [FILE]');
  process.exit(2);
}
const out = resolve(
  positionals[0] ?? resolve(import.meta.dirname, '..', 'data/sample-ledger.json'),
);
const json = sampleLedgerJson();

if (values.check) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : null;
  if (current !== json) {
    const why = current === null ? 'is missing' : `differs from the facts at ${firstDiff(current)}`;
    console.error(
      `${out} ${why}: run \`npx tsx scripts/write-sample.ts\` and commit the facts and the file`,
    );
    process.exit(1);
  }
  console.log(`${out} is up to date`);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  console.log(`wrote ${out}`);
}

/** 'line N' of the first line where the file and the generator's output part. */
function firstDiff(current: string): string {
  const a = current.split('\n');
  const b = json.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `line ${i + 1}`;
}
