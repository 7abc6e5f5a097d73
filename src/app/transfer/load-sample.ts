import type { Database } from '../../core/ports.ts';
import { buildSampleLedger } from '../sample/build-sample.ts';
import { type ImportSummary, importLedger } from './import-ledger.ts';

/** Loads the team's sample ledger when the database is empty; otherwise leaves it alone. */
export async function loadSampleIfEmpty(db: Database): Promise<ImportSummary | null> {
  const [entities, sources] = await Promise.all([
    db.entities.countEntities('person'),
    db.sources.countSources(),
  ]);
  if (entities > 0 || sources > 0) return null;
  return importLedger(db, buildSampleLedger());
}
