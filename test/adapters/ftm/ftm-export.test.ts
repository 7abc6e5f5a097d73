// The sample ledger's published part as FollowTheMoney entities (docs/open-data.md), checked by
// the model's own rules; and the checker refusing what breaks them. Pure: no database.
import { describe, expect, it } from 'vitest';
import { checkFtm } from '../../../src/adapters/ftm/ftm-check.ts';
import { type FtmEntity, ftmLines, ledgerToFtm } from '../../../src/adapters/ftm/ftm-export.ts';
import { readSampleLedger } from '../../../src/adapters/sample-ledger.ts';
import { parseDump } from '../../../src/app/transfer/import-ledger.ts';
import { currentState } from '../../../src/core/model/claim.ts';
import type { LedgerDump } from '../../../src/core/model/dump.ts';

// What `exportLedger` gives the public, for a ledger with no private part: the accepted claims.
const full = parseDump(await readSampleLedger());
const dump: LedgerDump = {
  ...full,
  claims: full.claims.filter((c) => currentState(c, full.reviews) === 'accepted'),
  reviews: [],
};
const entities = ledgerToFtm(dump);
const byId = new Map(entities.map((e) => [e.id, e]));
const of = (schema: string) => entities.filter((e) => e.schema === schema);

describe('FtM export of the sample ledger', () => {
  it('is valid by the model: schemata, properties, required values, types and references', () => {
    expect(checkFtm(entities)).toEqual([]);
    expect(of('Person').length).toBeGreaterThan(10);
    expect(of('Article')).toHaveLength(dump.sources.length);
    // One JSON object a line, each read back unchanged.
    const lines = ftmLines(entities).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(entities);
  });

  it('writes releases as Events involving the people freed, with date, country and count', () => {
    const release = byId.get('rel_2025_09_11')!;
    expect(release.schema).toBe('Event');
    expect(release.properties.date).toEqual(['2025-09-11']);
    expect(release.properties.country).toEqual(['by']);
    expect(release.properties.notes?.some((n) => /^released: \d+/.test(n))).toBe(true);
    for (const id of release.properties.involved ?? []) expect(byId.get(id)?.schema).toBe('Person');
    expect(release.properties.involved?.length).toBeGreaterThan(0);
  });

  it('links deals to their releases and concessions, and mediators to releases', () => {
    const links = of('UnknownLink');
    const roles = new Set(links.flatMap((l) => l.properties.role ?? []));
    expect([...roles].sort()).toEqual([
      'concession of the deal',
      'mediator of the release',
      'release under the deal',
    ]);
    const underDeal = links.find((l) => l.properties.role?.[0] === 'release under the deal')!;
    expect(byId.get(underDeal.properties.subject![0]!)?.properties.name).toBeDefined();
    expect(underDeal.properties.object![0]).toMatch(/^rel_/);
  });

  it('keeps every exported value with its claim, report and date', () => {
    const documentation = of('Documentation');
    const linked = of('UnknownLink');
    const recorded = new Set(
      [...documentation, ...linked].flatMap((e) => e.properties.recordId ?? []),
    );
    const claims = new Map(dump.claims.map((c) => [c.id, c]));
    for (const doc of documentation) {
      const claim = claims.get(doc.properties.recordId![0]!)!;
      const source = dump.sources.find((s) => s.id === claim.sourceId);
      expect(doc.properties.document).toEqual([source?.id ?? 'habeas-ledger-staff']);
      expect(doc.properties.date).toEqual([source?.publishedAt ?? claim.createdAt.slice(0, 10)]);
    }
    // Every value an entity carries came from a claim that is documented.
    for (const e of [...of('Person'), ...of('Event')]) {
      for (const [prop, values] of Object.entries(e.properties)) {
        for (const value of values) {
          const docs = documentation.filter(
            (d) =>
              d.properties.entity?.[0] === e.id &&
              d.properties.role?.[0] === prop &&
              d.properties.summary?.[0] === value,
          );
          // Names FtM requires, made from the id when no claim gives one, are the exception.
          if (prop === 'name' && value.includes(e.id)) continue;
          expect(docs.length, `${e.id}.${prop} = ${value}`).toBeGreaterThan(0);
        }
      }
    }
    expect(recorded.size).toBeGreaterThan(200);
  });

  it('shows merged records under the record they were merged into', () => {
    const merged = dump.claims.filter((c) => c.property === 'mergedInto');
    for (const m of merged) expect(byId.has(m.subjectId)).toBe(false);
  });
});

describe('the FtM checker', () => {
  const person: FtmEntity = { id: 'p1', schema: 'Person', properties: { name: ['A B'] } };
  it('accepts a valid entity and refuses each broken rule, naming it', () => {
    expect(checkFtm([person])).toEqual([]);
    const broken: FtmEntity[] = [
      person,
      { id: 'x1', schema: 'Prisoner', properties: {} },
      { id: 'x2', schema: 'Thing', properties: { name: ['abstract'] } },
      { id: 'x3', schema: 'Person', properties: {} },
      { id: 'x4', schema: 'Person', properties: { name: ['A'], heldIn: ['BY'] } },
      { id: 'x5', schema: 'Person', properties: { name: ['A'], nationality: ['Belarus'] } },
      { id: 'x6', schema: 'Event', properties: { name: ['E'], date: ['11 Sept 2025'] } },
      { id: 'x7', schema: 'Event', properties: { name: ['E'], involved: ['nobody'] } },
      { id: 'x8', schema: 'Event', properties: { name: ['E'], involved: ['x9'] } },
      { id: 'x9', schema: 'Article', properties: { fileName: ['a.txt'] } },
      { id: 'x10', schema: 'Article', properties: {} },
      { id: 'x11', schema: 'Person', properties: { name: ['n'.repeat(400)] } },
      { ...person },
    ];
    const problems = checkFtm(broken);
    for (const expected of [
      /^x1: unknown schema 'Prisoner'/,
      /^x2: schema Thing is abstract/,
      /^x3: Person requires 'name'/,
      /^x4: Person has no property 'heldIn'/,
      /^x5: .*nationality.*not a country of the model/,
      /^x6: .*date.*not a date/,
      /^x7: .*no such entity/,
      /^x8: .*a Article is not a LegalEntity/,
      /^x10: Article requires 'fileName'/,
      /^x11: .*longer than 384/,
      /^p1: the id is used twice/,
    ])
      expect(
        problems.some((p) => expected.test(p)),
        String(expected),
      ).toBe(true);
  });
});
