/**
 * The sample ledger as shipped: data/sample-ledger.json, written by scripts/write-sample.ts
 * from the facts in scripts/sample/ (docs/sample-data.md). This file is the one source of the
 * sample at run time; the caller imports it like any ledger (app/load-sample.ts).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const sampleLedgerPath = fileURLToPath(
  new URL('../../data/sample-ledger.json', import.meta.url),
);

/** The parsed JSON of the sample file; the importer checks it is a ledger. */
export async function readSampleLedger(): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(sampleLedgerPath, 'utf8');
  } catch (e) {
    throw new Error(`the sample ledger ${sampleLedgerPath} could not be read: ${reason(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`the sample ledger ${sampleLedgerPath} is not valid JSON: ${reason(e)}`);
  }
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
