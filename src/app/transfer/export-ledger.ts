import { entityTypes } from '../../core/model/claim.ts';
import { backupVersion, type LedgerDump } from '../../core/model/dump.ts';
import type { Source } from '../../core/model/source.ts';
import type { EntityRecord, Stores } from '../../core/ports.ts';
import { publicStores } from '../publish/public-view.ts';
import { exportAccounts } from './backup-accounts.ts';

const PAGE = 1000;

export interface ExportOptions {
  /**
   * Everything, for backups (`habeas export --all`): private records and properties, proposed
   * and rejected claims, reviews, confidential sources. Without it, the published ledger only
   * (docs/privacy.md): what the public may read, importable on its own.
   */
  all?: boolean;
  /**
   * With `all`: a full backup (version 2), adding every user with its password hash, every API
   * token by digest and the whole audit log. Never part of the published ledger. Sessions are
   * not kept: a restored user signs in again.
   */
  accounts?: boolean;
}

/** The ledger as a dump, every list in storage order, so export is reproducible. */
export async function exportLedger(stores: Stores, opts: ExportOptions = {}): Promise<LedgerDump> {
  if (!opts.all) return dumpOf(await publicStores(stores));
  const ledger = await dumpOf(stores);
  if (!opts.accounts) return ledger;
  return { ...ledger, version: backupVersion, ...(await exportAccounts(stores)) };
}

async function dumpOf(stores: Stores): Promise<LedgerDump> {
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
