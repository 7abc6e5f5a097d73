// Georgian glues a number's stem to an adjective of its unit: 'ოთხდღიანი' (four-day),
// 'ორწლიანი' (two-year), 'სამთვიანი' (three-month), and doubles the stem for 'each'
// ('ოთხ-ოთხდღიანი', four days each). The number rules read whole number words only; these
// terms are read here. See detention-terms.ts.
import { type Lexicon, perLexicon, valuesOf } from './lexicons/index.ts';

export interface GluedTerm {
  start: number;
  end: number;
  /** 1 years, 2 months, 3 days. */
  unit: number;
  value: number;
}

const UNITS: Readonly<Record<string, number>> = { წლიან: 1, თვიან: 2, დღიან: 3 };

const rules = perLexicon((lx: Lexicon) => {
  // 'ოთხი' -> 'ოთხ': a stem drops the nominative -ი ('რვა', 'ცხრა' keep their -ა).
  const stems = new Map<string, number>();
  for (const [w, v] of valuesOf('numbers', lx))
    if (/^[\u10d0-\u10fa]+$/u.test(w)) stems.set(w.endsWith('ი') ? w.slice(0, -1) : w, v);
  if (stems.size === 0) return null;
  const stem = [...stems.keys()].sort((a, b) => b.length - a.length).join('|');
  return {
    stems,
    re: new RegExp(
      String.raw`(?<![\u10d0-\u10fa])(?:(${stem})-)?(${stem})(წლიან|თვიან|დღიან)[\u10d0-\u10fa]*`,
      'gu',
    ),
  };
});

/** The glued terms of a sentence written in Georgian. */
export function gluedTerms(s: string, lx: Lexicon): GluedTerm[] {
  const r = rules(lx);
  if (!r || !/[\u10d0-\u10fa]/u.test(s)) return [];
  const out: GluedTerm[] = [];
  r.re.lastIndex = 0;
  for (let m = r.re.exec(s); m; m = r.re.exec(s)) {
    // 'ოთხ-ხუთდღიანი' (four or five days) is no one term; a doubled stem is 'each'.
    if (m[1] !== undefined && m[1] !== m[2]) continue;
    const value = r.stems.get(m[2]!)!;
    out.push({ start: m.index, end: m.index + m[0].length, unit: UNITS[m[3]!]!, value });
  }
  return out;
}
