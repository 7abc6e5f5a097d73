/**
 * The sample ledger: Belarus releases of 2024-2025, the people named, the deals and the
 * reported counts of those still held, every fact quoting a team-written source text.
 * This is the input of scripts/write-sample.ts only: it writes data/sample-ledger.json, the
 * one file `habeas serve --sample` loads; nothing in src/ imports these facts. Deterministic
 * (fixed ids and timestamps), so a test can check the committed file is its output.
 */
import type { LedgerDump } from '../../src/core/model/dump.ts';
import { addJuly2024, addPardons2024 } from './facts-2024.ts';
import { addDecember2025 } from './facts-2025-dec.ts';
import { addEarly2025, addJune2025 } from './facts-2025-h1.ts';
import { addSeptember2025 } from './facts-2025-sep.ts';
import { addActors, addDeals } from './facts-actors.ts';
import { addCounts } from './facts-counts.ts';
import { LedgerBuilder } from './ledger-builder.ts';
import { sampleSources } from './sources.ts';

/** When the sample says it was made; every record carries this time or a later second. */
export const sampleBuiltAt = '2026-01-15T09:00:00.000Z';
export const sampleAuthor = { kind: 'import', name: 'habeas-sample' } as const;

export function buildSampleLedger(): LedgerDump {
  const b = new LedgerBuilder(sampleAuthor, { base: sampleBuiltAt });
  b.addSources(sampleSources);
  addActors(b);
  addJuly2024(b);
  addPardons2024(b);
  addEarly2025(b);
  addJune2025(b);
  addSeptember2025(b);
  addDecember2025(b);
  addDeals(b);
  addCounts(b);
  return b.dump();
}

/** The sample as data/sample-ledger.json holds it: two-space JSON and a final newline. */
export function sampleLedgerJson(): string {
  return `${JSON.stringify(buildSampleLedger(), null, 2)}\n`;
}
