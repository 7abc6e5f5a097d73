// What the detention tests of one language at a time read of a report: its language guess and
// the main detentions' kind, person (or unnamed count) and years.
import { extractReport } from '../../../src/core/extract/index.ts';

/** The language guessed for `text` and its main detention items, in order. */
export function detained(text: string, publishedAt: string) {
  const r = extractReport({ text, publishedAt });
  return {
    language: r.report.language,
    items: r.detentions
      .filter((d) => d.role === 'main')
      .map((d) => ({
        kind: d.kind,
        who: d.person?.name ?? d.count?.value ?? null,
        years: d.sentence?.years ?? null,
      })),
  };
}
