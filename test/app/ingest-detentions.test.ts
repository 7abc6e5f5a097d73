/**
 * Ingesting reports of arrests, sentences and recognitions (issue 20), on both databases: the
 * detentions become proposed claims with evidence (a person, a detention, status changes with
 * the date's precision, aggregates for unnamed counts), nothing counts while they wait, and
 * accepting them raises the held count from their date and the inflow of their month.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { ingestReport } from '../../src/app/ingest/ingest-report.ts';
import { LedgerCache } from '../../src/app/ledger-cache.ts';
import { countPrisoners } from '../../src/app/read/count-prisoners.ts';
import { prisonerFlow } from '../../src/app/read/held-over-time.ts';
import { reviewClaim } from '../../src/app/review/review-claim.ts';
import { reviewQueue } from '../../src/app/review/review-queue.ts';
import type { Author } from '../../src/core/model/claim.ts';
import { openAppContext } from '../support/app-context.ts';
import { backends, postgresNotConfigured, postgresTestUrl } from '../support/databases.ts';

const reviewer: Author = { kind: 'user', id: 'anna' };

const ARREST = {
  text: 'Police in Minsk detained the blogger Ihar Losik on 14 March 2025, his relatives told reporters.',
  publishedAt: '2025-03-17',
};
const AGGREGATE = {
  text: 'At least 30 people were detained in Minsk on Sunday after a small protest near the railway station, a rights group said.',
  publishedAt: '2025-08-11',
};
const LIST = {
  text: 'Viasna recognised the following three people as political prisoners:\n- Ivan Karpenka\n- Alena Zhuk\n- Siarhei Marozau',
  publishedAt: '2025-04-02',
};

const AGGREGATE_RETOLD = {
  text: 'Rights defenders say police detained at least 30 people in Minsk on Sunday at a protest by the railway station.',
  publishedAt: '2025-08-11',
};
const SENTENCE = {
  text: 'A court in Minsk on 20 June 2025 sentenced the blogger Ihar Losik to six years in a penal colony.',
  publishedAt: '2025-06-21',
};
const RETOLD = {
  text: 'Ihar Losik, a blogger, was detained by police in Minsk on 14 March 2025, according to the human rights centre.',
  publishedAt: '2025-03-18',
};
const RELEASE = {
  text: 'Belarus freed the blogger Ihar Losik on 11 September 2025 and sent him to Lithuania.',
  publishedAt: '2025-09-11',
};
const AGAIN = {
  text: 'Police in Minsk detained the blogger Ihar Losik on 3 February 2026, his family said.',
  publishedAt: '2026-02-04',
};

describe.each(backends())('detentions ingested on $name', (backend) => {
  let ctx: AppContext;

  beforeEach(async () => {
    ctx = await openAppContext(backend);
  });

  afterEach(async () => {
    await ctx.db.close();
  });

  const claimsOf = async (sourceId: string) =>
    (await ctx.db.claims.listClaims({ sourceId, limit: 1000 })).filter(
      (c) => c.state !== 'rejected',
    );

  async function acceptAll(subjectType: string, sourceId: string) {
    for (const c of await claimsOf(sourceId))
      if (c.subjectType === subjectType)
        await reviewClaim(ctx, { claimId: c.id, state: 'accepted', author: reviewer });
  }

  const held = async (day: string) =>
    (await countPrisoners(ctx.db, 'BY', day, { ids: false }, ctx.cache)).registry.count;
  const inflow = async (month: string) =>
    (await prisonerFlow(ctx.cache, ctx.db, 'BY', month, month)).months[0]!.inflow;

  it('proposes a person, a detention and a dated status change, each with evidence', async () => {
    const r = await ingestReport(ctx, ARREST);
    const claims = await claimsOf(r.source.id);
    const name = claims.find((c) => c.subjectType === 'person' && c.property === 'name');
    expect(name?.value).toMatchObject({ type: 'name', name: { value: 'Ihar Losik' } });
    expect(name?.evidence?.quote).toBe('Ihar Losik');
    const sc = claims.filter((c) => c.subjectType === 'status_change');
    const byProp = Object.fromEntries(sc.map((c) => [c.property, c]));
    expect(byProp.status?.value).toEqual({ type: 'text', text: 'detained' });
    expect(byProp.status?.evidence?.quote).toBe('detained');
    expect(byProp.date?.value).toMatchObject({
      type: 'date',
      date: { value: '2025-03-14', precision: 'day' },
    });
    expect(byProp.country?.value).toEqual({ type: 'text', text: 'BY' });
    expect(byProp.person?.value).toEqual({ type: 'ref', id: name!.subjectId });
    const det = claims.filter((c) => c.subjectType === 'detention');
    expect(det.find((c) => c.property === 'arrestDate')?.evidence?.quote).toBe('detained');
    expect(det.find((c) => c.property === 'person')?.value).toEqual({
      type: 'ref',
      id: name!.subjectId,
    });
    for (const c of claims) {
      expect(c.state).toBe('proposed');
      if (c.evidence)
        expect(ARREST.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
    }
  });

  it('lists them in the review queue by the person’s name or the group’s count, with context', async () => {
    const a = await ingestReport(ctx, ARREST);
    const b = await ingestReport(ctx, AGGREGATE);
    const arrest = await reviewQueue(ctx.db, { sourceId: a.source.id, limit: 100 });
    const status = arrest.items.find(
      (i) => i.subject.type === 'status_change' && i.claim.property === 'status',
    );
    expect(status?.subject.label).toBe('Ihar Losik');
    expect(status?.context?.quote).toBe('detained');
    expect(status?.context?.before).toBe('Police in Minsk ');
    const detention = arrest.items.find((i) => i.subject.type === 'detention');
    expect(detention?.subject.label).toBe('Ihar Losik');
    const group = await reviewQueue(ctx.db, { sourceId: b.source.id, limit: 100 });
    const count = group.items.find((i) => i.claim.property === 'count');
    expect(count?.subject.label).toBe('30 unnamed: At least 30 people detained');
  });

  it('counts an arrest only once accepted: from its day on, and in the inflow of its month', async () => {
    const r = await ingestReport(ctx, ARREST);
    expect(await held('2025-03-31')).toBe(0);
    expect(await inflow('2025-03')).toBe(0);
    await acceptAll('status_change', r.source.id);
    expect(await held('2025-03-13')).toBe(0);
    expect(await held('2025-03-14')).toBe(1);
    expect(await held('2025-12-31')).toBe(1);
    expect(await inflow('2025-02')).toBe(0);
    expect(await inflow('2025-03')).toBe(1);
  });

  it('counts an accepted unnamed aggregate as unnamed held people and inflow', async () => {
    const r = await ingestReport(ctx, AGGREGATE);
    const agg = (await claimsOf(r.source.id)).filter((c) => c.subjectType === 'aggregate');
    expect(agg.find((c) => c.property === 'count')?.value).toEqual({
      type: 'number',
      number: 30,
      qualifier: 'at_least',
    });
    expect(agg.find((c) => c.property === 'count')?.evidence?.quote).toBe('At least 30 people');
    expect(agg.find((c) => c.property === 'status')?.value).toEqual({
      type: 'text',
      text: 'detained',
    });
    await acceptAll('aggregate', r.source.id);
    expect(await held('2025-08-09')).toBe(0);
    expect(await held('2025-08-10')).toBe(30);
    expect(await inflow('2025-08')).toBe(30);
  });

  const detentionsOf = async (sourceId: string) =>
    new Set(
      (await claimsOf(sourceId))
        .filter((c) => c.subjectType === 'detention')
        .map((c) => c.subjectId),
    );

  it('adds what later reports tell of one detention to the same record, also after a reload', async () => {
    const first = await ingestReport(ctx, ARREST);
    const [det] = await detentionsOf(first.source.id);
    expect(det).toBeDefined();
    expect(await detentionsOf((await ingestReport(ctx, RETOLD)).source.id)).toEqual(new Set([det]));
    // A fresh session, loaded from the ledger, joins the same way.
    ctx = { ...ctx, cache: new LedgerCache(ctx.db) };
    const sentence = await ingestReport(ctx, SENTENCE);
    expect(await detentionsOf(sentence.source.id)).toEqual(new Set([det]));
    const term = (await claimsOf(sentence.source.id)).find((c) => c.property === 'sentence');
    expect(term).toMatchObject({
      subjectId: det,
      value: { type: 'text', text: '6 years, penal colony' },
    });
  });

  it('joins two reports of one arrest into one status change with both sources, also after a reload', async () => {
    const changesOf = async (sourceId: string) =>
      new Set(
        (await claimsOf(sourceId))
          .filter((c) => c.subjectType === 'status_change')
          .map((c) => c.subjectId),
      );
    const first = await ingestReport(ctx, ARREST);
    const [sc] = await changesOf(first.source.id);
    expect(sc).toBeDefined();
    ctx = { ...ctx, cache: new LedgerCache(ctx.db) };
    const retold = await ingestReport(ctx, RETOLD);
    expect(await changesOf(retold.source.id)).toEqual(new Set([sc]));
    // The second report's words stand on the same change: each source shows on it.
    const status = (await claimsOf(retold.source.id)).find((c) => c.property === 'status');
    expect(status).toMatchObject({ subjectId: sc, value: { type: 'text', text: 'detained' } });
    expect(status?.evidence?.quote).toContain('detained');
    await acceptAll('status_change', first.source.id);
    await acceptAll('status_change', retold.source.id);
    expect(await held('2025-03-14')).toBe(1);
    expect(await inflow('2025-03')).toBe(1);
    // A later status of the same person is a change of its own.
    const sentence = await ingestReport(ctx, SENTENCE);
    const [later] = await changesOf(sentence.source.id);
    expect(later).toBeDefined();
    expect(later).not.toBe(sc);
  });

  it('opens a new detention after a release, and calls the arrest a re-arrest', async () => {
    const before = await detentionsOf((await ingestReport(ctx, ARREST)).source.id);
    await ingestReport(ctx, RELEASE);
    ctx = { ...ctx, cache: new LedgerCache(ctx.db) };
    const again = await ingestReport(ctx, AGAIN);
    const after = await detentionsOf(again.source.id);
    expect(after.size).toBe(1);
    expect([...after].some((id) => before.has(id))).toBe(false);
    const status = (await claimsOf(again.source.id)).find(
      (c) => c.subjectType === 'status_change' && c.property === 'status',
    );
    expect(status?.value).toEqual({ type: 'text', text: 're_arrested' });
    await acceptAll('status_change', again.source.id);
    expect(await held('2026-02-02')).toBe(0);
    expect(await held('2026-02-03')).toBe(1);
  });

  it('joins two reports of one unnamed count into one aggregate that counts once', async () => {
    const a = await ingestReport(ctx, AGGREGATE);
    ctx = { ...ctx, cache: new LedgerCache(ctx.db) };
    const b = await ingestReport(ctx, AGGREGATE_RETOLD);
    const ids = async (sourceId: string) =>
      new Set(
        (await claimsOf(sourceId))
          .filter((c) => c.subjectType === 'aggregate')
          .map((c) => c.subjectId),
      );
    const [first, second] = [await ids(a.source.id), await ids(b.source.id)];
    expect(first.size).toBe(1);
    expect(second).toEqual(first);
    await acceptAll('aggregate', a.source.id);
    await acceptAll('aggregate', b.source.id);
    expect(await held('2025-08-10')).toBe(30);
    expect(await inflow('2025-08')).toBe(30);
  });

  it('gives a recognition list one status change per person, members of the list’s aggregate', async () => {
    const r = await ingestReport(ctx, LIST);
    const claims = await claimsOf(r.source.id);
    const statuses = claims.filter(
      (c) => c.subjectType === 'status_change' && c.property === 'status',
    );
    expect(statuses.map((c) => c.value)).toEqual(
      Array(3).fill({ type: 'text', text: 'recognised' }),
    );
    const by = claims.filter((c) => c.property === 'recognisedBy');
    expect(by.map((c) => c.value)).toEqual(Array(3).fill({ type: 'text', text: 'Viasna' }));
    const members = claims.filter((c) => c.subjectType === 'aggregate' && c.property === 'member');
    expect(members).toHaveLength(3);
    // Named people and their list's count are the same people: accepted, they count once.
    await acceptAll('status_change', r.source.id);
    await acceptAll('aggregate', r.source.id);
    expect(await held('2025-04-02')).toBe(3);
    expect(await inflow('2025-04')).toBe(3);
  });
});

if (!postgresTestUrl()) postgresNotConfigured('detentions ingested');
