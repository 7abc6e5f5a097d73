/**
 * Ingests one report: stores it once (by content hash), links it to the report it copies (if
 * any), extracts its facts as proposed claims with evidence, resolves its people, assigns its
 * releases to events and records why. Everything for one report is written in ONE transaction,
 * so a crash leaves either the whole report or nothing; ingesting the same text again changes
 * nothing and says which stored report it is.
 */
import { ValidationError } from '../../core/errors.ts';
import {
  EXTRACTOR,
  type ExtractResult,
  extractReport,
  normaliseForHash,
} from '../../core/extract/index.ts';
import { limits, overlongText, textLimits } from '../../core/limits.ts';
import { type Actor, actorOf, type By, type NewAuditLine } from '../../core/model/audit.ts';
import type { Author, Claim } from '../../core/model/claim.ts';
import type { NewSource, Source } from '../../core/model/source.ts';
import { date, num, text } from '../../core/model/values.ts';
import { plainTitle } from '../../core/plain-title.ts';
import type { EntityRecord, Stores } from '../../core/ports.ts';
import { checkReportUrl } from '../../core/report-address.ts';
import { type Fingerprint, fingerprint, type NearDuplicate } from '../../core/resolve/index.ts';
import type { AppContext, HtmlToText } from '../context.ts';
import { planDetentions } from './ingest-detentions.ts';
import { mergeAuditLines } from './ingest-merge.ts';
import { CONFIDENCE, IngestPlan } from './ingest-plan.ts';
import { type EventOutcome, keyFacts, planRelease } from './ingest-release.ts';
import { type IngestSession, noteStored, readySession, sessionFor } from './ingest-session.ts';

export interface ReportInput {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  publishedAt?: string;
  /** ISO 639-1 language of the report when the caller knows it (a watched source's); else detected. */
  language?: string;
}

export interface IngestResult {
  source: { id: string; title: string | null; url: string | null };
  created: boolean;
  duplicateOf: string | null;
  events: EventOutcome[];
  claims: number;
  problems: string[];
}

export type { HtmlToText } from '../context.ts';

export interface IngestOptions {
  /** Reuse one session over a batch; by default the database's shared session. */
  session?: IngestSession;
  /** Overrides ctx.htmlToText (the adapter set in wiring.ts). */
  htmlToText?: HtmlToText;
  /** Who ingests, for the audit log (default: the extractor, origin 'app'). */
  by?: By;
}

export const INGEST_AUTHOR: Author = {
  kind: 'extractor',
  name: 'habeas-extract',
  version: EXTRACTOR.version,
};

export interface Prepared {
  text: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  /** The language given with the report; null: extraction detects it. */
  language?: string | null;
  problems: string[];
  /** Who submitted it, for the audit log. */
  by?: By;
}

/** The address in its normal form, or a ValidationError naming `url` (core/report-address.ts). */
function reportUrl(raw: string): string {
  const checked = checkReportUrl(raw);
  if (!checked.ok) throw new ValidationError(checked.problem.replace(/^url /, ''), 'url');
  return checked.url;
}

/** Checks the input and turns HTML into the plain text that is stored and extracted from. */
export function prepareInput(input: ReportInput, htmlToText: HtmlToText | undefined): Prepared {
  const given = [input.text, input.html].filter((x) => x !== undefined).length;
  if (given !== 1) throw new ValidationError('give exactly one of text or html', 'text');
  if (input.publishedAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.publishedAt)) {
    throw new ValidationError(`expected YYYY-MM-DD, got '${input.publishedAt}'`, 'publishedAt');
  }
  const url = input.url === undefined ? null : reportUrl(input.url);
  const problems: string[] = [];
  let raw = input.text ?? '';
  // Every way in (API, CLI, JSONL, URLs, feeds) comes through here: titles become plain text,
  // at most textLimits.title long. A title given with the report is the caller's to shorten; a
  // page's own <title> (any length a stranger's page has) is cut, and the report kept.
  let title = plainTitle(input.title);
  const tooLong = title === null ? null : overlongText('title', title);
  if (tooLong) throw new ValidationError(tooLong, 'title');
  if (input.html !== undefined) {
    if (!htmlToText) throw new ValidationError('HTML input is not available here', 'html');
    const page = htmlToText(input.html);
    raw = page.text;
    title ??= pageTitle(plainTitle(page.title), problems);
    problems.push(...page.problems);
  }
  // The stored text is exactly the text extracted from, so evidence offsets index into it.
  const text = normaliseForHash(raw);
  if (!text) throw new ValidationError('the report has no text', input.html ? 'html' : 'text');
  // HTML may be 2.5 times as long as text (limits.ts); the text it gives is held to text's limit.
  if (text.length > limits.reportTextChars)
    throw new ValidationError(
      `the report's text is ${text.length} characters long; the limit is ${limits.reportTextChars}`,
      input.html ? 'html' : 'text',
    );
  if (input.language !== undefined && !/^[a-z]{2}$/.test(input.language))
    throw new ValidationError(
      `expected an ISO 639-1 two-letter code such as en, got '${input.language}'`,
      'language',
    );
  const language = input.language ?? null;
  return { text, title, url, publishedAt: input.publishedAt ?? null, language, problems };
}

/** A page's own title, cut to textLimits.title (never inside a surrogate pair), said in problems. */
function pageTitle(title: string | null, problems: string[]): string | null {
  if (title === null || title.length <= textLimits.title) return title;
  problems.push(
    `the page's title is ${title.length} characters long; kept its first ${textLimits.title}`,
  );
  const cut = title.slice(0, textLimits.title);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function printOf(p: Prepared, x: ExtractResult): Fingerprint {
  const main = x.releases.find((r) => r.role === 'main');
  const facts = keyFacts(main);
  return fingerprint({
    text: p.text,
    language: x.report.language,
    releaseDate: facts.window?.[0] ?? null,
    country: facts.country,
    people: main?.released.map((r) => r.name) ?? [],
    facts,
  });
}

function remainingClaims(plan: IngestPlan, x: ExtractResult, publishedAt: string | null): void {
  for (const r of x.remainingCounts) {
    const id = plan.entity('count_claim', 'cnt');
    const c = CONFIDENCE.remaining;
    plan.claim(id, 'count_claim', 'count', num(r.value, r.qualifier), c, r.evidence);
    if (r.country) plan.claim(id, 'count_claim', 'country', text(r.country), c);
    if (r.attributedTo)
      plan.claim(id, 'count_claim', 'attributedTo', text(r.attributedTo), c, r.evidence);
    if (publishedAt)
      plan.claim(id, 'count_claim', 'asOf', date({ value: publishedAt, precision: 'day' }), c);
  }
}

/** Events a stored report already belongs to, for the answer to a repeated ingest. */
async function eventsOf(stores: Stores, sourceId: string): Promise<EventOutcome[]> {
  const claims = await stores.claims.listClaims({
    sourceId,
    subjectType: 'release_event',
    limit: 1000,
  });
  return claims
    .filter(
      (c) =>
        (c.property === 'mainReport' || c.property === 'backgroundReport') &&
        c.state !== 'rejected',
    )
    .map((c) => ({
      id: c.subjectId,
      role: c.property === 'mainReport' ? ('main' as const) : ('background' as const),
      created: false,
      explanation: ['already stored'],
    }));
}

/**
 * What a report adds, waiting to be written: a batch writes a whole group's at once (one
 * statement per table), a single report its own.
 */
export class PendingWrites {
  entities: EntityRecord[] = [];
  claims: Claim[] = [];
  audit: Array<{ actor: Actor; line: NewAuditLine }> = [];
  /** New reports, written at flush when `deferSources` (a group), else by `store` at once. */
  sources: Source[] = [];
  private readonly byHash = new Map<string, Source>();

  constructor(readonly deferSources = false) {}

  /** A report of this group with this content hash, not yet written. */
  waiting(hash: string): Source | undefined {
    return this.byHash.get(hash);
  }

  addSource(source: Source): void {
    this.sources.push(source);
    this.byHash.set(source.contentHash, source);
  }

  async flush(tx: Stores): Promise<void> {
    const { sources, entities, claims, audit } = this;
    this.sources = [];
    this.byHash.clear();
    this.entities = [];
    this.claims = [];
    this.audit = [];
    const stored = sources.length > 0 ? await this.putSources(tx, sources) : [];
    if (stored.length < sources.length) {
      // Another writer stored one of these texts meanwhile: the group is retried report by
      // report (ingest-batch.ts), and that report is then answered as already stored.
      throw new Error(
        `${sources.length - stored.length} report(s) stored meanwhile by another writer`,
      );
    }
    await tx.entities.createEntities(entities);
    await tx.claims.appendClaims(claims);
    await tx.audit.recordMany(audit);
  }

  private putSources(tx: Stores, sources: Source[]): Promise<string[]> {
    if (!tx.sources.putSources) throw new Error('this store cannot write reports in a batch');
    return tx.sources.putSources(sources);
  }
}

/**
 * Stores one prepared report inside `tx` (the caller's transaction: a batch groups several
 * reports in one, and passes `writes` to flush them together before it commits) or in a
 * transaction of its own. The caller holds the session's lock.
 */
export async function storePrepared(
  ctx: AppContext,
  session: IngestSession,
  p: Prepared,
  tx?: Stores,
  writes?: PendingWrites,
): Promise<IngestResult> {
  if (tx && writes) return store(ctx, session, p, tx, writes);
  const run = async (t: Stores) => {
    const own = new PendingWrites();
    const result = await store(ctx, session, p, t, own);
    await own.flush(t);
    await noteStored(session, t);
    return result;
  };
  return tx ? run(tx) : ctx.db.transaction(run);
}

async function duplicate(
  tx: Stores,
  session: IngestSession,
  existing: Source,
): Promise<IngestResult> {
  return {
    source: { id: existing.id, title: existing.title, url: existing.url },
    created: false,
    duplicateOf: existing.id,
    events: session.eventsOfSource.get(existing.id) ?? (await eventsOf(tx, existing.id)),
    claims: 0,
    problems: [],
  };
}

/**
 * In a group the new report waits with the group's others (written in one statement at flush;
 * the session knows its hash is new); alone it is stored at once, insert-if-absent.
 */
async function putSource(
  ctx: AppContext,
  tx: Stores,
  writes: PendingWrites,
  source: NewSource,
): Promise<{ source: Source; created: boolean }> {
  if (!writes.deferSources) return tx.sources.putSource(source);
  const stored = { ...source, id: ctx.ids.next('src'), ingestedAt: ctx.clock.now() };
  writes.addSource(stored);
  return { source: stored, created: true };
}

async function store(
  ctx: AppContext,
  session: IngestSession,
  p: Prepared,
  tx: Stores,
  writes: PendingWrites,
): Promise<IngestResult> {
  const hash = ctx.digest(p.text);
  // Known hashes are kept in memory; another process may still have stored it (created false).
  const known =
    writes.waiting(hash) ?? (session.hashes.has(hash) ? await tx.sources.findByHash(hash) : null);
  if (known) return duplicate(tx, session, known);
  const x = extractReport({
    text: p.text,
    ...(p.title ? { title: p.title } : {}),
    ...(p.url ? { url: p.url } : {}),
    ...(p.publishedAt ? { publishedAt: p.publishedAt } : {}),
    ...(p.language ? { language: p.language } : {}),
  });
  const print = printOf(p, x);
  const copy: NearDuplicate | null = session.copies.find(print);
  const { source, created } = await putSource(ctx, tx, writes, {
    url: p.url,
    title: p.title,
    publisher: null,
    publishedAt: p.publishedAt,
    language: x.report.language,
    contentHash: hash,
    text: p.text,
    duplicateOf: copy?.id ?? null,
  });
  session.hashes.add(hash);
  if (!created) return duplicate(tx, session, source);
  const plan = new IngestPlan(ctx, INGEST_AUTHOR, source.id);
  const report = { sourceId: source.id, publishedAt: p.publishedAt, language: x.report.language };
  const events: EventOutcome[] = [];
  for (const r of x.releases) {
    const outcome = planRelease(plan, session, r, report, copy);
    if (outcome) events.push(outcome);
  }
  planDetentions(plan, session, x.detentions, report, copy !== null);
  remainingClaims(plan, x, p.publishedAt);
  writes.audit.push({
    actor: actorOf(p.by ?? INGEST_AUTHOR),
    line: {
      action: 'report.ingest',
      subjectIds: [source.id, ...events.map((e) => e.id)],
      before: null,
      after: {
        sourceId: source.id,
        events: events.map((e) => ({ id: e.id, created: e.created })),
        claimIds: plan.claims.map((c) => c.id),
      },
      summary: `ingested ${source.title ?? source.id}: ${plan.claims.length} claims proposed`,
      reverts: null,
    },
  });
  // Events the report made one: attributed to ingest, as a reviewer's merge is to the reviewer.
  writes.audit.push(...mergeAuditLines(plan, actorOf(INGEST_AUTHOR)));
  writes.entities.push(...plan.entities);
  writes.claims.push(...plan.claims);
  session.copies.add(source.id, print);
  session.eventsOfSource.set(
    source.id,
    events.map((e) => ({ ...e, created: false, explanation: ['already stored'] })),
  );
  return {
    source: { id: source.id, title: source.title, url: source.url },
    created: true,
    duplicateOf: copy?.id ?? null,
    events,
    claims: plan.claims.length,
    problems: [...p.problems, ...x.problems],
  };
}

/** Ingests one report; bad input throws ValidationError, nothing is stored then. */
export async function ingestReport(
  ctx: AppContext,
  input: ReportInput,
  opts: IngestOptions = {},
): Promise<IngestResult> {
  const prepared = { ...prepareInput(input, opts.htmlToText ?? ctx.htmlToText), by: opts.by };
  const session = opts.session ?? (await sessionFor(ctx));
  return session.exclusive(async () => {
    await readySession(session, ctx.db);
    try {
      return await storePrepared(ctx, session, prepared);
    } catch (e) {
      // The session may hold entities the rolled-back transaction never stored.
      session.stale = true;
      throw e;
    }
  });
}
