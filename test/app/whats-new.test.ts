/**
 * What is new since a user last looked (docs/whats-new.md), on both databases: after a report
 * is ingested its release event is new; accepting its count changes it; a second accepted
 * count makes a conflict; marking seen empties the view each time.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markSeen, whatsNew } from '../../src/app/changes/whats-new.ts';
import type { AppContext } from '../../src/app/context.ts';
import { ingestReport } from '../../src/app/ingest/ingest-report.ts';
import { reviewClaim } from '../../src/app/review/review-claim.ts';
import type { Claim } from '../../src/core/model/claim.ts';
import { num } from '../../src/core/model/values.ts';
import { openAppContext } from '../support/app-context.ts';
import { addUser } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';
import { freedReport } from './change-reports.ts';

const reviewer = { kind: 'user' as const, id: 'anna' };
const minute = 60_000;

describe.each(backends())('what is new on $name', (backend) => {
  let ctx: AppContext;
  let clock: FixedClock;
  let userId: string;

  beforeEach(async () => {
    clock = new FixedClock('2026-03-01T08:00:00.000Z');
    ctx = await openAppContext(backend, clock);
    userId = (await addUser(ctx, 'viewer')).id;
  });

  afterEach(async () => {
    await ctx?.db.close();
  });

  async function releaseOf(sourceId: string) {
    const claims = await ctx.db.claims.listClaims({ sourceId, subjectType: 'release_event' });
    const count = claims.find((c) => c.property === 'releasedCount');
    if (!count) throw new Error('the report gave no released count');
    return { id: count.subjectId, count };
  }

  it('lists a new release, its accepted count, a new conflict and the report; marking seen empties it', async () => {
    await markSeen(ctx, userId);
    const start = (await whatsNew(ctx, userId)).since;
    expect(start).toBe('2026-03-01T08:00:00.000Z');
    expect((await whatsNew(ctx, userId)).items).toEqual([]);

    clock.advance(minute);
    const stored = await ingestReport(ctx, freedReport);
    const release = await releaseOf(stored.source.id);
    clock.advance(minute);
    const first = await whatsNew(ctx, userId);
    expect(first.since).toBe(start);
    expect(first.until).toBe(clock.now());
    const created = first.items.filter((i) => i.kind === 'release.created');
    expect(created.map((i) => i.id)).toEqual([release.id]);
    expect(created[0]).toMatchObject({
      type: 'release_event',
      path: `/releases/${release.id}`,
      best: {
        country: { value: { type: 'text', text: 'BY' }, proposed: true },
        releasedCount: { value: { type: 'number', number: 52 }, proposed: true },
      },
    });
    expect(first.items.some((i) => i.kind === 'release.changed')).toBe(false);
    expect(first.reports.total).toBe(1);
    expect(first.reports.items[0]).toMatchObject({
      id: stored.source.id,
      title: 'Belarus frees 52',
    });

    // Marking seen at the view's end: nothing is new any more.
    await markSeen(ctx, userId, first.until);
    const seen = await whatsNew(ctx, userId);
    expect(seen.mark).toBe(first.until);
    expect(seen.items).toEqual([]);
    expect(seen.reports.total).toBe(0);

    // A reviewer accepts the count: the release changed (52, now accepted), it is not new.
    clock.advance(minute);
    await reviewClaim(ctx, { claimId: release.count.id, state: 'accepted', author: reviewer });
    clock.advance(minute);
    const accepted = await whatsNew(ctx, userId);
    expect(accepted.items.map((i) => i.kind)).toEqual(['release.changed']);
    const changed = accepted.items[0]!;
    if (changed.kind !== 'release.changed') throw new Error('expected a change');
    expect(changed.changes).toEqual([
      {
        field: 'releasedCount',
        before: expect.objectContaining({ proposed: true }),
        after: expect.objectContaining({ proposed: false }),
      },
    ]);
    expect(accepted.reports.total).toBe(0);
    await markSeen(ctx, userId, accepted.until);

    // Another source's accepted count of 14 for the same release: a conflict, and a change.
    clock.advance(minute);
    const fourteen: Claim = {
      ...release.count,
      id: 'clm_fourteen',
      value: num(14),
      sourceId: null,
      evidence: null,
      author: reviewer,
      createdAt: clock.now(),
      initialState: 'accepted',
      supersedes: null,
    };
    await ctx.db.claims.appendClaims([fourteen]);
    clock.advance(minute);
    const conflicted = await whatsNew(ctx, userId);
    const conflict = conflicted.items.find((i) => i.kind === 'conflict.created');
    expect(conflict).toMatchObject({ id: release.id, property: 'releasedCount' });
    if (conflict?.kind !== 'conflict.created') throw new Error('expected a conflict');
    expect(conflict.values.map((v) => v.value)).toEqual(expect.arrayContaining([num(52), num(14)]));
    await markSeen(ctx, userId, conflicted.until);
    expect((await whatsNew(ctx, userId)).items).toEqual([]);
  });

  it('looks a week back without a mark, and refuses a start past the cap or in the future', async () => {
    const first = await whatsNew(ctx, userId);
    expect(first.mark).toBeNull();
    expect(first.since).toBe('2026-02-22T08:00:00.000Z');
    const asked = await whatsNew(ctx, userId, { since: '2026-02-28' });
    expect(asked.since).toBe('2026-02-28T00:00:00.000Z');
    await expect(whatsNew(ctx, userId, { since: '2024-01-01' })).rejects.toThrow(
      'the limit is 366 days',
    );
    await expect(whatsNew(ctx, userId, { since: 'yesterday' })).rejects.toThrow('ISO 8601');
    await expect(whatsNew(ctx, userId, { since: '2026-03-02' })).rejects.toThrow('after now');
    await expect(markSeen(ctx, userId, '2027-01-01')).rejects.toThrow('after now');
  });

  it('shows what was true at the start of the span, not only what came after it', async () => {
    // A release ingested before the span and changed in it is changed, not created.
    const stored = await ingestReport(ctx, freedReport);
    const release = await releaseOf(stored.source.id);
    clock.advance(minute);
    await markSeen(ctx, userId);
    clock.advance(minute);
    await reviewClaim(ctx, { claimId: release.count.id, state: 'rejected', author: reviewer });
    const after = await whatsNew(ctx, userId);
    expect(after.items).toMatchObject([
      {
        kind: 'release.changed',
        id: release.id,
        changes: [{ field: 'releasedCount', before: { proposed: true }, after: null }],
      },
    ]);
  });
});
