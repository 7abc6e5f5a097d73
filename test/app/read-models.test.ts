/**
 * The read models (docs/read-models.md) against the truth they are built from, on both
 * databases: after a randomized history of proposals, reviews, merges, splits, reverts and
 * privacy changes, (1) no kept answer is ever served that differs from one built afresh from
 * the claims, at any step, for the public and for staff, and (2) the kept state the refresher
 * reached incrementally equals a rebuild from nothing (`habeas reindex`).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import type { AppContext } from '../../src/app/context.ts';
import { LedgerCache } from '../../src/app/ledger-cache.ts';
import { publicStores } from '../../src/app/publish/public-view.ts';
import { type Kind, keptAnswers, kinds, storedKind } from '../../src/app/read/read-models.ts';
import { rebuildReadModels, refreshReadModels } from '../../src/app/read/refresh-read-models.ts';
import { listReleaseEvents } from '../../src/app/read/release-events.ts';
import { releasePage } from '../../src/app/read/release-list.ts';
import { mergeEntities } from '../../src/app/review/merge-entities.ts';
import { proposeClaim } from '../../src/app/review/propose-claim.ts';
import { revertChange } from '../../src/app/review/revert-change.ts';
import { reviewClaim } from '../../src/app/review/review-claim.ts';
import { splitEntity } from '../../src/app/review/split-entity.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import type { Author } from '../../src/core/model/claim.ts';
import type { ReadScope, Stores } from '../../src/core/ports.ts';
import { buildServer } from '../../src/server/app.ts';
import { appContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';
import { Rng } from '../support/random.ts';

const editor: Author = { kind: 'user', id: 'rita' };

describe.each(backends())('read models on $name', (backend) => {
  let ctx: AppContext;
  beforeAll(async () => {
    const db = await backend.open();
    await importLedger(db, await readSampleLedger());
    ctx = appContext(db, { clock: new FixedClock('2026-02-01T00:00:00.000Z') });
  });
  afterAll(async () => {
    await ctx?.db.close();
  });

  const scopes: ReadScope[] = ['public', 'staff'];
  const storesOf = async (scope: ReadScope): Promise<Stores> =>
    scope === 'public' ? publicStores(ctx.db) : ctx.db;
  const idsOf = async (kind: Kind) =>
    (await ctx.db.entities.listEntities(kinds[kind].type, { limit: 10_000 })).map((r) => r.id);

  /** Answers built now from the claims, kept nowhere: the truth to compare with. */
  async function fresh(kind: Kind, scope: ReadScope, ids: readonly string[]) {
    const built = await kinds[kind].build(await storesOf(scope), ids);
    return new Map(built.map((b) => [b.id, JSON.stringify(b.value)]));
  }

  /** The live release order (release-list.ts) equals the list built from nothing. */
  async function expectReleaseOrder(step: string) {
    for (const scope of scopes) {
      const stores = await storesOf(scope);
      // Built from nothing at this step, once for both filters: the ledger does not move between.
      const truthCache = new LedgerCache(ctx.db);
      for (const country of [undefined, 'BY']) {
        const filter = { limit: 1000, ...(country && { country }) };
        const live = await releasePage(ctx.cache, stores, filter, changes);
        const truth = await listReleaseEvents(truthCache, stores, filter);
        expect(live, `${step}: ${scope} ${country}`).toEqual({
          ids: truth.items.map((i) => i.id),
          total: truth.total,
        });
      }
    }
  }
  const changes = (v: number) => ctx.db.reads!.changedSince(v);

  /** Every kept answer still valid equals the fresh one; what keptAnswers serves does too. */
  async function expectNoStaleAnswer(rng: Rng, step: string) {
    for (const kind of Object.keys(kinds) as Kind[]) {
      const all = await idsOf(kind);
      const ids = [...new Set([rng.pick(all), rng.pick(all), rng.pick(all)])];
      for (const scope of scopes) {
        const truth = await fresh(kind, scope, ids);
        const valid = await ctx.db.reads!.valid(storedKind(kind), scope, ids);
        for (const [id, body] of valid)
          expect(body, `${step}: kept ${kind} ${scope} ${id}`).toBe(truth.get(id));
        const reader = { scope, stores: () => storesOf(scope) };
        const served = await keptAnswers(ctx.db, reader, kind, ids);
        expect(Object.fromEntries(served), `${step}: served ${kind} ${scope}`).toEqual(
          Object.fromEntries(truth),
        );
        // Through the process's memory (kept-mirror.ts), twice: the second read is served from
        // it, and what it held since earlier steps must have left it when the ledger moved.
        for (const round of ['filled', 'held']) {
          const held = await keptAnswers(ctx.db, reader, kind, ids, ctx.cache);
          expect(Object.fromEntries(held), `${step}: ${round} ${kind} ${scope}`).toEqual(
            Object.fromEntries(truth),
          );
        }
      }
    }
  }

  it('never serves a stale answer through a random history, and keeps what a rebuild builds', async () => {
    // Seeded: the same history on every run and backend.
    const r = new Rng(7);
    await rebuildReadModels(ctx.db, { staff: true });
    const persons = await idsOf('dossier');
    const releases = await idsOf('release');
    const done: string[] = [];
    const steps: Array<[string, () => Promise<unknown>]> = [
      [
        'propose a name',
        async () =>
          proposeClaim(
            ctx,
            {
              subjectId: r.pick(persons),
              property: 'name',
              value: {
                type: 'name',
                name: {
                  value: `Alias ${done.length}`,
                  script: 'latin',
                  language: null,
                  kind: 'alias',
                },
              },
            },
            editor,
            r.next() < 0.5 ? 'accepted' : 'proposed',
          ),
      ],
      [
        'review a claim',
        async () => {
          const open = await ctx.db.claims.listClaims({ state: 'proposed', limit: 50 });
          const accepted = await ctx.db.claims.listClaims({ state: 'accepted', limit: 200 });
          const claim = r.pick([...open, ...accepted.slice(-20)]);
          return reviewClaim(ctx, {
            claimId: claim.id,
            state: claim.state === 'accepted' ? 'rejected' : 'accepted',
            author: editor,
          });
        },
      ],
      [
        'retitle a release',
        async () =>
          proposeClaim(
            ctx,
            {
              subjectId: r.pick(releases),
              property: 'title',
              value: { type: 'text', text: `Release retitled ${done.length}` },
            },
            editor,
            'accepted',
          ),
      ],
      [
        'redate a release',
        async () =>
          proposeClaim(
            ctx,
            {
              subjectId: r.pick(releases),
              property: 'date',
              value: {
                type: 'date',
                date: { value: `2025-0${1 + Math.floor(r.next() * 9)}-15`, precision: 'day' },
              },
            },
            editor,
            'accepted',
          ),
      ],
      [
        'merge two releases',
        async () => {
          const [a, b] = [r.pick(releases), r.pick(releases)];
          if (a !== b) await mergeEntities(ctx, { id: a, into: b, author: editor });
        },
      ],
      [
        'merge two persons',
        async () => {
          const [a, b] = [r.pick(persons), r.pick(persons)];
          if (a !== b) await mergeEntities(ctx, { id: a, into: b, author: editor });
        },
      ],
      [
        'split a person',
        async () => {
          const id = r.pick(persons);
          const names = (await ctx.db.claims.claimsFor([id])).filter((c) => c.property === 'name');
          if (names.length > 1)
            await splitEntity(ctx, { id, claimIds: [names[0]!.id], author: editor });
        },
      ],
      [
        'make a person private',
        async () =>
          proposeClaim(
            ctx,
            {
              subjectId: r.pick(persons),
              property: 'visibility',
              value: { type: 'text', text: 'private' },
            },
            editor,
            'accepted',
          ),
      ],
      [
        'revert a change',
        async () => {
          const lines = await ctx.db.audit.listLines({ action: 'claim.*', limit: 10 });
          const line = lines.length ? r.pick(lines) : null;
          if (line) await revertChange(ctx, line.id, editor);
        },
      ],
    ];
    for (let i = 0; i < 18; i++) {
      const [what, act] = r.pick(steps);
      // A refused act (a merge into a merged person, say) is part of a history too.
      if (
        await act().then(
          () => true,
          () => false,
        )
      )
        done.push(what);
      if (r.next() < 0.5) await refreshReadModels(ctx.db);
      await expectNoStaleAnswer(r, `step ${i} (${what})`);
      await expectReleaseOrder(`step ${i} (${what})`);
    }
    // The history did what it says: most kinds of act succeeded at least once.
    expect(new Set(done).size, done.join(', ')).toBeGreaterThanOrEqual(5);

    // What the refresher kept incrementally equals a rebuild from the claims.
    await refreshReadModels(ctx.db);
    const kept = await keptState();
    await rebuildReadModels(ctx.db, { staff: true });
    const rebuilt = await keptState();
    // Public answers are kept ahead for every entity; staff ones once read (the rebuild asked
    // for all), so the kept staff answers are a part of the rebuilt ones.
    const publicOf = (state: Record<string, string>) =>
      Object.fromEntries(Object.entries(state).filter(([k]) => k.includes('|public|')));
    expect(publicOf(kept)).toEqual(publicOf(rebuilt));
    for (const [key, body] of Object.entries(kept)) expect(rebuilt[key], key).toBe(body);
  }, 240_000);

  it("keeps a changed person's answers built ahead in a server, and says how far behind it is", async () => {
    const app = await buildServer(ctx, { readRefreshMs: 3_600_000, webDist: '/nonexistent' });
    try {
      // A person the public still sees (the history above made some private or merged them).
      const shown = await ctx.db.reads!.valid(
        storedKind('dossier'),
        'public',
        await idsOf('dossier'),
      );
      const person = [...shown.keys()][0];
      await proposeClaim(
        ctx,
        {
          subjectId: person!,
          property: 'name',
          value: {
            type: 'name',
            name: { value: 'Ahead Ofthereader', script: 'latin', language: null, kind: 'alias' },
          },
        },
        editor,
        'accepted',
      );
      // Stale now: the write marked the person after the answer was kept.
      expect((await ctx.db.reads!.valid(storedKind('dossier'), 'public', [person!])).size).toBe(0);
      const before = (await app.inject('/api/health')).json();
      expect(before.readModels.builtTo).toBeNull();
      await (
        app as unknown as { readRefresher: { runNow(): Promise<void> } }
      ).readRefresher.runNow();
      const kept = await ctx.db.reads!.valid(storedKind('dossier'), 'public', [person!]);
      expect(kept.get(person!)).toContain('Ahead Ofthereader');
      const health = (await app.inject('/api/health')).json();
      expect(health.readModels).toMatchObject({
        builtTo: await ctx.db.stamps!.ledger(),
        lastError: null,
      });
      expect(health.readModels.lagMs).toBeGreaterThanOrEqual(0);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('keeps running when a refresh fails, and says why in /api/health', async () => {
    const down = Object.create(ctx.db) as typeof ctx.db;
    const refused = () => Promise.reject(new Error('connection refused'));
    Object.defineProperty(down, 'reads', {
      value: { ...ctx.db.reads!, position: refused, pendingSince: refused },
    });
    const app = await buildServer({ ...ctx, db: down }, { readRefreshMs: 3_600_000 });
    try {
      const runner = (app as unknown as { readRefresher: { runNow(): Promise<void> } })
        .readRefresher;
      // Resolves: a rejection would go unhandled in the server's timer and end the process.
      await expect(runner.runNow()).resolves.toBeUndefined();
      const health = (await app.inject('/api/health')).json();
      expect(health.readModels.lastError).toBe('connection refused');
    } finally {
      await app.close();
    }
  });

  /** Every valid kept answer, by kind, scope and id. */
  async function keptState(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const kind of Object.keys(kinds) as Kind[]) {
      const ids = await idsOf(kind);
      for (const scope of scopes)
        for (const [id, body] of await ctx.db.reads!.valid(storedKind(kind), scope, ids))
          out[`${kind}|${scope}|${id}`] = body;
    }
    return out;
  }
});
