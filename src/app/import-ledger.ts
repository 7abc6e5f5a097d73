import { ConflictError, ValidationError } from '../core/errors.ts';
import { checkDump } from '../core/model/check-dump.ts';
import type { LedgerDump } from '../core/model/dump.ts';
import type { Database, Stores } from '../core/ports.ts';
import { describeIssues, dumpSchema } from './ledger-schema.ts';

export interface ImportSummary {
  sources: number;
  entities: number;
  claims: number;
  reviews: number;
}

const BATCH = 500;

/** Checks a parsed JSON document is a well-formed, self-consistent ledger dump. */
export function parseDump(doc: unknown): LedgerDump {
  const parsed = dumpSchema.safeParse(doc);
  if (!parsed.success) {
    throw new ValidationError(
      `not a valid Habeas ledger:\n  ${describeIssues(parsed.error).join('\n  ')}`,
    );
  }
  const dump = parsed.data as LedgerDump;
  const problems = checkDump(dump);
  if (problems.length) {
    throw new ValidationError(`the ledger does not hold together:\n  ${problems.join('\n  ')}`);
  }
  return dump;
}

/**
 * Imports a whole ledger in one transaction: either every record is stored or none is.
 * Ids already in the database are refused rather than merged, so nothing stored is changed.
 */
export async function importLedger(db: Database, doc: unknown): Promise<ImportSummary> {
  const dump = parseDump(doc);
  await db.transaction(async (tx) => {
    await refuseExisting(tx, dump);
    for (const s of dump.sources) await tx.sources.insertSource(s);
    for (let i = 0; i < dump.entities.length; i += BATCH)
      await tx.entities.createEntities(dump.entities.slice(i, i + BATCH));
    for (let i = 0; i < dump.claims.length; i += BATCH)
      await tx.claims.appendClaims(dump.claims.slice(i, i + BATCH));
    for (let i = 0; i < dump.reviews.length; i += BATCH)
      await tx.claims.appendReviews(dump.reviews.slice(i, i + BATCH));
  });
  return {
    sources: dump.sources.length,
    entities: dump.entities.length,
    claims: dump.claims.length,
    reviews: dump.reviews.length,
  };
}

async function refuseExisting(tx: Stores, dump: LedgerDump): Promise<void> {
  const existing = await tx.entities.getEntities(dump.entities.map((e) => e.id));
  if (existing.length) {
    const ids = existing.slice(0, 5).map((e) => e.id);
    throw new ConflictError(
      `the database already holds ${existing.length} of these entities (${ids.join(', ')}${existing.length > 5 ? ', ...' : ''}); import into an empty database or remove them from the file`,
    );
  }
  for (const s of dump.sources) {
    const same = (await tx.sources.getSource(s.id)) ?? (await tx.sources.findByHash(s.contentHash));
    if (same) {
      throw new ConflictError(
        `the database already holds source '${same.id}' (content hash ${s.contentHash.slice(0, 12)}...); import into an empty database`,
      );
    }
  }
}
