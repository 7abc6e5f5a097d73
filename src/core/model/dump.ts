import type { ApiToken, StoredUser } from '../accounts.ts';
import type { EntityRecord } from '../ports.ts';
import type { StoredAuditLine } from './audit.ts';
import type { Claim, Review } from './claim.ts';
import type { Source } from './source.ts';

/**
 * The version of a full backup (`habeas export --all`): the ledger plus user accounts, API
 * token digests and the audit log. A ledger without them (a published export, a CSV, a file
 * from before backups held accounts) is version 1. The number goes up with the new sections so
 * an older Habeas refuses a full backup ('version: expected 1') instead of importing it and
 * dropping the accounts and the audit log without a word.
 */
export const backupVersion = 2;

/**
 * The whole ledger as one document: what `habeas export --format json` writes and
 * `habeas import` reads. Ordered (sources, entities, claims, reviews, then users, API tokens
 * and audit lines, each by insertion) so an export of an import is byte-identical to the
 * original.
 */
export interface LedgerDump {
  format: 'habeas-ledger';
  /** 1: the ledger only; 2 (backupVersion): users, apiTokens and auditLog are present too. */
  version: 1 | 2;
  sources: Source[];
  entities: EntityRecord[];
  claims: Claim[];
  reviews: Review[];
  /** Accounts with their argon2id password hashes (version 2 only). */
  users?: StoredUser[];
  /** API tokens by digest: the tokens themselves are never stored (version 2 only). */
  apiTokens?: ApiToken[];
  /** Every audit line, oldest first (version 2 only). */
  auditLog?: StoredAuditLine[];
}

/** The account and audit sections of a full backup. */
export interface AccountSections {
  users: StoredUser[];
  apiTokens: ApiToken[];
  auditLog: StoredAuditLine[];
}

/** A dump's account sections; empty lists for a version-1 ledger. */
export function accountSections(dump: LedgerDump): AccountSections {
  return {
    users: dump.users ?? [],
    apiTokens: dump.apiTokens ?? [],
    auditLog: dump.auditLog ?? [],
  };
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
