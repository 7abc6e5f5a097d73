// Headlines that give a term to a name with no verdict word ('8 lat kolonii dla Andrzeja P.',
// '10 Jahre Haft für X', 'Ten years in prison for X', 'Diez años de cárcel para X'): a term, up to
// three words, 'for', up to three lower-case words and a capitalised one is a verdict; the term is
// its cue. Not a term someone may get ('up to', 'could face'): that is no verdict. See
// detention-rules.ts.
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import { findQuantities } from './numbers.ts';

interface KindSpan {
  kind: string;
  start: number;
  end: number;
}

const rules = perLexicon((lx: Lexicon) => {
  const forWords = bareSource(wordsOf(lx, 'termForWords'));
  const hedges = bareSource([...wordsOf(lx, 'hedges'), ...wordsOf(lx, 'requestWords')]);
  return {
    forName: forWords
      ? new RegExp(
          String.raw`^(?:\s+[\p{L}-]+){0,3}?\s+(?:${forWords})(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+\p{Lu}`,
          'u',
        )
      : null,
    // 'faces', 'could get', 'asked for': the term is wanted or feared, not given.
    hedged: new RegExp(
      String.raw`(?<![\p{L}])(?:faces?|facing|risks?|could|may|might${hedges ? `|${hedges}` : ''})(?![\p{L}])`,
      'iu',
    ),
  };
});

/** Adds a verdict cue for each term given 'for' a name in `s`; `unit` reads a term's unit. */
export function termsFor(s: string, lx: Lexicon, unit: RegExp, out: KindSpan[]): void {
  const r = rules(lx);
  if (!r.forName) return;
  for (const q of findQuantities(s, undefined, lx)) {
    if (q.qualifier !== 'exact') continue;
    const u = unit.exec(s.slice(q.end));
    if (!u || !r.forName.test(s.slice(q.end + u[0].length, q.end + u[0].length + 60))) continue;
    if (r.hedged.test(s.slice(Math.max(0, q.start - 40), q.start))) continue;
    const cue = { kind: 'sentence', start: q.start, end: q.end + u[0].length };
    if (!out.some((c) => c.start < cue.end && cue.start < c.end)) out.push(cue);
  }
}
