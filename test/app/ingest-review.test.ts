import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { ingestReport } from '../../src/app/ingest/ingest-report.ts';
import { getPerson } from '../../src/app/read/get-person.ts';
import { listPersons } from '../../src/app/read/list-persons.ts';
import { getReleaseEvent, listReleaseEvents } from '../../src/app/read/release-events.ts';
import { correctClaim } from '../../src/app/review/correct-claim.ts';
import { keepApart, mergeEntities } from '../../src/app/review/merge-entities.ts';
import { reviewClaim } from '../../src/app/review/review-claim.ts';
import { splitEntity } from '../../src/app/review/split-entity.ts';
import type { Author } from '../../src/core/model/claim.ts';
import { num } from '../../src/core/model/values.ts';
import { openAppContext } from '../support/app-context.ts';
import { pgliteBackend } from '../support/databases.ts';

const reviewer: Author = { kind: 'user', id: 'anna' };

const report = (name: string, day: string) => ({
  text: `Belarus freed activist ${name} on ${day}, his lawyer said. He had spent three years in prison.`,
  publishedAt: '2025-03-20',
});

async function personNamed(ctx: AppContext, spelling: string): Promise<string[]> {
  const names = await ctx.db.claims.listClaims({ subjectType: 'person', property: 'name' });
  return [
    ...new Set(
      names
        .filter((c) => c.value.type === 'name' && c.value.name.value === spelling)
        .map((c) => c.subjectId),
    ),
  ];
}

describe('review decisions on ingested people and events', () => {
  let ctx: AppContext;

  beforeEach(async () => {
    ctx = await openAppContext(pgliteBackend);
  });

  afterEach(async () => {
    await ctx.db.close();
  });

  async function reviewPair() {
    await ingestReport(ctx, report('Dzmitry Dashkevich', '15 March 2025'));
    await ingestReport(ctx, report('Dmitri Daskevich', '15 March 2025'));
    const [official] = await personNamed(ctx, 'Dzmitry Dashkevich');
    const [press] = await personNamed(ctx, 'Dmitri Daskevich');
    return { official: official!, press: press! };
  }

  it('puts a review-level name match in the queue instead of merging', async () => {
    const { official, press } = await reviewPair();
    expect(press).not.toBe(official);
    const proposal = (await ctx.db.claims.claimsFor([press])).find(
      (c) => c.property === 'mergedInto',
    );
    expect(proposal?.state).toBe('proposed');
    expect(proposal?.value).toEqual({ type: 'ref', id: official });
    expect(proposal?.confidence).toBeGreaterThan(0.7);
    expect(proposal?.confidence).toBeLessThan(0.88);
  });

  it('obeys "different": the spelling keeps its own person and is not asked again', async () => {
    const { official, press } = await reviewPair();
    await keepApart(ctx, { id: press, into: official, author: reviewer });
    const again = await ingestReport(ctx, {
      text: 'Belarus freed activist Dmitri Daskevich on 15 March 2025; he spoke to reporters in Vilnius.',
      publishedAt: '2025-03-25',
    });
    expect(again.created).toBe(true);
    expect(await personNamed(ctx, 'Dmitri Daskevich')).toEqual([press]);
    const released = await ctx.db.claims.listClaims({
      property: 'released',
      sourceId: again.source.id,
    });
    expect(released.map((c) => c.value)).toEqual([{ type: 'ref', id: press }]);
    const proposals = (await ctx.db.claims.claimsFor([press])).filter(
      (c) => c.property === 'mergedInto' && c.state === 'proposed',
    );
    expect(proposals).toEqual([]);
  });

  it('merges on "same": the merged person leaves the list and shows under the survivor', async () => {
    const { official, press } = await reviewPair();
    const before = (await listPersons(ctx.db)).total;
    const merged = await mergeEntities(ctx, { id: press, into: official, author: reviewer });
    const reviews = await ctx.db.claims.reviewsFor(merged.claimId);
    expect(reviews.at(-1)).toMatchObject({ state: 'accepted', author: reviewer });
    const list = await listPersons(ctx.db);
    expect(list.total).toBe(before - 1);
    expect(list.items.map((p) => p.id)).not.toContain(press);
    const dossier = await getPerson(ctx.db, official);
    expect(dossier.claims.some((c) => c.subjectId === press && c.property === 'name')).toBe(true);
    // The next report with the press spelling resolves to the survivor.
    await ingestReport(ctx, {
      text: 'Belarus freed activist Dmitri Daskevich on 15 March 2025; he reached Vilnius on Monday.',
      publishedAt: '2025-03-26',
    });
    const released = (await ctx.db.claims.listClaims({ property: 'released' })).map((c) =>
      c.value.type === 'ref' ? c.value.id : null,
    );
    expect(released.at(-1)).toBe(official);
    await expect(
      mergeEntities(ctx, { id: official, into: press, author: reviewer }),
    ).rejects.toThrow(/already merged/);
  });

  it('obeys a merge accepted through a plain claim review, without a restart', async () => {
    const { official, press } = await reviewPair();
    const proposal = (await ctx.db.claims.claimsFor([press])).find(
      (c) => c.property === 'mergedInto',
    )!;
    await reviewClaim(ctx, { claimId: proposal.id, state: 'accepted', author: reviewer });
    const later = await ingestReport(ctx, {
      text: 'Belarus freed activist Dmitri Daskevich on 15 March 2025; he spoke in Warsaw on Friday.',
      publishedAt: '2025-03-28',
    });
    const released = await ctx.db.claims.listClaims({
      property: 'released',
      sourceId: later.source.id,
    });
    expect(released.map((c) => c.value)).toEqual([{ type: 'ref', id: official }]);
  });

  it('merges two events and splits claims off into a new one, recorded as claims', async () => {
    const a = await ingestReport(ctx, {
      text: 'Belarus pardoned 16 prisoners on 3 March 2025, the presidential press service said.',
      publishedAt: '2025-03-04',
    });
    const b = await ingestReport(ctx, {
      text: 'Belarus pardoned 16 prisoners on 24 March 2025, the presidential press service said.',
      publishedAt: '2025-03-25',
    });
    const ea = a.events[0]!.id;
    const eb = b.events[0]!.id;
    expect(ea).not.toBe(eb);
    await mergeEntities(ctx, { id: eb, into: ea, author: reviewer });
    const { items } = await listReleaseEvents(ctx.cache, ctx.db, { limit: 100 });
    expect(items.map((e) => e.id)).toEqual([ea]);
    const merged = await getReleaseEvent(ctx.db, ea);
    expect(merged.reports.map((r) => r.sourceId).sort()).toEqual([a.source.id, b.source.id].sort());
    const moving = (await ctx.db.claims.claimsFor([ea])).filter(
      (c) => c.property === 'releasedCount',
    );
    const split = await splitEntity(ctx, {
      id: ea,
      claimIds: moving.map((c) => c.id),
      author: reviewer,
    });
    const copies = await ctx.db.claims.claimsFor([split.id]);
    expect(copies.map((c) => c.supersedes)).toEqual(moving.map((c) => c.id));
    for (const c of moving) expect((await ctx.db.claims.getClaim(c.id))?.state).toBe('rejected');
  });

  it('corrects a claim: the correction supersedes it, keeps its evidence and is accepted', async () => {
    const a = await ingestReport(ctx, {
      text: 'Belarus pardoned 16 prisoners on 3 March 2025, the presidential press service said.',
      publishedAt: '2025-03-04',
    });
    const count = (await ctx.db.claims.claimsFor([a.events[0]!.id])).find(
      (c) => c.property === 'releasedCount',
    )!;
    const fixed = await correctClaim(ctx, { claimId: count.id, value: num(17), author: reviewer });
    expect(fixed).toMatchObject({
      supersedes: count.id,
      initialState: 'accepted',
      author: reviewer,
    });
    expect(fixed.evidence).toEqual(count.evidence);
    expect((await ctx.db.claims.getClaim(count.id))?.state).toBe('rejected');
    const view = await getReleaseEvent(ctx.db, a.events[0]!.id);
    expect(view.releasedCount).toEqual({ value: 17, qualifier: 'exact' });
  });
});
