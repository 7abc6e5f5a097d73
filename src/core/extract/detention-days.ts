// Administrative arrests (detention-rules.ts asks): 'арестовал на пять суток', 'arrested the
// journalist X for 15 days', 'detenido por 10 días'. An arrest word followed by a term of days,
// after its object at most, is a court's arrest of that many days, which the report set counts
// as a sentence (bench/real/README.md: 'Administrative arrests of days ... are sentence').
// Custody before a trial told the same way is turned back into an arrest by the remand rule,
// which runs after this one.
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import { findQuantities } from './numbers.ts';

interface KindSpan {
  kind: string;
  start: number;
  end: number;
}

// A preposition of duration before the number.
const FOR = '(?:на|for|por|pour|für|auf|na|za|per|para|pe|à)';

// Right after the word, or after its object and a preposition ('arrested the journalist X for'),
// with no other clause between ('arrested X and held him for three days').
const AND = '(?:and|и|і|та|y|e|et|und|i|ir|és|ve|oraz)';
const LEAD = new RegExp(
  String.raw`^(?:(?:(?!\s${AND}\s)[^,.;:]){1,60}?\s${FOR}\s+|\s+(?:${FOR}\s+)?)`,
  'iu',
);

const daysUnit = perLexicon((lx: Lexicon) => {
  const days = bareSource(wordsOf(lx, 'termDays'));
  return days ? new RegExp(String.raw`^[\s-]+(?:${days})(?![\p{L}])`, 'iu') : null;
});

/** Turns the arrest cues of `out` followed by a term of days into sentences. */
export function daysArrests(s: string, lx: Lexicon, out: KindSpan[]): void {
  const days = daysUnit(lx);
  if (!days) return;
  for (const c of out) {
    if (c.kind !== 'arrest') continue;
    const lead = LEAD.exec(s.slice(c.end, c.end + 80))?.[0].length ?? -1;
    // The sentence's quantities, which the aggregates read after this too (one scan, kept).
    const q =
      lead < 0 ? null : findQuantities(s, undefined, lx).find((x) => x.start === c.end + lead);
    if (q && days.test(s.slice(q.end, q.end + 20))) c.kind = 'sentence';
  }
}
