import type { Database } from '../../core/ports.ts';
import { type ImportSummary, importLedger } from './import-ledger.ts';

/**
 * Loads the team's sample ledger when the database is empty; otherwise leaves it alone. The
 * ledger is read only then (`readSample`: adapters/sample-ledger.ts reads the shipped file) and
 * goes through the same checks and import as any ledger file.
 */
export async function loadSampleIfEmpty(
  db: Database,
  readSample: () => Promise<unknown>,
): Promise<ImportSummary | null> {
  const [entities, sources] = await Promise.all([
    db.entities.countEntities('person'),
    db.sources.countSources(),
  ]);
  if (entities > 0 || sources > 0) return null;
  return importLedger(db, await readSample());
}
