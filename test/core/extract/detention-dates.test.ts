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

describe("a day's one date for the undated events of its kind", () => {
  it('is not given to a person whose own event of that kind is dated elsewhere', () => {
    const r = extractReport({
      text:
        'Según el recuento de la ONG, ocho activistas fueron detenidos el 29 de noviembre en ' +
        'Valencia. El estudiante Juan Ruiz quedó detenido el 30 de agosto. Ruiz fue apresado ' +
        'cuando volvía en moto a su casa.',
      publishedAt: '2023-12-02',
    });
    const ruiz = r.detentions.filter((d) => d.kind === 'arrest' && d.person?.name === 'Juan Ruiz');
    expect(ruiz.map((d) => d.date?.value ?? null).sort()).toEqual(['2023-08-30', null]);
    // The unnamed eight keep the day they were told with.
    expect(r.detentions.find((d) => d.count?.value === 8)?.date?.value).toBe('2023-11-29');
  });
});
