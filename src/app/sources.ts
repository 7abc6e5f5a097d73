import { NotFoundError } from '../core/errors.ts';
import type { ClaimWithState } from '../core/model/claim.ts';
import type { Source } from '../core/model/source.ts';
import type { Page, Stores } from '../core/ports.ts';

export async function listSources(stores: Stores, page: Page = {}) {
  const [items, total] = await Promise.all([
    stores.sources.listSources(page),
    stores.sources.countSources(),
  ]);
  return { items: items.map(({ text, ...rest }) => ({ ...rest, length: text.length })), total };
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

/** Marks a source confidential or not (docs/privacy.md); returns it as stored. */
export async function setSourceConfidential(
  stores: Stores,
  id: string,
  confidential: boolean,
): Promise<{ id: string; confidential: boolean }> {
  const source = await stores.sources.setConfidential(id, confidential);
  if (!source) throw new NotFoundError('source', id);
  return { id: source.id, confidential: source.confidential === true };
}
