/**
 * GET /api/counts from the held-spans read model, on the sample ledger as imported (the import
 * writes through the claim store, which keeps the model current): the same figures as the
 * in-memory replay on many dates, the ids read page by page through the cursor are the replay's,
 * and `ids=false` gives the figures without the ids.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { countInput } from '../../src/app/read/count-input.ts';
import { heldAt } from '../../src/core/model/counts.ts';
import { backends } from '../support/databases.ts';
import { ledgerApp } from '../support/ledger-app.ts';

describe.each(backends())('counts from the read model on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;

  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend));
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  const get = async (url: string) => {
    const r = await app.inject({ method: 'GET', url });
    expect(r.statusCode, url).toBe(200);
    return r.json();
  };

  /** The figures of a date and every id held on it, following nextCursor page by page. */
  const everyPage = async (at: string, limit: number) => {
    const first = await get(`/api/counts?country=BY&at=${at}&limit=${limit}`);
    const { ids, ...figures } = first.registry;
    const all: string[] = [...ids.items];
    for (let cursor = ids.nextCursor; cursor; ) {
      const next = await get(`/api/counts?country=BY&at=${at}&limit=${limit}&cursor=${cursor}`);
      expect(next.registry.ids.total).toBe(ids.total);
      all.push(...next.registry.ids.items);
      cursor = next.registry.ids.nextCursor;
    }
    expect(all).toHaveLength(ids.total);
    return { figures, personIds: all };
  };

  it('equal the replay of every status change on every sampled date', async () => {
    const input = await countInput(ctx.db);
    let seen = 0;
    for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2026, 0, 1); t += 45 * 86_400_000) {
      const at = new Date(t).toISOString().slice(0, 10);
      const { personIds, ...figures } = heldAt(input, 'BY', at);
      // Pages of 20: the sample holds more than that on most dates, so the cursor is followed.
      const got = await everyPage(at, 20);
      expect(got, at).toEqual({ figures, personIds });
      seen += figures.count;
    }
    // The sample holds people in BY over these years: the comparison was not of zeros.
    expect(seen).toBeGreaterThan(0);
  });

  it('leave the ids out with ids=false', async () => {
    const full = await get('/api/counts?country=BY&at=2025-06-01');
    const figures = await get('/api/counts?country=BY&at=2025-06-01&ids=false');
    expect(full.registry.ids.items.length).toBeGreaterThan(0);
    const { ids: _ids, ...rest } = full.registry;
    expect(figures.registry).toEqual(rest);
    expect(figures.reported).toEqual(full.reported);
  });
});
