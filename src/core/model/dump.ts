import type { EntityRecord } from '../ports.ts';
import type { Claim, Review } from './claim.ts';
import type { Source } from './source.ts';

/**
 * The whole ledger as one document: what `habeas export --format json` writes and
 * `habeas import` reads. Ordered (sources, entities, claims, reviews by insertion) so an
 * export of an import is byte-identical to the original.
 */
export interface LedgerDump {
  format: 'habeas-ledger';
  version: 1;
  sources: Source[];
  entities: EntityRecord[];
  claims: Claim[];
  reviews: Review[];
}

export function emptyDump(): LedgerDump {
  return {
    format: 'habeas-ledger',
    version: 1,
    sources: [],
    entities: [],
    claims: [],
    reviews: [],
  };
}
