/** The audit line of a ledger import: what it added, so a revert can reject its claims. */
import { actorOf, type By } from '../../core/model/audit.ts';
import type { AccountSections, LedgerDump } from '../../core/model/dump.ts';
import type { Stores } from '../../core/ports.ts';

/** Who imports when the caller says nothing (the sample loader, tests). */
export const importBy: By = { kind: 'import', name: 'ledger' };

/**
 * Records one ledger.import line for what was added; nothing added, nothing recorded. Of a
 * restore it also counts the users, tokens and audit lines, and names the users: restored
 * history stays told apart from history written here.
 */
export async function recordImport(
  tx: Stores,
  by: By,
  added: LedgerDump,
  /** What a full backup's restore added besides the ledger (app/transfer/backup-accounts.ts). */
  restored?: AccountSections,
): Promise<void> {
  const counts = {
    sources: added.sources.length,
    entities: added.entities.length,
    claims: added.claims.length,
    reviews: added.reviews.length,
  };
  const accounts = restored && {
    users: restored.users.length,
    apiTokens: restored.apiTokens.length,
    auditLines: restored.auditLog.length,
  };
  const all = [...Object.values(counts), ...Object.values(accounts ?? {})];
  if (all.every((n) => n === 0)) return;
  const restoredText = accounts
    ? `; restored ${accounts.users} users, ${accounts.apiTokens} API tokens, ${accounts.auditLines} audit lines`
    : '';
  await tx.audit.record(actorOf(by), {
    action: 'ledger.import',
    // Sources and users only: entity and claim ids can run to millions; claim ids are in `after`.
    subjectIds: [...added.sources.map((s) => s.id), ...(restored?.users.map((u) => u.id) ?? [])],
    before: null,
    after: { ...counts, ...accounts, claimIds: added.claims.map((c) => c.id) },
    summary: `imported ${counts.sources} sources, ${counts.entities} entities, ${counts.claims} claims, ${counts.reviews} reviews${restoredText}`,
    reverts: null,
  });
}
