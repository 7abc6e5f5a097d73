/**
 * The people list in the reader's order: by the name each row is headed by for a reader of the
 * language, as that language collates (Belarusian: У before Ў; Ukrainian: Г before Ґ), over the
 * whole list and not page by page, filters included; a search's equally good matches collated.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { LedgerCache } from '../../src/app/ledger-cache.ts';
import { collatedTies, filterPersons } from '../../src/app/read/filter-persons.ts';
import type { PersonSummary } from '../../src/app/read/list-persons.ts';
import { personOrder } from '../../src/app/read/person-order.ts';
import { proposeClaim } from '../../src/app/review/propose-claim.ts';
import { reviewClaim } from '../../src/app/review/review-claim.ts';
import type { NameValue } from '../../src/core/model/values.ts';
import type { Database, Stores } from '../../src/core/ports.ts';
import { appContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';
import { FIXED_NOW, FixedClock, makeClaim, makeName } from '../support/factories.ts';

// Ids in an order no collation gives, so an order by id or page by page shows.
const persons: Record<string, Array<[string, Partial<NameValue>]>> = {
  per_a: [
    ['Ўан Ант', { language: 'be' }],
    ['Wan Ant', { language: 'en' }],
  ],
  per_b: [
    ['Убар Бор', { language: 'be' }],
    ['Ubar Bor', { language: 'en' }],
  ],
  per_c: [
    ['Аляксей Віт', { language: 'be' }],
    ['Алексей Вит', { language: 'ru' }],
    ['Aliaksei Vit', { language: 'en' }],
  ],
  // Latin spellings only: a Cyrillic reader's row is headed by one, collated after Cyrillic.
  per_d: [['Zoe Lat', { language: 'en' }]],
  per_e: [
    ['Ґалина Дан', { language: 'uk' }],
    ['Halyna Dan', { language: 'en' }],
  ],
  per_f: [
    ['Гнат Дан', { language: 'uk' }],
    ['Hnat Dan', { language: 'en' }],
    // A misspelling never heads a row, so it never decides the order either.
    ['Аааа', { language: 'be', kind: 'misspelling' }],
  ],
};
const journalists = ['per_a', 'per_c', 'per_f'];

async function seed(db: Database): Promise<void> {
  await db.entities.createEntities(
    Object.keys(persons).map((id) => ({ id, type: 'person' as const, createdAt: FIXED_NOW })),
  );
  const accepted = { sourceId: null, initialState: 'accepted' as const };
  await db.claims.appendClaims([
    ...Object.entries(persons).flatMap(([id, names]) =>
      names.map(([value, o]) =>
        makeClaim({
          ...accepted,
          subjectId: id,
          value: { type: 'name', name: makeName(value, o) },
        }),
      ),
    ),
    ...journalists.map((id) =>
      makeClaim({
        ...accepted,
        subjectId: id,
        property: 'occupation',
        value: { type: 'text', text: 'journalist' },
      }),
    ),
  ]);
}

describe.each(backends())('people in the reader’s order on $name', (backend) => {
  let db: Database;
  const now = Date.parse(FIXED_NOW);
  beforeAll(async () => {
    db = await backend.open();
    await seed(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Every id, read page by page as the web app does. */
  async function pages(lang: 'be' | 'ru' | 'uk' | 'en' | undefined, limit = 2) {
    const cache = new LedgerCache(db);
    const ids: string[] = [];
    for (let offset = 0; ; offset += limit) {
      const page = await filterPersons(cache, db, { lang, limit, offset }, now);
      expect(page.total).toBe(6);
      ids.push(...page.items.map((p) => p.id));
      if (page.items.length < limit) break;
    }
    return ids;
  }

  it('orders the whole list by the reader’s name as the reader’s language collates', async () => {
    // Belarusian: Убар before Ўан (Ў is a letter of its own), Cyrillic before Latin.
    expect(await pages('be')).toEqual(['per_c', 'per_e', 'per_f', 'per_b', 'per_a', 'per_d']);
    // Ukrainian: Гнат before Ґалина (Ґ is a letter of its own); no Ukrainian spelling of Ўан
    // and Убар, so their Belarusian one, where Ў is У with a mark.
    expect(await pages('uk')).toEqual(['per_c', 'per_f', 'per_e', 'per_a', 'per_b', 'per_d']);
    expect(await pages('en')).toEqual(['per_c', 'per_e', 'per_f', 'per_b', 'per_a', 'per_d']);
    // Without a language: by id, as before.
    expect(await pages(undefined)).toEqual(['per_a', 'per_b', 'per_c', 'per_d', 'per_e', 'per_f']);
    // One page at a time gives the same order as all at once.
    expect(await pages('uk', 6)).toEqual(await pages('uk', 4));
  });

  it('keeps the order under a filter', async () => {
    const cache = new LedgerCache(db);
    const be = await filterPersons(cache, db, { occupation: 'journalist', lang: 'be' }, now);
    expect(be.items.map((p) => p.id)).toEqual(['per_c', 'per_f', 'per_a']);
    const second = await filterPersons(
      cache,
      db,
      { occupation: 'journalist', lang: 'be', limit: 1, offset: 1 },
      now,
    );
    expect(second).toMatchObject({ total: 3, items: [{ id: 'per_f' }] });
  });
});

/** The real stores, each read of every person's names counted. */
function countingNames(db: Database) {
  const state = { reads: 0 };
  const claims = Object.create(db.claims) as Stores['claims'];
  claims.listClaims = async (filter) => {
    if (filter?.property === 'name' && filter.subjectType === 'person') state.reads += 1;
    return db.claims.listClaims(filter);
  };
  return { stores: { ...db, claims } as Stores, state };
}

describe.each(backends())('the reader’s order kept across versions on $name', (backend) => {
  let ctx: AppContext;
  beforeAll(async () => {
    const db = await backend.open();
    await seed(db);
    ctx = appContext(db, { clock: new FixedClock('2026-02-01T00:00:00.000Z') });
  });
  afterAll(async () => {
    await ctx?.db.close();
  });
  const editor = { kind: 'user', id: 'rita' } as const;

  it('follows a new or rejected name from what changed, without reading every name again', async () => {
    const { stores, state } = countingNames(ctx.db);
    const changes = (v: number) => ctx.db.reads!.changedSince(v);
    const order = async () => [...(await personOrder(ctx.cache, stores, 'be', changes)).keys()];
    expect(await order()).toEqual(['per_c', 'per_e', 'per_f', 'per_b', 'per_a', 'per_d']);
    // Zoe Lat gets a Belarusian spelling: her row is headed by it, and she moves up.
    const added = await proposeClaim(
      ctx,
      {
        subjectId: 'per_d',
        property: 'name',
        value: { type: 'name', name: makeName('Бэла Лат', { language: 'be' }) },
      },
      editor,
      'accepted',
    );
    expect(await order()).toEqual(['per_c', 'per_d', 'per_e', 'per_f', 'per_b', 'per_a']);
    expect(state.reads).toBe(1);
    await reviewClaim(ctx, { claimId: added.id, state: 'rejected', author: editor });
    expect(await order()).toEqual(['per_c', 'per_e', 'per_f', 'per_b', 'per_a', 'per_d']);
    expect(state.reads).toBe(1);
    // A new person is placed by their name too.
    await ctx.db.entities.createEntities([{ id: 'per_g', type: 'person', createdAt: FIXED_NOW }]);
    await proposeClaim(
      ctx,
      {
        subjectId: 'per_g',
        property: 'name',
        value: { type: 'name', name: makeName('Віктар Ян', { language: 'be' }) },
      },
      editor,
      'accepted',
    );
    expect(await order()).toEqual(['per_c', 'per_g', 'per_e', 'per_f', 'per_b', 'per_a', 'per_d']);
    expect(state.reads).toBe(1);
    // What the public may see changed: the order is made again from every name.
    await proposeClaim(
      ctx,
      { subjectId: 'per_g', property: 'visibility', value: { type: 'text', text: 'private' } },
      editor,
      'accepted',
    );
    await order();
    expect(state.reads).toBe(2);
  });
});

describe('a search’s equally good matches', () => {
  const hit = (id: string, score: number, names: Array<[string, string]>) => ({
    score,
    person: {
      id,
      name: names[0]![0],
      names: names.map(([value, language]) =>
        makeName(value, { language, script: /[a-z]/i.test(value) ? 'latin' : 'cyrillic' }),
      ),
    } as PersonSummary,
  });
  const hits = [
    hit('per_1', 0.9, [['Zina Ant', 'en']]),
    hit('per_2', 0.8, [
      ['Ўан Ант', 'be'],
      ['Aan Ant', 'en'],
    ]),
    hit('per_3', 0.8, [
      ['Убар Ант', 'be'],
      ['Ubar Ant', 'en'],
    ]),
  ];

  it('keep the order of how well they matched; a tie goes by the reader’s collation', () => {
    expect(collatedTies(hits, 'be').map((h) => h.person.id)).toEqual(['per_1', 'per_3', 'per_2']);
    expect(collatedTies(hits, 'en').map((h) => h.person.id)).toEqual(['per_1', 'per_2', 'per_3']);
    // Reversed input, same answer: the order comes from the scores and the names alone.
    expect(collatedTies([...hits].reverse(), 'be').map((h) => h.person.id)).toEqual([
      'per_1',
      'per_3',
      'per_2',
    ]);
  });
});
