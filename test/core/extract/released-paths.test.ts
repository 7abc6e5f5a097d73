// rel47: every freed name carries the path that freed it (an internal trace, not the contract),
// so scripts/real-paths.ts can measure each path's precision on real reports.
import { describe, expect, it } from 'vitest';
import { type ExtractTrace, extractReport } from '../../../src/core/extract/index.ts';
import { personKey } from '../../../src/core/extract/released-people.ts';

function traced(text: string): { names: string[]; trace: ExtractTrace } {
  const trace: ExtractTrace = { paths: new Map(), mentions: [] };
  const got = extractReport({ text, language: 'en' }, trace);
  const names = got.releases.flatMap((r) => r.released.map((p) => p.name));
  return { names, trace };
}

describe('release paths', () => {
  it('tags a name in a release sentence and the names of a list that inherits it', () => {
    const { names, trace } = traced(
      'Authorities in Minsk freed Pavel Sevruk on Monday after four years behind bars.\n' +
        'Also on the list were Olga Brandt, Ivan Lemeshko and Nina Gurova.',
    );
    expect(names).toContain('Pavel Sevruk');
    expect(trace.paths.get(personKey('Pavel Sevruk'))).toBe('release');
    for (const n of ['Olga Brandt', 'Ivan Lemeshko', 'Nina Gurova']) {
      expect(names).toContain(n);
      expect(trace.paths.get(personKey(n))).toBe('inherit');
    }
    expect(trace.mentions.length).toBeGreaterThanOrEqual(4);
  });

  it('leaves the result the same with or without a trace', () => {
    const text = 'A court released Tomas Varga, a blogger, on Friday.';
    expect(extractReport({ text, language: 'en' }, { paths: new Map(), mentions: [] })).toEqual(
      extractReport({ text, language: 'en' }),
    );
  });
});
