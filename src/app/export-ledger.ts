import { entityTypes } from '../core/model/claim.ts';
import type { LedgerDump } from '../core/model/dump.ts';
import type { Source } from '../core/model/source.ts';
import type { EntityRecord, Stores } from '../core/ports.ts';

const PAGE = 1000;

/** The whole ledger as a dump, every list in storage order, so export is reproducible. */
export async function exportLedger(stores: Stores): Promise<LedgerDump> {
  const sources: Source[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await stores.sources.listSources({ limit: PAGE, offset });
    sources.push(...page);
    if (page.length < PAGE) break;
  }
  const entities: EntityRecord[] = [];
  for (const type of entityTypes) {
    for (let offset = 0; ; offset += PAGE) {
      const page = await stores.entities.listEntities(type, { limit: PAGE, offset });
      entities.push(...page);
      if (page.length < PAGE) break;
    }
  }
  return {
    format: 'habeas-ledger',
    version: 1,
    sources,
    entities,
    claims: await stores.claims.allClaims(),
    reviews: await stores.claims.allReviews(),
  };
}
