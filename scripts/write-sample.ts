// Writes data/sample-ledger.json from the sample builder (src/app/sample/build-sample.ts).
// Run after changing the sample: `npx tsx scripts/write-sample.ts`. A test keeps the two equal.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sampleLedgerJson } from '../src/app/sample/build-sample.ts';

const out = resolve(import.meta.dirname, '..', 'data', 'sample-ledger.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, sampleLedgerJson());
console.log(`wrote ${out}`);
