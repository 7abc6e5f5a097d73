/**
 * The audit log on both backends: every kind of change writes exactly one line (who, when,
 * where from, before/after) in its own transaction, a failed change writes none, the table is
 * append-only, filters and CSV work, and every kind of change can be reverted by new records.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { ingestReport } from '../../src/app/ingest/ingest-report.ts';
import { setSourceConfidential } from '../../src/app/ingest/sources.ts';
import { loadEntity } from '../../src/app/read/load-entity.ts';
import { mergeMap, withMembers } from '../../src/app/read/merged.ts';
import { auditCsv, listAudit } from '../../src/app/review/audit-log.ts';
import { auditLineProblem } from '../../src/app/review/audit-payloads.ts';
import { correctClaim } from '../../src/app/review/correct-claim.ts';
import { keepApart, mergeEntities } from '../../src/app/review/merge-entities.ts';
import { proposeClaim } from '../../src/app/review/propose-claim.ts';
import { revertChange } from '../../src/app/review/revert-change.ts';
import { acceptAbove, reviewClaim } from '../../src/app/review/review-claim.ts';
import { splitEntity } from '../../src/app/review/split-entity.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import { parseCsv } from '../../src/core/csv.ts';
import type { Actor, StoredAuditLine } from '../../src/core/model/audit.ts';
import { text } from '../../src/core/model/values.ts';
import type { Database } from '../../src/core/ports.ts';
import { openAppContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';

const anna: Actor = {
  name: 'anna',
  role: 'reviewer',
  origin: '203.0.113.7',
  author: { kind: 'user', id: 'anna' },
};
const boris: Actor = {
  name: 'cli:boris',
  role: null,
  origin: 'cli',
  author: { kind: 'user', id: 'cli:boris' },
};

const report = (name: string) => ({
  text: `Belarus freed activist ${name} on 15 March 2025, his lawyer said. He had spent three years in prison.`,
  publishedAt: '2025-03-20',
});

type Raw = Database & { rawQuery(sql: string, params?: unknown[]): Promise<unknown[]> };

describe.each(backends())('audit log on $name', (backend) => {
  let ctx: AppContext;
  let clock: FixedClock;

  beforeEach(async () => {
    clock = new FixedClock('2026-01-10T12:00:00.000Z');
    ctx = await openAppContext(backend, clock);
    await ctx.db.entities.createEntities(
      ['per_a', 'per_b', 'per_c'].map((id) => ({ id, type: 'person', createdAt: clock.now() })),
    );
  });

  afterEach(async () => {
    // Every line the use cases wrote reads back as fitting its action's payload types.
    const written = await ctx.db.audit.listLines({ limit: 100_000 });
    await ctx.db.close();
    expect(written.map((l) => auditLineProblem(l)).filter(Boolean)).toEqual([]);
  });

  const lines = async () => (await ctx.db.audit.listLines({ limit: 1000 })).reverse();

  /** What a person shows: accepted values per property, with everything merged into it. */
  async function shown(id: string) {
    const e = await withMembers(
      ctx.db,
      await loadEntity(ctx.db, id),
      await mergeMap(ctx.db, 'person'),
    );
    const out: Record<string, unknown> = {};
    for (const [k, p] of Object.entries(e.projection.properties)) {
      if (p.values.length || p.reported.length)
        out[k] = { values: p.values, reported: p.reported.map((r) => r.value) };
    }
    return out;
  }

  async function propose(
    subjectId: string,
    occupation: string,
    by: Actor = anna,
    state: 'proposed' | 'accepted' = 'proposed',
  ) {
    return proposeClaim(
      ctx,
      { subjectId, property: 'occupation', value: text(occupation) },
      by,
      state,
    );
  }

  async function expectOneNewLine(before: number, action: string): Promise<StoredAuditLine> {
    const all = await lines();
    expect(all).toHaveLength(before + 1);
    const l = all.at(-1)!;
    expect(l.action).toBe(action);
    return l;
  }

  it('records a proposed claim with who, when, where from and the after state', async () => {
    clock.set('2026-01-10T12:34:56.000Z');
    const c = await propose('per_a', 'teacher');
    const [l] = await lines();
    expect(l).toMatchObject({
      at: '2026-01-10T12:34:56.000Z',
      actor: 'anna',
      actorRole: 'reviewer',
      origin: '203.0.113.7',
      action: 'claim.propose',
      before: null,
      after: { claimId: c.id, state: 'proposed', value: text('teacher') },
      reverts: null,
    });
    expect(l!.subjectIds).toEqual([c.id, 'per_a']);
  });

  it('writes exactly one line for each kind of change, with before and after', async () => {
    const c1 = await propose('per_a', 'teacher');
    let n = (await lines()).length;
    await reviewClaim(ctx, { claimId: c1.id, state: 'accepted', author: boris });
    const review = await expectOneNewLine(n++, 'claim.review');
    expect(review).toMatchObject({ actor: 'cli:boris', actorRole: null, origin: 'cli' });
    expect(review.before).toEqual({ claimId: c1.id, state: 'proposed' });
    expect(review.after).toMatchObject({ claimId: c1.id, state: 'accepted' });

    const fixed = await correctClaim(ctx, { claimId: c1.id, value: text('lawyer'), author: anna });
    const corr = await expectOneNewLine(n++, 'claim.correct');
    expect(corr.before).toMatchObject({
      claimId: c1.id,
      state: 'accepted',
      value: text('teacher'),
    });
    expect(corr.after).toMatchObject({ claimId: fixed.id, state: 'accepted', rejected: c1.id });

    await proposeClaim(
      ctx,
      { subjectId: 'per_b', property: 'occupation', value: text('x'), confidence: 0.9 },
      anna,
    );
    n++;
    expect(await acceptAbove(ctx, 0.5, anna)).toBe(1);
    const bulk = await expectOneNewLine(n++, 'claims.accept_above');
    expect((bulk.after as { claimIds: string[] }).claimIds).toHaveLength(1);

    await mergeEntities(ctx, { id: 'per_b', into: 'per_a', author: anna });
    const merge = await expectOneNewLine(n++, 'entity.merge');
    expect(merge.subjectIds).toEqual(expect.arrayContaining(['per_b', 'per_a']));

    await keepApart(ctx, { id: 'per_b', into: 'per_a', author: anna });
    await expectOneNewLine(n++, 'entity.keep_apart');

    const c2 = await propose('per_c', 'driver', anna, 'accepted');
    n++;
    await propose('per_c', 'miner', anna, 'accepted');
    n++;
    const split = await splitEntity(ctx, { id: 'per_c', claimIds: [c2.id], author: anna });
    const sl = await expectOneNewLine(n++, 'entity.split');
    expect(sl.after).toMatchObject({ entity: split.id, from: 'per_c' });

    await ingestReport(ctx, report('Ales Bialiatski'), { by: boris });
    const ing = await expectOneNewLine(n++, 'report.ingest');
    expect(ing.actor).toBe('cli:boris');
    expect((ing.after as { claimIds: string[] }).claimIds.length).toBeGreaterThan(0);
    // The same text again changes nothing, so it writes nothing.
    await ingestReport(ctx, report('Ales Bialiatski'), { by: boris });
    expect(await lines()).toHaveLength(n);
  });

  it('writes no line for a change that fails', async () => {
    const c = await propose('per_a', 'teacher');
    const n = (await lines()).length;
    await expect(
      reviewClaim(ctx, { claimId: c.id, state: 'proposed', author: anna }),
    ).rejects.toThrow(/already proposed/);
    await expect(
      proposeClaim(ctx, { subjectId: 'per_a', property: 'gender', value: text('tall') }, anna),
    ).rejects.toThrow();
    await expect(
      mergeEntities(ctx, { id: 'per_a', into: 'per_a', author: anna }),
    ).rejects.toThrow();
    await expect(splitEntity(ctx, { id: 'per_a', claimIds: [c.id], author: anna })).rejects.toThrow(
      /empty/,
    );
    await expect(revertChange(ctx, 'aud_nope', anna)).rejects.toThrow(/not found/);
    expect(await lines()).toHaveLength(n);
    expect(await ctx.db.claims.reviewsFor(c.id)).toHaveLength(0);
  });

  it('rolls the change back when its audit line cannot be written', async () => {
    // An actor with no name: the review is appended, then the audit insert fails (actor is
    // NOT NULL), and the review must go with it: no change without its line.
    const c = await propose('per_a', 'teacher');
    const nameless = { ...anna, name: null as unknown as string };
    await expect(
      reviewClaim(ctx, { claimId: c.id, state: 'accepted', author: nameless }),
    ).rejects.toThrow();
    expect(await ctx.db.claims.reviewsFor(c.id)).toHaveLength(0);
    expect((await ctx.db.claims.getClaim(c.id))!.state).toBe('proposed');
    await expect(
      mergeEntities(ctx, { id: 'per_b', into: 'per_a', author: nameless }),
    ).rejects.toThrow();
    expect((await ctx.db.claims.claimsFor(['per_b'])).length).toBe(0);
    expect(await lines()).toHaveLength(1);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the table', async () => {
    await propose('per_a', 'teacher');
    const raw = ctx.db as Raw;
    await expect(raw.rawQuery(`update audit_log set actor = 'mallory'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(raw.rawQuery('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(raw.rawQuery('truncate audit_log')).rejects.toThrow(/append-only/);
    expect((await lines())[0]!.actor).toBe('anna');
  });

  it('filters by actor, action (and prefix), subject, time, with pages and totals', async () => {
    clock.set('2026-01-01T10:00:00.000Z');
    const c1 = await propose('per_a', 'teacher');
    clock.set('2026-01-02T10:00:00.000Z');
    const c2 = await propose('per_b', 'lawyer', boris);
    clock.set('2026-01-03T10:00:00.000Z');
    await reviewClaim(ctx, { claimId: c1.id, state: 'accepted', author: boris });
    const q = (query: Parameters<typeof listAudit>[1]) => listAudit(ctx.db, query);
    expect((await q({ actor: 'cli:boris' })).total).toBe(2);
    expect((await q({ action: 'claim.review' })).items.map((l) => l.subjectIds[0])).toEqual([
      c1.id,
    ]);
    expect((await q({ action: 'claim.*' })).total).toBe(3);
    expect((await q({ subject: c1.id })).total).toBe(2);
    expect((await q({ subject: 'per_b' })).items[0]!.after).toMatchObject({ claimId: c2.id });
    expect((await q({ since: '2026-01-02' })).total).toBe(2);
    expect((await q({ until: '2026-01-02' })).total).toBe(2);
    expect((await q({ since: '2026-01-02', until: '2026-01-02' })).total).toBe(1);
    expect((await q({ since: '2026-01-02T11:00:00Z' })).total).toBe(1);
    const page = await q({ limit: 2, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.items.map((l) => l.action)).toEqual(['claim.propose', 'claim.propose']);
    expect(page.items[0]!.actor).toBe('cli:boris'); // newest first
    await expect(q({ since: 'yesterday' })).rejects.toThrow(/since: expected YYYY-MM-DD/);
    await expect(q({ since: '2026-01-03', until: '2026-01-01' })).rejects.toThrow(/after until/);
  });

  it('exports CSV that reads back, one row per line, formulas defused', async () => {
    const c = await propose('per_a', 'teacher');
    await reviewClaim(ctx, {
      claimId: c.id,
      state: 'rejected',
      author: anna,
      note: '=HYPERLINK("x")',
    });
    let csv = '';
    for await (const chunk of auditCsv(ctx.db, {})) csv += chunk;
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'id',
      'at',
      'actor',
      'actor_role',
      'origin',
      'action',
      'subject_ids',
      'summary',
      'reverts',
      'before',
      'after',
    ]);
    expect(rows.filter((r) => r.length > 1)).toHaveLength(3);
    expect(rows[1]![5]).toBe('claim.review');
    expect(JSON.parse(rows[1]![10]!)).toMatchObject({ state: 'rejected', note: '=HYPERLINK("x")' });
    let one = '';
    for await (const chunk of auditCsv(ctx.db, { action: 'claim.propose' })) one += chunk;
    expect(parseCsv(one).filter((r) => r.length > 1)).toHaveLength(2);
  });

  describe('revert', () => {
    async function revertLast(action: string) {
      const [l] = await ctx.db.audit.listLines({ action, limit: 1 });
      const r = await revertChange(ctx, l!.id, boris);
      expect(r.line).toMatchObject({
        action: 'audit.revert',
        reverts: l!.id,
        actor: 'cli:boris',
        origin: 'cli',
      });
      expect(await ctx.db.audit.revertOf(l!.id)).toMatchObject({ id: r.line.id });
      await expect(revertChange(ctx, l!.id, boris)).rejects.toThrow(/already reverted/);
      return r;
    }

    it('a proposed claim: rejected', async () => {
      const before = await shown('per_a');
      const c = await propose('per_a', 'teacher');
      await revertLast('claim.propose');
      expect((await ctx.db.claims.getClaim(c.id))!.state).toBe('rejected');
      expect(await shown('per_a')).toEqual(before);
    });

    it('a review: the previous state restored by a new review', async () => {
      const c = await propose('per_a', 'teacher');
      const before = await shown('per_a');
      await reviewClaim(ctx, { claimId: c.id, state: 'accepted', author: anna });
      expect(await shown('per_a')).not.toEqual(before);
      await revertLast('claim.review');
      expect((await ctx.db.claims.getClaim(c.id))!.state).toBe('proposed');
      expect(await ctx.db.claims.reviewsFor(c.id)).toHaveLength(2);
      expect(await shown('per_a')).toEqual(before);
    });

    it('a correction: the original back, the correction rejected', async () => {
      const c = await propose('per_a', 'teacher', anna, 'accepted');
      const before = await shown('per_a');
      const fixed = await correctClaim(ctx, { claimId: c.id, value: text('lawyer'), author: anna });
      await revertLast('claim.correct');
      expect((await ctx.db.claims.getClaim(c.id))!.state).toBe('accepted');
      expect((await ctx.db.claims.getClaim(fixed.id))!.state).toBe('rejected');
      expect(await shown('per_a')).toEqual(before);
    });

    it('a bulk accept: back to proposed, leaving claims changed since', async () => {
      const c1 = await propose('per_a', 'teacher');
      const c2 = await propose('per_a', 'miner');
      await acceptAbove(ctx, 0.5, anna);
      await reviewClaim(ctx, { claimId: c2.id, state: 'rejected', author: anna });
      const r = await revertLast('claims.accept_above');
      expect(r.restored).toEqual([{ claimId: c1.id, from: 'accepted', to: 'proposed' }]);
      expect(r.skipped.map((s) => s.claimId)).toEqual([c2.id]);
      expect((await ctx.db.claims.getClaim(c2.id))!.state).toBe('rejected');
    });

    it('a merge: the merge claim rejected, both persons shown apart again', async () => {
      await propose('per_a', 'teacher', anna, 'accepted');
      await propose('per_b', 'miner', anna, 'accepted');
      const [a, b] = [await shown('per_a'), await shown('per_b')];
      await mergeEntities(ctx, { id: 'per_b', into: 'per_a', author: anna });
      expect(await shown('per_a')).not.toEqual(a);
      await revertLast('entity.merge');
      expect(await shown('per_a')).toEqual(a);
      expect(await shown('per_b')).toEqual(b);
      expect((await mergeMap(ctx.db, 'person')).into.size).toBe(0);
    });

    it('keeping apart: the merge claims back as they were', async () => {
      await mergeEntities(ctx, { id: 'per_b', into: 'per_a', author: anna });
      const merged = await shown('per_a');
      await keepApart(ctx, { id: 'per_b', into: 'per_a', author: anna });
      await revertLast('entity.keep_apart');
      expect(await shown('per_a')).toEqual(merged);
    });

    it('a split: copies rejected, originals restored, the new person merged back', async () => {
      const c1 = await propose('per_a', 'teacher', anna, 'accepted');
      await propose('per_a', 'miner', anna, 'accepted');
      const before = await shown('per_a');
      const split = await splitEntity(ctx, { id: 'per_a', claimIds: [c1.id], author: anna });
      expect(await shown('per_a')).not.toEqual(before);
      const r = await revertLast('entity.split');
      expect(await shown('per_a')).toEqual(before);
      expect((await ctx.db.claims.getClaim(split.moved[0]!.to))!.state).toBe('rejected');
      expect((await mergeMap(ctx.db, 'person')).into.get(split.id)).toBe('per_a');
      expect(r.line.after).toMatchObject({ mergedBack: { id: split.id, into: 'per_a' } });
    });

    it('an ingest: every claim it added rejected', async () => {
      const result = await ingestReport(ctx, report('Ales Bialiatski'), { by: anna });
      const r = await revertLast('report.ingest');
      const added = await ctx.db.claims.listClaims({ sourceId: result.source.id, limit: 1000 });
      expect(added.length).toBeGreaterThan(0);
      expect(added.every((c) => c.state === 'rejected')).toBe(true);
      expect(r.restored.length).toBe(result.claims);
    });

    it('a source made confidential: the flag set back', async () => {
      const { source } = await ctx.db.sources.putSource({
        url: null,
        title: 'Confidential letter',
        publisher: null,
        publishedAt: null,
        language: 'en',
        contentHash: 'hash-letter',
        text: 'A letter from a relative.',
        duplicateOf: null,
      });
      await setSourceConfidential(ctx, source.id, true, anna);
      expect((await ctx.db.sources.getSource(source.id))!.confidential).toBe(true);
      const r = await revertLast('source.confidential');
      expect((await ctx.db.sources.getSource(source.id))!.confidential ?? false).toBe(false);
      expect(r.line.after).toMatchObject({ source: { sourceId: source.id, confidential: false } });
    });

    it('refuses a stale single change, a revert of a revert, and says why', async () => {
      const c = await propose('per_a', 'teacher');
      await reviewClaim(ctx, { claimId: c.id, state: 'accepted', author: anna });
      const [review] = await ctx.db.audit.listLines({ action: 'claim.review', limit: 1 });
      await reviewClaim(ctx, { claimId: c.id, state: 'rejected', author: anna });
      await expect(revertChange(ctx, review!.id, boris)).rejects.toThrow(
        /it is rejected now, not accepted .* revert that change first/,
      );
      const [latest] = await ctx.db.audit.listLines({ action: 'claim.review', limit: 1 });
      const r = await revertChange(ctx, latest!.id, boris);
      await expect(revertChange(ctx, r.line.id, boris)).rejects.toThrow(/a revert is not reverted/);
      const n = (await lines()).length;
      expect(n).toBe(4); // propose, two reviews, one revert: the refusals wrote nothing
    });
  });

  it('records an import and reverts it by rejecting what it added', async () => {
    const dump = {
      format: 'habeas-ledger',
      version: 1,
      sources: [],
      entities: [{ id: 'per_imp', type: 'person', createdAt: '2025-01-01T00:00:00.000Z' }],
      claims: [
        {
          id: 'clm_imp1',
          subjectId: 'per_imp',
          subjectType: 'person',
          property: 'occupation',
          value: text('editor'),
          sourceId: null,
          evidence: null,
          author: { kind: 'import', name: 'test' },
          createdAt: '2025-01-01T00:00:00.000Z',
          confidence: 1,
          initialState: 'accepted',
          supersedes: null,
        },
      ],
      reviews: [],
    };
    await importLedger(ctx.db, dump, undefined, boris);
    const [l] = await ctx.db.audit.listLines({ action: 'ledger.import' });
    expect(l).toMatchObject({ actor: 'cli:boris', origin: 'cli' });
    expect(l!.after).toMatchObject({ claimIds: ['clm_imp1'], entities: 1, claims: 1 });
    await revertChange(ctx, l!.id, anna);
    expect((await ctx.db.claims.getClaim('clm_imp1'))!.state).toBe('rejected');
  });
});
