/**
 * The public's policy applied in the stores' SQL (docs/privacy.md): over a ledger where most
 * claims are unpublished and come first, a public view answers pages, counts, entities and names
 * exactly as the core's rules (core/model/publish.ts) say, each a bounded query; and the only
 * things the public view asks of the whole ledger's stores are the policy itself. On PGlite and
 * on PostgreSQL.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerCache } from '../../../src/app/ledger-cache.ts';
import { publicStores } from '../../../src/app/publish/public-view.ts';
import { filterPersons } from '../../../src/app/read/filter-persons.ts';
import type { Claim, ClaimWithState, EntityType } from '../../../src/core/model/claim.ts';
import {
  dependentsOf,
  isPublished,
  type PublicPolicy,
  privateEntities,
  publicClaim,
} from '../../../src/core/model/publish.ts';
import type { Value } from '../../../src/core/model/values.ts';
import type { Database, Stores } from '../../../src/core/ports.ts';
import { backends, postgresNotConfigured, postgresTestUrl } from '../../support/databases.ts';
import { makeName, makeSource } from '../../support/factories.ts';

const publicPersons = 30;
const privatePersons = 10;
/** Unpublished claims per public person: proposed names, rejected ones, private properties. */
const proposedEach = 60;
const rejectedEach = 20;
const privateFieldEach = 20;

const pad = (n: number) => String(n).padStart(3, '0');
const pub = (i: number) => `per_pub_${pad(i)}`;
const priv = (i: number) => `per_priv_${pad(i)}`;
const day = (n: number) => `2025-01-01T00:00:${String(n).padStart(2, '0')}.000Z`;

let seq = 0;
function claim(
  subjectId: string,
  subjectType: EntityType,
  property: string,
  value: Value,
  initialState: Claim['initialState'],
  createdAt = day(0),
): Claim {
  seq += 1;
  return {
    id: `clm_${String(seq).padStart(6, '0')}`,
    subjectId,
    subjectType,
    property,
    value,
    sourceId: 'src_one',
    evidence: null,
    author: { kind: 'user', id: 'editor' },
    createdAt,
    confidence: 1,
    initialState,
    supersedes: null,
  };
}
const name = (v: string): Value => ({ type: 'name', name: makeName(v) });
const text = (t: string): Value => ({ type: 'text', text: t });
const ref = (id: string): Value => ({ type: 'ref', id });

/** Unpublished claims first (so a page of published ones lies far into the table), then the rest. */
async function buildLedger(db: Database): Promise<void> {
  await db.sources.insertSource(makeSource({ id: 'src_one' }));
  const people = [
    ...Array.from({ length: publicPersons }, (_, i) => pub(i)),
    ...Array.from({ length: privatePersons }, (_, i) => priv(i)),
    'per_alias',
  ];
  await db.entities.createEntities([
    ...people.map((id) => ({ id, type: 'person' as const, createdAt: day(0) })),
    ...Array.from({ length: privatePersons }, (_, i) => ({
      id: `det_priv_${pad(i)}`,
      type: 'detention' as const,
      createdAt: day(0),
    })),
    { id: 'det_pub', type: 'detention', createdAt: day(0) },
    { id: 'rel_one', type: 'release_event', createdAt: day(0) },
  ]);
  const unpublished: Claim[] = [];
  for (let i = 0; i < publicPersons; i++) {
    for (let k = 0; k < proposedEach; k++)
      unpublished.push(
        claim(pub(i), 'person', 'name', name(`Proposed Name${pad(i)}x${k}`), 'proposed'),
      );
    for (let k = 0; k < rejectedEach; k++)
      unpublished.push(claim(pub(i), 'person', 'occupation', text(`rejected ${k}`), 'rejected'));
    for (let k = 0; k < privateFieldEach; k++)
      unpublished.push(claim(pub(i), 'person', 'familyContact', text(`family ${k}`), 'accepted'));
  }
  const published: Claim[] = [];
  for (let i = 0; i < privatePersons; i++) {
    const det = `det_priv_${pad(i)}`;
    published.push(
      claim(priv(i), 'person', 'name', name(`Hidden Secretname${pad(i)}`), 'accepted'),
      claim(priv(i), 'person', 'visibility', text('private'), 'accepted'),
      claim(det, 'detention', 'person', ref(priv(i)), 'accepted'),
      claim(det, 'detention', 'country', text('BY'), 'accepted'),
    );
  }
  for (let i = 0; i < publicPersons; i++)
    published.push(claim(pub(i), 'person', 'name', name(`Public Person${pad(i)}`), 'accepted'));
  published.push(
    // Withheld with the private person it was merged into.
    claim('per_alias', 'person', 'name', name('Alias Ofhidden'), 'accepted'),
    claim('per_alias', 'person', 'mergedInto', ref(priv(0)), 'accepted'),
    // Private once, public again later: the latest accepted visibility claim wins.
    claim(pub(1), 'person', 'visibility', text('private'), 'accepted', day(1)),
    claim(pub(1), 'person', 'visibility', text('public'), 'accepted', day(2)),
    // A proposed 'private' does not withhold.
    claim(pub(2), 'person', 'visibility', text('private'), 'proposed', day(3)),
    claim('det_pub', 'detention', 'person', ref(pub(0)), 'accepted'),
    claim('rel_one', 'release_event', 'released', ref(pub(0)), 'accepted'),
    claim('rel_one', 'release_event', 'released', ref(priv(0)), 'accepted'),
  );
  await db.claims.appendClaims(unpublished);
  await db.claims.appendClaims(published);
}

/** The core's answer, in memory over every claim (staff read them all): the reference. */
function referencePolicy(all: readonly ClaimWithState[]): PublicPolicy {
  const hidden = privateEntities(all);
  for (let next = [...hidden]; next.length > 0; ) {
    next = dependentsOf(all, hidden).filter((id) => !hidden.has(id));
    for (const id of next) hidden.add(id);
  }
  return { hidden, confidentialSources: new Set() };
}

/** The stores the view is made from, recording every call made on them. */
function recorded(db: Database, calls: string[]): Stores {
  const wrap = <T extends object>(label: string, store: T): T =>
    new Proxy(store, {
      get(target, key) {
        const v = Reflect.get(target, key, target);
        if (typeof v !== 'function') return v;
        return (...args: unknown[]) => {
          calls.push(`${label}.${String(key)}`);
          return v.apply(target, args);
        };
      },
    });
  return {
    entities: wrap('entities', db.entities),
    claims: wrap('claims', db.claims),
    sources: wrap('sources', db.sources),
    names: wrap('names', db.names),
    audit: db.audit,
    accounts: db.accounts,
    publicView: (policy) => db.publicView(policy),
  };
}

const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id);

for (const backend of backends()) {
  describe(`public reads in SQL on ${backend.name}`, () => {
    let db: Database;
    let all: ClaimWithState[];
    let policy: PublicPolicy;
    let expected: ClaimWithState[];

    beforeAll(async () => {
      db = await backend.open();
      await buildLedger(db);
      all = await db.claims.listClaims();
      policy = referencePolicy(all);
      expected = all.filter((c) => isPublished(c, policy)).map((c) => publicClaim(c, policy));
    }, 120_000);
    afterAll(async () => {
      await db?.close();
    });

    it('finds the withheld entities in one query, as the core rules do', async () => {
      const withheld = (await db.claims.withheldEntities()).sort();
      expect(withheld).toEqual([...policy.hidden].sort());
      expect(withheld).toContain(priv(0));
      expect(withheld).toContain('det_priv_000');
      expect(withheld).toContain('per_alias');
      expect(withheld).not.toContain(pub(1));
      expect(withheld).not.toContain(pub(2));
      expect(withheld).toHaveLength(privatePersons * 2 + 1);
    });

    it('pages and counts published claims exactly, the policy asked of the ledger and nothing else', async () => {
      const calls: string[] = [];
      const view = await publicStores(recorded(db, calls));
      const unpublished = publicPersons * (proposedEach + rejectedEach + privateFieldEach);
      expect(all.length).toBeGreaterThan(unpublished);
      expect(expected.length).toBe(publicPersons + 2);

      expect(await view.claims.countClaims()).toBe(expected.length);
      for (let offset = 0; offset < expected.length + 7; offset += 7) {
        const page = await view.claims.listClaims({ limit: 7, offset });
        expect(page).toEqual(expected.slice(offset, offset + 7));
      }
      const names = await view.claims.listClaims({
        subjectType: 'person',
        property: 'name',
        limit: 10,
        offset: 20,
      });
      expect(names.map((c) => c.subjectId)).toEqual(
        Array.from({ length: 10 }, (_, i) => pub(20 + i)),
      );
      expect(await view.claims.countClaims({ subjectType: 'person', property: 'name' })).toBe(
        publicPersons,
      );
      expect(await view.claims.listClaims({ state: 'proposed' })).toEqual([]);
      expect(await view.claims.countClaims({ state: 'rejected' })).toBe(0);
      expect(await view.claims.claimsFor([pub(0), priv(0)])).toEqual(
        expected.filter((c) => c.subjectId === pub(0)),
      );
      expect(ids(await view.claims.claimsReferring([pub(0), priv(0)]))).toEqual(
        ids(expected.filter((c) => c.value.type === 'ref' && c.value.id === pub(0))),
      );
      expect(await view.claims.reviewsFor(expected[0]!.id)).toEqual([]);

      // Every read above was one query over the database with the policy in it: the whole
      // ledger's stores were asked for the policy only, never to list rows for a filter.
      expect([...new Set(calls)].sort()).toEqual([
        'claims.withheldEntities',
        'sources.confidentialSourceIds',
      ]);
    });

    it('pages and counts entities and names without the withheld ones', async () => {
      const view = await publicStores(db);
      expect(await view.entities.countEntities('person')).toBe(publicPersons);
      expect(ids(await view.entities.listEntities('person', { limit: 8, offset: 24 }))).toEqual(
        Array.from({ length: 6 }, (_, i) => pub(24 + i)),
      );
      expect(await view.entities.countEntities('detention')).toBe(1);
      expect(await view.entities.getEntity(priv(3))).toBeNull();
      expect(ids(await view.entities.getEntities([priv(1), pub(4)]))).toEqual([pub(4)]);

      const listed = await view.names.allNames('person');
      expect(listed).toEqual(
        Array.from({ length: publicPersons }, (_, i) => ({
          entityId: pub(i),
          name: `Public Person${pad(i)}`,
        })),
      );
      expect(await view.names.searchNames('Hidden Secretname', 'person', 10)).toEqual([]);
      expect(await view.names.searchNames('Alias Ofhidden', 'person', 10)).toEqual([]);
      expect(await view.names.searchNames('Proposed Name001x1', 'person', 10)).toEqual([]);
      const found = await view.names.searchNames('Public Person007', 'person', 3);
      expect(found[0]?.entityId).toBe(pub(7));
      // Staff search the same index and find the private person.
      expect((await db.names.searchNames('Hidden Secretname', 'person', 3))[0]?.entityId).toMatch(
        /^per_priv_/,
      );
    });

    it('matches text values in SQL, ignoring case, for staff and within the policy', async () => {
      const view = await publicStores(db);
      const inBy = { subjectType: 'detention', property: 'country', state: 'accepted' } as const;
      expect(await db.claims.listClaims({ ...inBy, text: 'by' })).toHaveLength(privatePersons);
      expect(await view.claims.listClaims({ ...inBy, text: 'by' })).toEqual([]);
      const occupation = { subjectType: 'person', property: 'occupation' } as const;
      // 'rejected 1' and 'rejected 10' to 'rejected 19', for every public person.
      expect(await db.claims.countClaims({ ...occupation, textContains: 'REJECTED 1' })).toBe(
        publicPersons * 11,
      );
      expect(await view.claims.countClaims({ ...occupation, textContains: 'rejected 1' })).toBe(0);
      const named = await view.claims.listClaims({
        subjectType: 'person',
        property: 'name',
        textContains: 'person00',
      });
      expect(named.map((c) => c.subjectId)).toEqual(Array.from({ length: 10 }, (_, i) => pub(i)));

      // The person filter by country: detained in BY are the private persons, for staff only.
      const now = Date.parse('2026-01-01T00:00:00.000Z');
      const staffByCountry = await filterPersons(
        new LedgerCache(db),
        db,
        { country: 'by', limit: 100 },
        now,
      );
      expect(staffByCountry.items.map((p) => p.id).sort()).toEqual(
        Array.from({ length: privatePersons }, (_, i) => priv(i)),
      );
      expect((await filterPersons(new LedgerCache(db), view, { country: 'BY' }, now)).total).toBe(
        0,
      );
      expect(
        (await filterPersons(new LedgerCache(db), db, { occupation: 'rejected' }, now)).total,
      ).toBe(0);
    });

    it('is read-only', async () => {
      const view = await publicStores(db);
      await expect(view.claims.appendClaims([])).rejects.toThrow(/read-only/);
      await expect(view.entities.createEntities([])).rejects.toThrow(/read-only/);
      await expect(view.sources.setConfidential('src_one', true)).rejects.toThrow(/read-only/);
    });
  });
}

if (!postgresTestUrl()) postgresNotConfigured('public reads in SQL');
