/**
 * GET /api/counts answers one page of the held persons' ids (docs/api.md, "Paged ids"), on both
 * databases, over a ledger of 250 published persons and one private person held in BY:
 * pages of 100 give every id once in three pages; a person added after the first page neither
 * repeats nor hides another; a cursor the API did not give is a 400 naming `cursor`; the
 * public never gets the private person's id (staff do); and the replay used by stores without
 * the read model pages the same way.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { publicStores } from '../../src/app/publish/public-view.ts';
import { countPrisoners, heldIdsPage } from '../../src/app/read/count-prisoners.ts';
import { encodeCursor } from '../../src/core/cursor.ts';
import type { Stores } from '../../src/core/ports.ts';
import { type AuthHeaders, signIn } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { heldLedger, heldPerson } from '../support/held-ledger.ts';
import { ledgerApp } from '../support/ledger-app.ts';

const at = '2025-01-01';
/** 250 ids out of their numeric order (97 and 1000 share no factor): ordering is the store's. */
const published = Array.from(
  { length: 250 },
  (_, i) => `per_${String((i * 97) % 1000).padStart(3, '0')}`,
);
const privateId = 'per_500private';

interface Page {
  items: string[];
  nextCursor: string | null;
  total: number;
}

describe.each(backends())('paged ids of GET /api/counts on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let staff: AuthHeaders;

  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend, heldLedger(published, [privateId])));
    staff = await signIn(app, ctx, 'admin');
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  const count = async (query: string, headers: AuthHeaders | undefined = undefined) => {
    const r = await app.inject({
      method: 'GET',
      url: `/api/counts?country=BY&at=${at}&${query}`,
      headers,
    });
    expect(r.statusCode, `${query}: ${r.body}`).toBe(200);
    return r.json();
  };

  /** Every page from the first, following nextCursor. */
  const pages = async (limit: number, headers?: AuthHeaders): Promise<Page[]> => {
    const out: Page[] = [];
    let cursor: string | null = null;
    do {
      const body = await count(`limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, headers);
      out.push(body.registry.ids);
      cursor = body.registry.ids.nextCursor;
    } while (cursor && out.length < 100);
    return out;
  };

  it('gives 250 held persons in three pages of at most 100, each id once, in id order', async () => {
    const got = await pages(100);
    expect(got.map((p) => p.items.length)).toEqual([100, 100, 50]);
    expect(got.map((p) => p.total)).toEqual([250, 250, 250]);
    expect(got.at(-1)!.nextCursor).toBeNull();
    const all = got.flatMap((p) => p.items);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual([...published].sort());
    // The figures count the private person too.
    const first = await count('limit=100');
    expect(first.registry).toMatchObject({ count: 251, named: 251, unnamed: 0 });
  });

  it('pages 250 ids by 125 into exactly two pages: the last page says there is no next', async () => {
    expect((await pages(125)).map((p) => [p.items.length, p.nextCursor === null])).toEqual([
      [125, false],
      [125, true],
    ]);
  });

  it("gives staff the private person's id and the public never", async () => {
    const publicIds = (await pages(100)).flatMap((p) => p.items);
    expect(publicIds).not.toContain(privateId);
    const staffPages = await pages(100, staff);
    expect(staffPages.map((p) => p.items.length)).toEqual([100, 100, 51]);
    expect(staffPages[0]!.total).toBe(251);
    expect(staffPages.flatMap((p) => p.items)).toEqual([...published, privateId].sort());
    // A public cursor right before the private id skips it; the page is still full.
    const before = [...published]
      .sort()
      .filter((id) => id < privateId)
      .at(-1)!;
    const body = await count(`limit=3&cursor=${encodeCursor(before)}`);
    expect(body.registry.ids.items).toHaveLength(3);
    expect(body.registry.ids.items).not.toContain(privateId);
    expect(body.registry.ids.items[0]! > before).toBe(true);
  });

  it('leaves the ids out with ids=false and takes the default of 100 ids otherwise', async () => {
    const figures = await count('ids=false');
    expect(figures.registry).toEqual({ count: 251, named: 251, unnamed: 0 });
    const byDefault = await count('');
    expect(byDefault.registry.ids.items).toHaveLength(100);
  });

  it('keeps later pages stable when a person is added after the first page', async () => {
    const first = (await count('limit=100')).registry.ids as Page;
    const sorted = [...published].sort();
    // One id sorts before the cursor, one after: the first is not on a later page (it was not
    // there when page one was read), the second is, and nothing repeats or goes missing.
    const early = 'per_000a';
    const late = 'per_999z';
    expect(early < first.items.at(-1)! && late > first.items.at(-1)!).toBe(true);
    for (const id of [early, late]) {
      const p = heldPerson(id);
      await ctx.db.entities.createEntities(p.entities);
      await ctx.db.claims.appendClaims(p.claims);
    }
    const rest: Page[] = [];
    for (let cursor = first.nextCursor; cursor; ) {
      const body = await count(`limit=100&cursor=${cursor}`);
      rest.push(body.registry.ids);
      cursor = body.registry.ids.nextCursor;
    }
    const all = [...first.items, ...rest.flatMap((p) => p.items)];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual([...sorted, late]);
    expect(rest.at(-1)!.total).toBe(252);
  });

  it('refuses a cursor it did not give with a 400 naming the parameter', async () => {
    const bad = [
      'abc',
      'not%20base64',
      Buffer.from('per_001').toString('base64url'),
      // One character more: a NUL after the id, which no id holds.
      `${encodeCursor('per_001')}A`,
      'A'.repeat(1001),
    ];
    for (const cursor of bad) {
      const r = await app.inject({
        method: 'GET',
        url: `/api/counts?country=BY&at=${at}&cursor=${cursor}`,
      });
      expect(r.statusCode, cursor).toBe(400);
      expect(r.json().detail, cursor).toMatch(
        /^querystring\.cursor: (not a cursor this API gave|cursor may be at most 1000)/,
      );
    }
    for (const limit of ['0', '1001', 'many']) {
      const r = await app.inject({
        method: 'GET',
        url: `/api/counts?country=BY&at=${at}&limit=${limit}`,
      });
      expect(r.statusCode, limit).toBe(400);
      expect(r.json().detail, limit).toMatch(/^querystring\.limit/);
    }
  });

  it('pages the same way from the replay when the stores have no read model', async () => {
    const asked = async (stores: Stores) => {
      const all: string[] = [];
      const first = await countPrisoners(stores, 'BY', at, { limit: 70 });
      if (!('ids' in first.registry)) throw new Error('no ids');
      const totals = [first.registry.ids.total];
      all.push(...first.registry.ids.items);
      for (let cursor = first.registry.ids.nextCursor; cursor; ) {
        const page = await heldIdsPage(stores, 'BY', at, { limit: 70, cursor });
        totals.push(page.total);
        all.push(...page.items);
        cursor = page.nextCursor;
      }
      return { figures: { ...first.registry, ids: undefined }, all, totals };
    };
    const { held: _model, ...replayOnly }: Stores = ctx.db;
    expect(await asked(replayOnly)).toEqual(await asked(ctx.db));
    expect(await asked(await publicStores(replayOnly))).toEqual(
      await asked(await publicStores(ctx.db)),
    );
    const publicAll = (await asked(await publicStores(replayOnly))).all;
    expect(publicAll).not.toContain(privateId);
    expect((await asked(replayOnly)).all).toContain(privateId);
  });
});
