// Search never says `match` where compareNames would not: an alias's stored parse (alias-forms.ts)
// keeps no words, so a two-word Arabic name stored in one order could match the other order, a
// father and son (Jawar Mohammed / Mohammed Jawar), though compare keeps them apart.
import { describe, expect, it } from 'vitest';
import { CandidateIndex, compareNames } from '../../../src/core/names/index.ts';

/** The decision search gives `query` against an index holding only `alias`, or none. */
function searched(alias: string, query: string): string {
  const index = new CandidateIndex();
  index.add('x', alias);
  return index.search(query, { includeNoMatch: true })[0]?.decision ?? 'none';
}

const APART: Array<[string, string]> = [
  ['Jawar Mohammed', 'Mohammed Jawar'],
  ['Ghaith bin Nasser', 'Nasser bin Ghaith'],
  ['Mohammed Hassan', 'Hassan Mohammed'],
  ['Ali bin Salman', 'Salman bin Ali'],
];

describe('search agrees with compare', () => {
  it('keeps an Arabic name and its reverse apart in both directions, as compare does', () => {
    for (const [a, b] of APART) {
      expect(compareNames(a, b).decision, `${a} / ${b}`).not.toBe('match');
      expect(searched(a, b), `index ${a}, search ${b}`).not.toBe('match');
      expect(searched(b, a), `index ${b}, search ${a}`).not.toBe('match');
    }
  });

  it('still finds the same Arabic name spelled another way, in both directions', () => {
    const SAME: Array<[string, string]> = [
      ['Jawar Mohammed', 'Jawar Mohamed'],
      ['Nasser bin Ghaith', 'Nasser bin Ghaith al-Marri'],
      ['Mohammed Hassan', 'Mohamed Hasan'],
    ];
    for (const [a, b] of SAME) {
      const c = compareNames(a, b).decision;
      expect(searched(a, b), `index ${a}, search ${b}`).toBe(c);
      expect(searched(b, a), `index ${b}, search ${a}`).toBe(compareNames(b, a).decision);
    }
  });
});
