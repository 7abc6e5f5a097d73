import { NotFoundError } from '../../core/errors.ts';
import { actorOf, type By } from '../../core/model/audit.ts';
import type { ClaimWithState } from '../../core/model/claim.ts';
import type { Source } from '../../core/model/source.ts';
import type { Page, ReportSearch, ReportSearchResult, Stores } from '../../core/ports.ts';
import type { AppContext } from '../context.ts';

export async function listSources(stores: Stores, page: Page = {}) {
  const [items, total] = await Promise.all([
    stores.sources.listSources(page),
    stores.sources.countSources(),
  ]);
  return { items: items.map(({ text, ...rest }) => ({ ...rest, length: text.length })), total };
}

/**
 * Reports found by words in any language and by filters (docs/search.md); the stores given
 * decide what may be searched (the public's view: no confidential report, published claims).
 */
export function searchSources(stores: Stores, search: ReportSearch): Promise<ReportSearchResult> {
  return stores.sources.searchSources(search);
}

/** A report with every claim drawn from it, for the report viewer and citations. */
export async function getSource(
  stores: Stores,
  id: string,
): Promise<{ source: Source; claims: ClaimWithState[] }> {
  const source = await stores.sources.getSource(id);
  if (!source) throw new NotFoundError('source', id);
  const claims = await stores.claims.listClaims({ sourceId: id, limit: 100_000 });
  return { source, claims };
}

/**
 * Marks a source confidential or not (docs/privacy.md); the change and its audit line commit
 * together. Returns the source's id and flag as stored.
 */
export async function setSourceConfidential(
  ctx: AppContext,
  id: string,
  confidential: boolean,
  by: By,
): Promise<{ id: string; confidential: boolean }> {
  const actor = actorOf(by);
  return ctx.db.transaction(async (tx) => {
    const before = await tx.sources.getSource(id);
    if (!before) throw new NotFoundError('source', id);
    const after = await tx.sources.setConfidential(id, confidential);
    if (!after) throw new NotFoundError('source', id);
    await tx.audit.record(actor, {
      action: 'source.confidential',
      subjectIds: [id],
      before: { sourceId: id, confidential: before.confidential === true },
      after: { sourceId: id, confidential },
      summary: `source ${id} made ${confidential ? 'confidential' : 'not confidential'}`,
      reverts: null,
    });
    return { id, confidential: after.confidential === true };
  });
}
