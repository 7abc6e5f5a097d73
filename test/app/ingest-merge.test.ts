// Event merges during ingest (grp40): reports of one release arriving in a bad order end in one
// event (a later report that fits two events makes them one, as a reviewer's merge would, and a
// reviewer can undo it); reports of two releases months apart stay two. Own sentences.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { ingestBatch } from '../../src/app/ingest/ingest-batch.ts';
import { ingestReport } from '../../src/app/ingest/ingest-report.ts';
import { sessionFor } from '../../src/app/ingest/ingest-session.ts';
import { listReleaseEvents } from '../../src/app/read/release-events.ts';
import { keepApart } from '../../src/app/review/merge-entities.ts';
import { revertChange } from '../../src/app/review/revert-change.ts';
import type { Author } from '../../src/core/model/claim.ts';
import { openAppContext } from '../support/app-context.ts';
import { pgliteBackend } from '../support/databases.ts';

const reviewer: Author = { kind: 'user', id: 'anna' };

// One release, three ways: names without the day or the figure (de), the day and the figure
// without names (ru), and all of it (en). The full report last is the bad order: the first two
// start two events, each missing what the other has.
const names =
  'Die belarussischen Behörden haben die Oppositionellen Ales Koval und Marina Zhuk aus der Haft entlassen, teilte ihre Familie mit.';
const figure =
  'Власти Беларуси 11 сентября 2025 года освободили 52 политических заключённых, сообщило агентство.';
const full =
  'Belarus freed 52 political prisoners on 11 September 2025, among them Ales Koval and Marina Zhuk, after talks with American envoys.';

const polish =
  'Białoruś uwolniła 11 września 2025 roku 52 więźniów politycznych, w tym Alesia Kovala i Marinę Zhuk.';

async function events(ctx: AppContext) {
  const { items } = await listReleaseEvents(ctx.cache, ctx.db, { limit: 100 });
  return items.map((e) => ({
    id: e.id,
    main: e.reports.filter((r) => r.role === 'main').map((r) => r.sourceId),
  }));
}

async function merges(ctx: AppContext) {
  return ctx.db.audit.listLines({ action: 'entity.merge', limit: 100 });
}

describe('ingest merges events a later report shows to be one', () => {
  let ctx: AppContext;

  beforeEach(async () => {
    ctx = await openAppContext(pgliteBackend);
  });

  afterEach(async () => {
    await ctx.db.close();
  });

  it('ends in one event when the full report comes last, the older event surviving', async () => {
    const a = await ingestReport(ctx, { text: names });
    const b = await ingestReport(ctx, { text: figure });
    const older = a.events[0]!.id;
    expect(b.events[0]!.id).not.toBe(older);
    const c = await ingestReport(ctx, { text: full });
    expect(c.events[0]!.id).toBe(older);
    expect(c.events[0]!.explanation.join(' ')).toMatch(/made one: fits/);
    const listed = await events(ctx);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.id).toBe(older);
    expect(listed[0]!.main.sort()).toEqual([a, b, c].map((r) => r.source.id).sort());
    // Recorded as a reviewer's merge is: an accepted mergedInto claim, here by ingest, resting
    // on the report that fits both, and an entity.merge audit line attributed to ingest.
    const [claim] = (await ctx.db.claims.claimsFor([b.events[0]!.id])).filter(
      (x) => x.property === 'mergedInto',
    );
    expect(claim).toMatchObject({
      state: 'accepted',
      value: { type: 'ref', id: older },
      sourceId: c.source.id,
      author: { kind: 'extractor', name: 'habeas-extract' },
    });
    const [line] = await merges(ctx);
    expect(line!.actor).toMatch(/^habeas-extract/);
    expect(line).toMatchObject({
      after: { claimId: claim!.id, merged: b.events[0]!.id, into: older },
    });
    expect(line!.summary).toMatch(/^ingest merged/);
    // A session loaded afresh from the ledger sees the merge: one more report (pl) joins it.
    (await sessionFor(ctx)).stale = true;
    const d = await ingestReport(ctx, { text: polish });
    expect(d.events[0]!.id).toBe(older);
    expect(await events(ctx)).toHaveLength(1);
  });

  it('a reviewer undoes it, and ingest does not merge the two again', async () => {
    const [, b] = [
      await ingestReport(ctx, { text: names }),
      await ingestReport(ctx, { text: figure }),
    ];
    const c = await ingestReport(ctx, { text: full });
    const survivor = c.events[0]!.id;
    await keepApart(ctx, { id: b.events[0]!.id, into: survivor, author: reviewer });
    expect(await events(ctx)).toHaveLength(2);
    // Another report fitting both (pl): it joins one, the two stay apart.
    await ingestReport(ctx, { text: polish });
    expect(await events(ctx)).toHaveLength(2);
    expect(await merges(ctx)).toHaveLength(1);
  });

  it('reverting the audit line undoes the merge too', async () => {
    await ingestReport(ctx, { text: names });
    await ingestReport(ctx, { text: figure });
    await ingestReport(ctx, { text: full });
    const [line] = await merges(ctx);
    await revertChange(ctx, line!.id, reviewer);
    expect(await events(ctx)).toHaveLength(2);
  });

  it('a batch in the bad order ends in one event, as in the kind order', async () => {
    const bad = await ingestBatch(
      ctx,
      [names, figure, full].map((text, i) => ({ origin: `r${i}`, input: { text } })),
    );
    expect(bad.problems).toEqual([]);
    expect(await events(ctx)).toHaveLength(1);
  });
});

describe('ingest keeps apart what a report cannot make one', () => {
  let ctx: AppContext;

  beforeEach(async () => {
    ctx = await openAppContext(pgliteBackend);
  });

  afterEach(async () => {
    await ctx.db.close();
  });

  it('two dated releases of different sizes, months apart, named together later', async () => {
    // June (fr) and September (es), then a look-back naming two prisoners of each (en): it fits
    // both, and joins one of them.
    const batch = await ingestBatch(
      ctx,
      [
        'Le Bélarus a libéré 14 prisonniers politiques le 21 juin 2025, dont Ales Koval et Marina Zhuk, a annoncé leur avocat.',
        'Bielorrusia liberó a 52 presos políticos el 11 de septiembre de 2025, entre ellos Nina Bely y Petr Sokol, según sus familias.',
        'Ales Koval, Marina Zhuk, Nina Bely and Petr Sokol, all freed from Belarusian prisons this year, spoke to reporters in Vilnius about their years behind bars.',
      ].map((text, i) => ({ origin: `r${i}`, input: { text } })),
    );
    const lookBack = batch.items[2]!.result.events[0]!;
    expect(lookBack.created).toBe(false);
    const [june, september] = batch.items.map((x) => x.result.source.id);
    const listed = await events(ctx);
    const of = (source: string | undefined) => listed.find((e) => e.main.includes(source!))?.id;
    expect(of(june)).toBeDefined();
    expect(of(september)).toBeDefined();
    expect(of(june)).not.toBe(of(september));
    expect(await merges(ctx)).toHaveLength(0);
  });
});
