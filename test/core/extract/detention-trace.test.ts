// detention-trace.ts: the path that found each detained person and where each date came from,
// kept beside the items (scripts/real-detention-paths.ts reads them). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { dateSource, personPath, writtenAs } from '../../../src/core/extract/detention-trace.ts';
import { type ExtractTrace, extractReport } from '../../../src/core/extract/index.ts';

describe('detention trace', () => {
  it('tells a written date from a day without its year and a weekday', () => {
    expect(writtenAs('4 March 2024', 'day')).toBe('written');
    expect(writtenAs('04.03.2024', 'day')).toBe('written');
    expect(writtenAs('4 March', 'day')).toBe('no-year');
    expect(writtenAs('on Monday', 'day')).toBe('relative');
    expect(writtenAs('2021', 'year')).toBe('written');
  });

  it('tags the person of the sentence, the date and the anchor', () => {
    const text =
      'A court in Minsk sentenced the blogger Ivan Petrov to five years in prison on 4 March 2024.\n\nHis lawyer said he would appeal.';
    const trace: ExtractTrace = { paths: new Map(), mentions: [] };
    const r = extractReport({ text, publishedAt: '2024-03-05' }, trace);
    const main = r.detentions.filter((d) => d.person);
    expect(main.length).toBeGreaterThan(0);
    expect(personPath(main[0]!)).toBe('sentence');
    expect(main[0]!.date && dateSource(main[0]!.date)).toBe('written');
    expect(trace.detentionAnchor).toBe('published');
    expect(trace.mentions.map((m) => m.name)).toContain('Ivan Petrov');
  });

  it('leaves the output as it was: no key of its own on an item', () => {
    const r = extractReport({ text: 'Police arrested the activist Anna Sidorova on 2 May 2023.' });
    for (const d of r.detentions) expect(Object.keys(d)).not.toContain('path');
  });
});
