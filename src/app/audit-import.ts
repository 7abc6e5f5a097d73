/** The audit line of a ledger import: what it added, so a revert can reject its claims. */
import { actorOf, type By } from '../core/model/audit.ts';
import type { LedgerDump } from '../core/model/dump.ts';
import type { Stores } from '../core/ports.ts';

/** Who imports when the caller says nothing (the sample loader, tests). */
export const importBy: By = { kind: 'import', name: 'ledger' };

/** Records one ledger.import line for what was added; nothing added, nothing recorded. */
export async function recordImport(tx: Stores, by: By, added: LedgerDump): Promise<void> {
  const counts = {
    sources: added.sources.length,
    entities: added.entities.length,
    claims: added.claims.length,
    reviews: added.reviews.length,
  };
  if (counts.sources + counts.entities + counts.claims + counts.reviews === 0) return;
  await tx.audit.record(actorOf(by), {
    action: 'ledger.import',
    // Sources only: entity and claim ids can run to millions; the claim ids are in `after`.
    subjectIds: added.sources.map((s) => s.id),
    before: null,
    after: { ...counts, claimIds: added.claims.map((c) => c.id) },
    summary: `imported ${counts.sources} sources, ${counts.entities} entities, ${counts.claims} claims, ${counts.reviews} reviews`,
    reverts: null,
  });
}
