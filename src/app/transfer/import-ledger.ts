import { ConflictError, ValidationError } from '../../core/errors.ts';
import type { By } from '../../core/model/audit.ts';
import { checkDump } from '../../core/model/check-dump.ts';
import { type AccountSections, accountSections, type LedgerDump } from '../../core/model/dump.ts';
import { plainTitle } from '../../core/plain-title.ts';
import type { Database, Stores } from '../../core/ports.ts';
import { checkReportUrl } from '../../core/report-address.ts';
import { importBy, recordImport } from './audit-import.ts';
import {
  accountsNotYetStored,
  checkAccountSections,
  hasAccountSections,
  insertAccounts,
  unfitAuditLines,
} from './backup-accounts.ts';
import { describeIssues, dumpSchema } from './ledger-schema.ts';

export interface ImportSummary {
  sources: number;
  entities: number;
  claims: number;
  reviews: number;
  /** Records of the file already stored exactly as they are there, so left alone. */
  alreadyStored: number;
  /** Restored from a full backup (version 2); absent for a ledger without accounts. */
  users?: number;
  apiTokens?: number;
  auditLines?: number;
  /**
   * Audit lines of the backup whose before/after do not fit their action ('auditLog[i] (id):
   * problem'): restored as they are, since history is not rewritten; the log shows them with
   * their problem and does not revert them. Present with the account sections only.
   */
  auditProblems?: string[];
}

export interface ImportOptions {
  /**
   * Restore the users, API tokens and audit lines a full backup holds (`habeas import`, run by
   * whoever runs the server). Without it such a file is refused: through the API an admin could
   * otherwise plant accounts and write audit history in other people's names.
   */
  accounts?: boolean;
}

/** Where an import is, for a progress display; 'committed' comes once everything is stored. */
export interface ImportProgress {
  stage:
    | 'sources'
    | 'entities'
    | 'claims'
    | 'reviews'
    | 'users'
    | 'apiTokens'
    | 'auditLog'
    | 'committed';
  done: number;
  total: number;
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
  const problems = [...checkDump(dump), ...checkAccountSections(dump)].slice(0, 50);
  if (problems.length) {
    throw new ValidationError(`the ledger does not hold together:\n  ${problems.join('\n  ')}`);
  }
  return { ...dump, sources: dump.sources.map(plainSource) };
}

/**
 * A source's title as plain text and its address in normal form, as every other way in stores
 * them (checkDump has refused any address the rule refuses). Stored reports are compared under
 * the same rule, so importing a file twice adds nothing even where the first copy predates it.
 */
function plainSource<S extends { title: string | null; url: string | null }>(s: S): S {
  const url = s.url === null ? null : checkReportUrl(s.url);
  return { ...s, title: plainTitle(s.title), url: url?.ok ? url.url : s.url };
}

/**
 * Imports a whole ledger in one transaction: either every new record is stored or none is
 * (a crash, even kill -9, leaves nothing of it). Records already stored exactly as in the file
 * are skipped, so importing a file again adds nothing and an import cut short can simply be
 * run again; a stored record that differs from the file is refused, never overwritten.
 */
export async function importLedger(
  db: Database,
  doc: unknown,
  onProgress: (p: ImportProgress) => void = () => undefined,
  /** Who imports, for the audit log. */
  by: By = importBy,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const dump = parseDump(doc);
  const withAccounts = hasAccountSections(dump);
  if (withAccounts && !options.accounts) {
    throw new ValidationError(
      'this file is a full backup with user accounts and the audit log: restore it on the server with `habeas import FILE`; imports through the API take ledgers without accounts (version 1) only',
      'version',
    );
  }
  const { added, restored } = await db.transaction(async (tx) => {
    const differ: string[] = [];
    const todo = await notYetStored(tx, dump, differ);
    const accounts = await accountsNotYetStored(tx, accountSections(dump), differ);
    if (differ.length) throw refusal(differ);
    await insertAll(tx, todo, onProgress);
    await insertAccounts(tx, accounts, (stage, done, total) => onProgress({ stage, done, total }));
    await recordImport(tx, by, todo, withAccounts ? accounts : undefined);
    return { added: todo, restored: accounts };
  });
  onProgress({ stage: 'committed', done: 1, total: 1 });
  const total = (d: LedgerDump) =>
    d.sources.length + d.entities.length + d.claims.length + d.reviews.length;
  const lines = (a: AccountSections) => a.users.length + a.apiTokens.length + a.auditLog.length;
  return {
    sources: added.sources.length,
    entities: added.entities.length,
    claims: added.claims.length,
    reviews: added.reviews.length,
    alreadyStored: total(dump) - total(added) + lines(accountSections(dump)) - lines(restored),
    ...(withAccounts
      ? {
          users: restored.users.length,
          apiTokens: restored.apiTokens.length,
          auditLines: restored.auditLog.length,
          auditProblems: unfitAuditLines(accountSections(dump).auditLog),
        }
      : {}),
  };
}

/** Why nothing was imported: the stored records the file would change, and what to do. */
function refusal(differ: string[]): ConflictError {
  const more = differ.length > 5 ? `; and ${differ.length - 5} more` : '';
  const accounts = differ.some((d) => /^(user|API token|audit line) /.test(d));
  const advice = accounts
    ? "Accounts and audit lines are never overwritten: restore a full backup into an empty database (a new HABEAS_DATA_DIR or PostgreSQL database), before the first `habeas serve`, which creates the user 'admin'"
    : 'Records are never overwritten; import into an empty database or correct them with new claims';
  return new ConflictError(
    `nothing imported: the database already holds records this file changes: ${differ.slice(0, 5).join('; ')}${more}. ${advice}`,
  );
}

async function insertAll(
  tx: Stores,
  dump: LedgerDump,
  onProgress: (p: ImportProgress) => void,
): Promise<void> {
  const { sources, entities, claims, reviews } = dump;
  for (let i = 0; i < sources.length; i++) {
    await tx.sources.insertSource(sources[i]!);
    if ((i + 1) % 50 === 0 || i + 1 === sources.length)
      onProgress({ stage: 'sources', done: i + 1, total: sources.length });
  }
  await inBatches('entities', entities, (part) => tx.entities.createEntities(part), onProgress);
  await inBatches('claims', claims, (part) => tx.claims.appendClaims(part), onProgress);
  await inBatches('reviews', reviews, (part) => tx.claims.appendReviews(part), onProgress);
}

async function inBatches<T>(
  stage: ImportProgress['stage'],
  items: readonly T[],
  insert: (part: T[]) => Promise<void>,
  onProgress: (p: ImportProgress) => void,
): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) {
    await insert(items.slice(i, i + BATCH));
    onProgress({ stage, done: Math.min(i + BATCH, items.length), total: items.length });
  }
}

/** JSON with keys sorted and null or absent fields left out: a record read back compares equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x != null);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  });
}

/**
 * The part of the dump the database does not hold yet. A record whose id is stored must be
 * stored exactly so (and a source's text under no other id); otherwise `differ` says why and
 * the import is refused.
 */
async function notYetStored(tx: Stores, dump: LedgerDump, differ: string[]): Promise<LedgerDump> {
  const storedEntities = await tx.entities.getEntities(dump.entities.map((e) => e.id));
  const storedSources = new Map<string, string>();
  for (const s of dump.sources) {
    const same = (await tx.sources.getSource(s.id)) ?? (await tx.sources.findByHash(s.contentHash));
    if (!same) continue;
    if (same.id !== s.id)
      differ.push(`source '${s.id}' has the text of stored source '${same.id}'`);
    // Under the same rule as the file: a report stored before it still counts as the same.
    else storedSources.set(s.id, canonical(plainSource(same)));
  }
  // The usual case, an import into an empty database, needs no further look.
  if (!storedEntities.length && !storedSources.size && !differ.length) return dump;
  const stored = {
    sources: storedSources,
    entities: new Map(storedEntities.map((e) => [e.id, canonical(e)])),
    claims: new Map((await tx.claims.allClaims()).map((c) => [c.id, canonical(c)])),
    reviews: new Map((await tx.claims.allReviews()).map((r) => [r.id, canonical(r)])),
  };
  const fresh = <T extends { id: string }>(
    kind: string,
    records: T[],
    there: Map<string, string>,
  ) =>
    records.filter((record) => {
      const stored = there.get(record.id);
      if (stored !== undefined && stored !== canonical(record))
        differ.push(`${kind} '${record.id}' is stored with other content`);
      return stored === undefined;
    });
  const todo: LedgerDump = {
    ...dump,
    sources: fresh('source', dump.sources, stored.sources),
    entities: fresh('entity', dump.entities, stored.entities),
    claims: fresh('claim', dump.claims, stored.claims),
    reviews: fresh('review', dump.reviews, stored.reviews),
  };
  return todo;
}
