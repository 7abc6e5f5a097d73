// Detentions (issue 20): short reports written by the team in its own words (facts from public
// reporting, no sentences from articles), one JSONL file a language under
// test/fixtures/detentions/. Each line lists the items extraction must find; keys left out of
// an item are not checked, and "only" says no other main item may be found. See
// test/fixtures/detentions/README.md.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractedDetention } from '../../../src/core/extract/index.ts';
import { extractReport } from '../../../src/core/extract/index.ts';
import { readJsonlFixtures } from './fixture-support.ts';

interface Want {
  kind: string;
  role?: 'main' | 'background';
  name?: string;
  count?: number;
  qualifier?: string;
  date?: string | null;
  precision?: string;
  country?: string | null;
  years?: number;
  months?: number;
  life?: boolean;
  regime?: string;
  article?: string;
  description?: string;
  court?: string;
  by?: string;
  place?: string;
  evidence?: string;
}

interface Fixture {
  id: string;
  kinds: string[];
  text: string;
  publishedAt?: string;
  expect: Want[];
  only?: boolean;
}

const DIR = new URL('../../fixtures/detentions/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl'));
const KINDS = ['arrest', 'charge', 'sentence', 'transfer', 'recognition', 'extension'];

const fixtures = (file: string) => readJsonlFixtures<Fixture>(DIR, file);

const fold = (s: string) => s.normalize('NFC').toLowerCase();

function find(items: ExtractedDetention[], w: Want): ExtractedDetention | undefined {
  return items.find(
    (d) =>
      d.kind === w.kind &&
      (w.name === undefined ? d.person === null : fold(d.person?.name ?? '') === fold(w.name)) &&
      (w.count === undefined || d.count?.value === w.count),
  );
}

function check(d: ExtractedDetention, w: Want): void {
  if (w.role !== undefined) expect(d.role).toBe(w.role);
  if (w.qualifier !== undefined) expect(d.count?.qualifier).toBe(w.qualifier);
  if (w.date !== undefined) expect(d.date?.value ?? null).toBe(w.date);
  if (w.precision !== undefined) expect(d.date?.precision).toBe(w.precision);
  if (w.country !== undefined) expect(d.country).toBe(w.country);
  if (w.years !== undefined) expect(d.sentence?.years).toBe(w.years);
  if (w.months !== undefined) expect(d.sentence?.months).toBe(w.months);
  if (w.life !== undefined) expect(d.sentence?.life).toBe(w.life);
  if (w.regime !== undefined) expect(d.sentence?.regime).toBe(w.regime);
  if (w.article !== undefined) expect(d.charges.map((c) => c.article)).toContain(w.article);
  if (w.description !== undefined)
    expect(d.charges.map((c) => c.description)).toContain(w.description);
  if (w.court !== undefined) expect(d.court?.name).toBe(w.court);
  if (w.by !== undefined) expect(d.recognisedBy?.name).toBe(w.by);
  if (w.place !== undefined) expect(d.place?.name).toBe(w.place);
  if (w.evidence !== undefined) expect(d.evidence.quote).toBe(w.evidence);
}

/** Every evidence of an item is exactly the text between its offsets. */
function exactEvidence(text: string, d: ExtractedDetention): void {
  const spans = [
    d.evidence,
    d.person?.evidence,
    d.count?.evidence,
    d.sentence?.evidence,
    d.court?.evidence,
    d.recognisedBy?.evidence,
    d.place?.evidence,
    ...d.charges.map((c) => c.evidence),
  ];
  for (const e of spans) if (e) expect(text.slice(e.start, e.end)).toBe(e.quote);
}

describe('detentions in reports', () => {
  it('has a fixture of every kind, a recognition list and an aggregate in each language file', () => {
    for (const file of files) {
      const all = fixtures(file);
      const wanted = new Set(all.flatMap((f) => f.expect.map((w) => w.kind)));
      for (const k of KINDS) expect(wanted.has(k), `${file}: ${k}`).toBe(true);
      expect(
        all.some((f) => f.kinds.includes('recognition_list')),
        file,
      ).toBe(true);
      expect(
        all.some((f) => f.expect.some((w) => w.count !== undefined)),
        file,
      ).toBe(true);
    }
    expect(files.map((f) => f.replace('.jsonl', '')).sort()).toEqual(
      expect.arrayContaining(['be', 'en', 'es', 'ru', 'uk']),
    );
  });

  for (const file of files) {
    describe(file, () => {
      for (const f of fixtures(file)) {
        it(`${f.id} (${f.kinds.join(', ')})`, () => {
          const r = extractReport({
            text: f.text,
            ...(f.publishedAt ? { publishedAt: f.publishedAt } : {}),
          });
          const shown = JSON.stringify(
            r.detentions.map((d) => [d.kind, d.role, d.person?.name ?? d.count?.value]),
          );
          for (const w of f.expect) {
            const d = find(r.detentions, w);
            expect(d, `${w.kind} ${w.name ?? w.count} in ${shown}`).toBeDefined();
            check(d!, w);
          }
          if (f.only)
            expect(
              r.detentions.filter((d) => d.role === 'main'),
              shown,
            ).toHaveLength(f.expect.filter((w) => w.role !== 'background').length);
          for (const d of r.detentions) exactEvidence(f.text, d);
        });
      }
    });
  }
});

describe('detentions beside releases', () => {
  it('leaves releases as they were and reads the freed person’s history as background', () => {
    const text =
      'Belarus released Ihar Losik on 21 June 2025. He was arrested in June 2020 and sentenced to 15 years in December 2021.';
    const r = extractReport({ text, publishedAt: '2025-06-22' });
    expect(r.releases[0]?.released.map((p) => p.name)).toEqual(['Ihar Losik']);
    expect(r.detentions.map((d) => [d.kind, d.role, d.person?.name, d.date?.value])).toEqual([
      ['arrest', 'background', 'Ihar Losik', '2020-06'],
      ['sentence', 'background', 'Ihar Losik', '2021-12'],
    ]);
    expect(r.detentions[1]?.sentence?.years).toBe(15);
  });

  it('finds nothing in a report without detention words', () => {
    const r = extractReport({ text: 'Belarus freed 52 prisoners on 11 September 2025.' });
    expect(r.detentions).toEqual([]);
  });

  it('does not read a count of people still held as an aggregate of new events', () => {
    const text =
      'Viasna has recognised 1,150 people in total as political prisoners who remain behind bars.';
    const r = extractReport({ text, publishedAt: '2025-06-22' });
    expect(r.detentions.filter((d) => d.count !== null)).toEqual([]);
  });
});
