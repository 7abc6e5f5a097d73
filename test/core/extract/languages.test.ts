// Short reports in every language the word lists serve, written by the team in its own words
// (facts from public reporting, no sentences from articles), one JSONL file a language under
// test/fixtures/languages/. Each line says what extraction must find; keys left out are not
// checked. See test/fixtures/languages/README.md.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';
import { readJsonlFixtures } from './fixture-support.ts';

interface Expect {
  language?: string;
  country?: string | null;
  count?: number | null;
  qualifier?: string;
  date?: string | null;
  released?: string[];
  notReleased?: string[];
  mediators?: string[];
  destinations?: string[];
  concessions?: string[];
  remaining?: number[];
  background?: number;
}

interface Fixture {
  id: string;
  kinds: string[];
  text: string;
  publishedAt?: string;
  title?: string;
  expect: Expect;
}

const DIR = new URL('../../fixtures/languages/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl'));

const fixtures = (file: string) => readJsonlFixtures<Fixture>(DIR, file);

const fold = (s: string) => s.normalize('NFC').toLowerCase();

describe('reports in many languages', () => {
  it('has a file for every language named in issue 13, each with at least eight reports', () => {
    const have = new Set(files.map((f) => f.replace('.jsonl', '')));
    const wanted = [
      'en',
      'ru',
      'be',
      'uk',
      'pl',
      'lt',
      'de',
      'fr',
      'it',
      'es',
      'hr',
      'sl',
      'hu',
      'tr',
      'fa',
      'ar',
    ];
    for (const code of wanted) {
      expect(have.has(code), `test/fixtures/languages/${code}.jsonl`).toBe(true);
      expect(fixtures(`${code}.jsonl`).length, code).toBeGreaterThanOrEqual(8);
    }
  });

  for (const file of files) {
    describe(file, () => {
      for (const f of fixtures(file)) {
        it(`${f.id} (${f.kinds.join(', ')})`, () => {
          const r = extractReport({
            text: f.text,
            ...(f.publishedAt ? { publishedAt: f.publishedAt } : {}),
            ...(f.title ? { title: f.title } : {}),
          });
          const main = r.releases.find((x) => x.role === 'main');
          const e = f.expect;
          if (e.language !== undefined) expect(r.report.language).toBe(e.language);
          if (e.country !== undefined) expect(main?.country ?? null).toBe(e.country);
          if (e.count !== undefined) expect(main?.releasedCount?.value ?? null).toBe(e.count);
          if (e.qualifier !== undefined) expect(main?.releasedCount?.qualifier).toBe(e.qualifier);
          if (e.date !== undefined) expect(main?.date?.value ?? null).toBe(e.date);
          const names = (main?.released ?? []).map((p) => fold(p.name));
          for (const n of e.released ?? []) expect(names, `released: ${n}`).toContain(fold(n));
          for (const n of e.notReleased ?? [])
            expect(names, `not released: ${n}`).not.toContain(fold(n));
          const mediators = (main?.mediators ?? []).map((m) => fold(m.name));
          for (const m of e.mediators ?? [])
            expect(
              mediators.some((x) => x.includes(fold(m))),
              `mediator ${m} in ${mediators}`,
            ).toBe(true);
          if (e.destinations !== undefined)
            expect((main?.destinations ?? []).map((d) => d.country).sort()).toEqual(
              [...e.destinations].sort(),
            );
          if (e.concessions !== undefined)
            expect([...new Set((main?.concessions ?? []).map((c) => c.kind))].sort()).toEqual(
              [...new Set(e.concessions)].sort(),
            );
          if (e.remaining !== undefined)
            expect(r.remainingCounts.map((x) => x.value).sort()).toEqual([...e.remaining].sort());
          if (e.background !== undefined)
            expect(r.releases.filter((x) => x.role === 'background')).toHaveLength(e.background);
          // Evidence is always the exact text it points at.
          for (const rel of r.releases)
            if (rel.releasedCount)
              expect(
                f.text.slice(rel.releasedCount.evidence.start, rel.releasedCount.evidence.end),
              ).toBe(rel.releasedCount.evidence.quote);
        });
      }
    });
  }
});
