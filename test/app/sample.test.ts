// The sample ledger as it ships: data/sample-ledger.json, read as `habeas serve --sample`
// reads it. That it is the output of its facts (scripts/sample/) is test/scripts/write-sample.test.ts.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/adapters/digest.ts';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import { parseDump } from '../../src/app/transfer/import-ledger.ts';
import { normaliseForHash } from '../../src/core/extract/normalise-text.ts';
import { type Claim, checkEvidence, currentState } from '../../src/core/model/claim.ts';
import { checkPropertyValue, schema } from '../../src/core/model/properties.ts';
import { formatValue, valueKey } from '../../src/core/model/values.ts';

const doc = await readSampleLedger();
const dump = parseDump(doc);
const typeOf = new Map(dump.entities.map((e) => [e.id, e.type]));
const sourceById = new Map(dump.sources.map((s) => [s.id, s]));
const state = (c: Claim) => currentState(c, dump.reviews);
const accepted = dump.claims.filter((c) => state(c) === 'accepted');

/** Accepted values of one property of one entity, as display strings. */
function values(subjectId: string, property: string): string[] {
  return accepted
    .filter((c) => c.subjectId === subjectId && c.property === property)
    .map((c) => formatValue(c.value));
}

/** Entities whose accepted `property` claim refers to `id`. */
function referring(property: string, id: string): string[] {
  return accepted
    .filter((c) => c.property === property && c.value.type === 'ref' && c.value.id === id)
    .map((c) => c.subjectId);
}

describe('sample ledger: integrity', () => {
  it('is a ledger the importer accepts as it is, with nothing dropped', () => {
    // parseDump above would have thrown; it must also not have changed the file's records.
    expect(dump).toEqual(doc);
    expect(dump.sources.length).toBeGreaterThanOrEqual(15);
    expect(dump.sources.length).toBeLessThanOrEqual(25);
  });

  it('has unique ids for sources, entities, claims and reviews', () => {
    const ids = [...dump.sources, ...dump.entities, ...dump.claims, ...dump.reviews].map(
      (x) => x.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every claim a value that fits the schema of its subject type', () => {
    for (const c of dump.claims) {
      expect(typeOf.get(c.subjectId), c.id).toBe(c.subjectType);
      expect(() => checkPropertyValue(c.subjectType, c.property, c.value), c.id).not.toThrow();
    }
  });

  it('backs every claim with a source and a quote that is exactly the text at its offsets', () => {
    for (const c of dump.claims) {
      const source = sourceById.get(c.sourceId ?? '');
      expect(source, `${c.id} source`).toBeDefined();
      expect(c.evidence, `${c.id} evidence`).not.toBeNull();
      if (!source || !c.evidence) continue;
      expect(() => checkEvidence(c.evidence!, source.text), c.id).not.toThrow();
      expect(c.evidence.quote.length).toBeGreaterThan(0);
    }
  });

  it('resolves every reference to an entity of the type the property wants', () => {
    for (const c of dump.claims) {
      if (c.value.type !== 'ref') continue;
      const wanted = schema[c.subjectType][c.property]?.refType;
      expect(typeOf.get(c.value.id), `${c.id} -> ${c.value.id}`).toBe(wanted);
    }
    for (const r of dump.reviews) expect(dump.claims.some((c) => c.id === r.claimId)).toBe(true);
  });

  it('links every released person of each release to a status change of that release', () => {
    const releases = dump.entities.filter((e) => e.type === 'release_event');
    let checked = 0;
    for (const rel of releases) {
      const statusChanges = referring('release', rel.id);
      for (const person of values(rel.id, 'released')) {
        const linked = statusChanges.filter((s) => values(s, 'person').includes(person));
        expect(linked.length, `${person} in ${rel.id}`).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it('accounts for the people of each release once: named plus unnamed make the count', () => {
    let checked = 0;
    for (const rel of dump.entities.filter((e) => e.type === 'release_event')) {
      const reported = accepted.filter(
        (c) => c.subjectId === rel.id && c.property === 'releasedCount',
      );
      const exact = reported.flatMap((c) =>
        c.value.type === 'number' && c.value.qualifier === 'exact' ? [c.value.number] : [],
      );
      if (exact.length === 0) continue;
      // The figure most sources give; a lone dissenting report does not set the total.
      const mode = [...new Set(exact)].sort(
        (x, y) => exact.filter((n) => n === y).length - exact.filter((n) => n === x).length,
      )[0]!;
      const groups = [...new Set(referring('release', rel.id))].filter(
        (id) => typeOf.get(id) === 'aggregate' && values(id, 'status').length === 1,
      );
      const members = new Set(groups.flatMap((g) => values(g, 'member')));
      const released = new Set(values(rel.id, 'released'));
      for (const m of members) expect(released.has(m), `${m} in ${rel.id}`).toBe(true);
      const unnamed = groups.reduce((sum, g) => sum + Number(values(g, 'count')[0]), 0);
      const namedOutside = [...released].filter((p) => !members.has(p)).length;
      expect(unnamed + namedOutside, rel.id).toBe(mode);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it('gives every status change a person, a date, a status and a country', () => {
    for (const e of dump.entities.filter((x) => x.type === 'status_change')) {
      for (const p of ['person', 'date', 'status', 'country']) {
        expect(values(e.id, p).length, `${e.id}.${p}`).toBe(1);
      }
    }
  });

  it('keeps source metadata honest: no invented URLs, the team named as publisher', () => {
    for (const s of dump.sources) {
      expect(s.url).toBeNull();
      expect(s.publisher).toMatch(/team summary/);
      expect(s.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Stored and hashed as ingest would store and hash the same text (the core's hashing).
      expect(normaliseForHash(s.text), s.id).toBe(s.text);
      expect(s.contentHash, s.id).toBe(sha256Hex(s.text));
    }
    const languages = new Set(dump.sources.map((s) => s.language));
    expect([...languages].sort()).toEqual(['be', 'be-Latn', 'en', 'ru']);
  });
});

describe('sample ledger: stamps', () => {
  it('stamps claims one second apart, all by the sample importer', () => {
    for (let i = 1; i < dump.claims.length; i++) {
      expect(dump.claims[i]!.createdAt > dump.claims[i - 1]!.createdAt).toBe(true);
    }
    for (const c of dump.claims)
      expect(c.author).toEqual({ kind: 'import', name: 'habeas-sample' });
  });
});

describe('sample ledger: coverage of the public record', () => {
  const counts: Array<[string, string, string]> = [
    ['rel_2024_07_03', '2024-07-03', '18'],
    ['rel_2024_08_16', '2024-08-16', '30'],
    ['rel_2024_09_04', '2024-09-04', '30'],
    ['rel_2024_09_16', '2024-09-16', '37'],
    ['rel_2024_11_07', '2024-11-07', '31'],
    ['rel_2024_11_20', '2024-11-20', '32'],
    ['rel_2024_12_09', '2024-12-09', '29'],
    ['rel_2024_12_late', '2024-12', '20'],
    ['rel_2025_02_12', '2025-02-12', '3'],
    ['rel_2025_06_21', '2025-06-21', '14'],
    ['rel_2025_09_11', '2025-09-11', '52'],
    ['rel_2025_12_13', '2025-12-13', '123'],
  ];
  it.each(counts)('%s on %s: %s released (accepted)', (id, day, count) => {
    expect(values(id, 'date')).toContain(day);
    expect(values(id, 'releasedCount')).toContain(count);
    expect(values(id, 'country')).toEqual(['BY']);
  });

  it('names the people of each negotiated release', () => {
    expect(values('rel_2024_07_03', 'released')).toContain('per_kastusiou');
    expect(values('rel_2025_01_nuhfer', 'released')).toEqual(['per_nuhfer']);
    expect(values('rel_2025_06_21', 'released')).toContain('per_tsikhanouski');
    const sep = values('rel_2025_09_11', 'released');
    for (const p of ['statkevich', 'losik', 'matskevich', 'shchyrakova'])
      expect(sep).toContain(`per_${p}`);
    const dec = values('rel_2025_12_13', 'released');
    for (const p of ['bialiatski', 'kalesnikava', 'babaryka', 'znak'])
      expect(dec).toContain(`per_${p}`);
  });

  it('records the deals, their envoys and what the US gave', () => {
    expect(values('rel_2025_06_21', 'mediator')).toContain('act_kellogg');
    expect(values('rel_2025_09_11', 'mediator')).toContain('act_coale');
    expect(values('rel_2025_12_13', 'mediator')).toContain('act_coale');
    expect(values('rel_2025_09_11', 'deal')).toEqual(['deal_belavia_2025']);
    expect(values('deal_belavia_2025', 'concession')).toEqual(['con_belavia']);
    expect(values('con_belavia', 'target')).toEqual(['Belavia']);
    expect(values('con_belavia', 'kind')).toEqual(['sanctions_relief']);
    expect(values('deal_potash_2025', 'concession')).toEqual(['con_potash']);
    expect(values('con_potash', 'target')[0]).toMatch(/Belaruskali/);
    expect(new Set(values('con_potash', 'grantedBy'))).toEqual(new Set(['act_us_gov']));
  });

  it('sends the December releases to Ukraine (114) and Lithuania (9)', () => {
    expect(values('rel_2025_12_13', 'destination').sort()).toEqual(['LT', 'UA']);
    expect(values('agg_2025_12_13_ukraine', 'count')).toContain('114');
    expect(values('agg_2025_12_13_lithuania', 'count')).toEqual(['9']);
    expect(values('agg_2025_12_13_lithuania', 'member')).toEqual(['per_bialiatski']);
  });

  it('has Statkevich refuse exile on 11 September 2025 and stay held', () => {
    const changes = referring('person', 'per_statkevich');
    const refused = changes.filter((s) => values(s, 'status').includes('refused_exile'));
    expect(refused).toHaveLength(1);
    expect(values(refused[0]!, 'date')).toEqual(['2025-09-11']);
    expect(values(refused[0]!, 'release')).toEqual(['rel_2025_09_11']);
    const statuses = changes.map((s) => values(s, 'status')[0]);
    expect(statuses).not.toContain('expelled');
    expect(statuses).not.toContain('released');
  });

  it('keeps the unnamed 2024 pardon groups as aggregates of pardoned people', () => {
    for (const id of ['2024_08_16', '2024_09_04', '2024_09_16', '2024_11_07', '2024_12_late']) {
      expect(values(`agg_${id}`, 'status')).toEqual(['pardoned']);
      expect(values(`agg_${id}`, 'release')).toEqual([`rel_${id}`]);
    }
  });

  it('spells the people in several scripts and kinds, each spelling quoted from a source', () => {
    const names = (id: string) =>
      accepted.filter((c) => c.subjectId === id && c.property === 'name').map((c) => c.value);
    const kalesnikava = names('per_kalesnikava').map(formatValue);
    expect(kalesnikava).toEqual(
      expect.arrayContaining([
        'Maria Kalesnikava',
        'Maria Kolesnikova',
        'Мария Колесникова',
        'Марыя Калеснікава',
      ]),
    );
    const persons = dump.entities.filter((e) => e.type === 'person');
    expect(persons.length).toBeGreaterThanOrEqual(15);
    for (const p of persons) expect(names(p.id).length, p.id).toBeGreaterThan(0);
    const multiScript = persons.filter((p) => {
      const scripts = new Set(names(p.id).map((v) => (v.type === 'name' ? v.name.script : '')));
      return scripts.has('latin') && scripts.has('cyrillic');
    });
    expect(multiScript.length).toBeGreaterThanOrEqual(12);
  });

  it('carries reported counts of prisoners still held, each attributed', () => {
    const ccs = dump.entities.filter((e) => e.type === 'count_claim');
    expect(ccs.length).toBeGreaterThanOrEqual(6);
    for (const cc of ccs) {
      expect(values(cc.id, 'country')).toEqual(['BY']);
      expect(values(cc.id, 'attributedTo')).toHaveLength(1);
      expect(values(cc.id, 'asOf')).toHaveLength(1);
    }
    expect(values('cc_2025_12_viasna', 'count')).toEqual(['1135']);
    expect(values('cc_2025_12_viasna', 'attributedTo')).toEqual(['Viasna']);
  });
});

describe('sample ledger: review queue and disagreements', () => {
  it('leaves about ten claims proposed for review and one rejected by a reviewer', () => {
    const proposed = dump.claims.filter((c) => state(c) === 'proposed');
    expect(proposed.length).toBeGreaterThanOrEqual(8);
    expect(proposed.length).toBeLessThanOrEqual(15);
    const rejected = dump.claims.filter((c) => state(c) === 'rejected');
    expect(rejected.map((c) => [c.subjectId, c.property, formatValue(c.value)])).toEqual([
      ['rel_2025_06_21', 'released', 'per_losik'],
    ]);
  });

  it('keeps real disagreements between sources as accepted claims', () => {
    const byKey = new Map<string, Set<string>>();
    for (const c of accepted) {
      if (schema[c.subjectType][c.property]?.cardinality !== 'one') continue;
      const key = `${c.subjectId}.${c.property}`;
      byKey.set(key, (byKey.get(key) ?? new Set()).add(valueKey(c.value)));
    }
    const conflicts = [...byKey].filter(([, v]) => v.size > 1).map(([k]) => k);
    expect(conflicts).toEqual(
      expect.arrayContaining([
        'rel_2025_12_13.releasedCount',
        'det_kalesnikava.arrestDate',
        'rel_2024_11_20.date',
      ]),
    );
  });
});
