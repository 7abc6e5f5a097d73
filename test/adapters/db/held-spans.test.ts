/**
 * The held-spans read model (src/adapters/db/held-spans.ts) against the replay it replaces:
 * after every kind of write (new status changes, reviews accepting and rejecting them, a
 * correction moving a change to another person) and after a rebuild, the count and the ids
 * held on every sampled day (read a page at a time) equal heldAt over every status change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countInput } from '../../../src/app/read/count-input.ts';
import type { Claim, Review } from '../../../src/core/model/claim.ts';
import { heldAt } from '../../../src/core/model/counts.ts';
import { type HeldIdsPlan, heldOnDay } from '../../../src/core/model/held-spans.ts';
import { statusPrecedence } from '../../../src/core/model/transitions.ts';
import type { Value } from '../../../src/core/model/values.ts';
import type { Database } from '../../../src/core/ports.ts';
import { backends } from '../../support/databases.ts';

const author = { kind: 'import', name: 'held-spans-test' } as const;
let n = 0;

function claim(subjectId: string, property: string, value: Value, accepted = true): Claim {
  n++;
  return {
    id: `clm_h${String(n).padStart(5, '0')}`,
    subjectId,
    subjectType: subjectId.startsWith('per_') ? 'person' : 'status_change',
    property,
    value,
    sourceId: null,
    evidence: null,
    author,
    createdAt: '2026-01-01T00:00:00.000Z',
    confidence: 1,
    initialState: accepted ? 'accepted' : 'proposed',
    supersedes: null,
  };
}

function review(claimId: string, state: Review['state'], k: number): Review {
  return {
    id: `rev_h${String(k).padStart(5, '0')}`,
    claimId,
    state,
    author: { kind: 'user', id: 'usr_t' },
    at: `2026-01-02T00:00:${String(k % 60).padStart(2, '0')}.000Z`,
    note: null,
  };
}

let seed = 11;
const rand = (k: number) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed % k;
};

/** Status change `id` of a person: person, date (day or month), status, maybe a country. */
function change(id: string, person: string, accepted: boolean): Claim[] {
  const month = String(1 + rand(12)).padStart(2, '0');
  const value =
    rand(4) === 0
      ? `202${rand(4)}-${month}`
      : `202${rand(4)}-${month}-${String(1 + rand(28)).padStart(2, '0')}`;
  const out = [
    claim(id, 'person', { type: 'ref', id: person }),
    claim(id, 'date', {
      type: 'date',
      date: { value, precision: value.length === 7 ? 'month' : 'day' },
    }),
    claim(
      id,
      'status',
      { type: 'text', text: statusPrecedence[rand(statusPrecedence.length)]! },
      accepted,
    ),
  ];
  const country = ['BY', 'RU', null][rand(3)];
  if (country) out.push(claim(id, 'country', { type: 'text', text: country }));
  return out;
}

const days = Array.from({ length: 40 }, (_, i) =>
  new Date(Date.UTC(2019, 11, 20) + i * 38 * 86_400_000).toISOString().slice(0, 10),
);

/** Every id held on `day`, read through pages of `limit` (the cursor is the last id read). */
async function allIds(
  db: Database,
  country: string,
  day: string,
  limit: number,
  plan: HeldIdsPlan = 'walk',
) {
  const ids: string[] = [];
  for (;;) {
    const page = await db.held!.idsOn(
      country,
      day,
      { after: ids.at(-1) ?? null, limit, exclude: [] },
      plan,
    );
    expect(page.ids.length).toBeLessThanOrEqual(limit);
    ids.push(...page.ids);
    if (page.ids.length < limit) return ids;
  }
}

async function expectSameAsReplay(db: Database, when: string) {
  const input = await countInput(db);
  for (const country of ['BY', 'RU']) {
    const steps = await db.held!.steps(country);
    for (const day of days) {
      const expected = heldAt(input, country, day);
      // The steps a cache keeps give every day's count as the indexed sum does.
      expect(heldOnDay(steps, day), `${when}: steps of ${country} on ${day}`).toBe(expected.named);
      const got = {
        named: await db.held!.namedOn(country, day),
        // Pages of 4: most days take several, so the cursor is crossed many times.
        personIds: await allIds(db, country, day, 4),
      };
      expect(got, `${when}: ${country} on ${day}`).toEqual({
        named: expected.named,
        personIds: expected.personIds,
      });
      // Every way of reading the ids gives the same pages (heldIdsPlan picks the cheapest).
      for (const plan of ['starting', 'ending'] as const)
        expect(await allIds(db, country, day, 4, plan), `${when}: ${plan} ${day}`).toEqual(
          expected.personIds,
        );
    }
  }
}

describe.each(backends())('held spans on $name', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await backend.open();
  });
  afterAll(() => db.close());

  it('follow every write and agree with the replay, also after a rebuild', async () => {
    const persons = Array.from({ length: 25 }, (_, i) => `per_${i}`);
    const changes = Array.from({ length: 120 }, (_, i) => `stc_${i}`);
    await db.entities.createEntities([
      ...persons.map((id) => ({
        id,
        type: 'person' as const,
        createdAt: '2026-01-01T00:00:00.000Z',
      })),
      ...changes.map((id) => ({
        id,
        type: 'status_change' as const,
        createdAt: '2026-01-01T00:00:00.000Z',
      })),
    ]);
    const stored: Claim[] = [];
    // Three batches, some statuses only proposed.
    for (let b = 0; b < 3; b++) {
      const batch = changes
        .slice(b * 40, b * 40 + 40)
        .flatMap((id) => change(id, persons[rand(persons.length)]!, rand(3) > 0));
      await db.claims.appendClaims(batch);
      stored.push(...batch);
    }
    expect(await db.held!.namedOn('BY', '2023-06-01')).toBeGreaterThan(0);
    await expectSameAsReplay(db, 'after appending');

    // Accept some proposed statuses, reject some accepted ones.
    const reviews = stored
      .filter((c) => c.property === 'status')
      .flatMap((c, k) =>
        c.initialState === 'proposed' && k % 2 === 0
          ? [review(c.id, 'accepted', k)]
          : c.initialState === 'accepted' && k % 5 === 0
            ? [review(c.id, 'rejected', k)]
            : [],
      );
    expect(reviews.length).toBeGreaterThan(5);
    await db.claims.appendReviews(reviews);
    await expectSameAsReplay(db, 'after reviews');

    // A correction moves a status change to another person: both persons change.
    const moved = stored.find((c) => c.property === 'person' && c.subjectId === 'stc_3')!;
    const correction = {
      ...claim('stc_3', 'person', { type: 'ref', id: 'per_24' }),
      supersedes: moved.id,
    };
    await db.claims.appendClaims([correction]);
    await db.claims.appendReviews([review(moved.id, 'rejected', 999)]);
    await expectSameAsReplay(db, 'after a correction');

    await db.held!.rebuild();
    await expectSameAsReplay(db, 'after a rebuild');

    // Persons withheld from the caller: on no page, and counted apart.
    const input = await countInput(db);
    const [day, busiest] = days
      .map((d) => [d, heldAt(input, 'BY', d).personIds] as const)
      .reduce((a, b) => (b[1].length > a[1].length ? b : a));
    expect(busiest.length).toBeGreaterThanOrEqual(3);
    const withheld = [busiest[2]!, busiest[0]!, 'per_never_held'];
    const page = await db.held!.idsOn('BY', day, { after: null, limit: 1000, exclude: withheld });
    expect(page.ids).toEqual(busiest.filter((id) => !withheld.includes(id)));
    expect(page.excluded).toBe(2);
  });
});
