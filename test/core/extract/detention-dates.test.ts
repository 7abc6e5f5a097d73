// The dates of detentions (issue 20): short reports in the team's own words, one kind of date
// trouble each (test/fixtures/detention-dates.jsonl): dates in other digits and calendars,
// relative days anchored by a dateline, days without a year, another step's date. For each
// expected item, the detention of that kind and name must carry that date (null: no date).
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';
import { readJsonlFixtures } from './fixture-support.ts';

interface Fixture {
  id: string;
  kinds: string[];
  text: string;
  publishedAt?: string;
  expect: { kind: string; name: string; date: string | null; precision?: string }[];
}

const fixtures = readJsonlFixtures<Fixture>(
  new URL('../../fixtures/', import.meta.url),
  'detention-dates.jsonl',
);

describe('dates of detentions', () => {
  for (const f of fixtures)
    it(`${f.id} (${f.kinds.join(', ')})`, () => {
      const r = extractReport({
        text: f.text,
        ...(f.publishedAt ? { publishedAt: f.publishedAt } : {}),
      });
      const shown = JSON.stringify(
        r.detentions.map((d) => [d.kind, d.role, d.person?.name, d.date?.value]),
      );
      for (const w of f.expect) {
        const d = r.detentions.find(
          (x) => x.kind === w.kind && x.person?.name.normalize('NFC') === w.name.normalize('NFC'),
        );
        expect(d, `${w.kind} ${w.name} in ${shown}`).toBeDefined();
        expect(d!.date?.value ?? null, shown).toBe(w.date);
        if (w.precision) expect(d!.date?.precision).toBe(w.precision);
      }
    });
});
