// 'Condenado a seis años de privación de libertad': a prison term named as a loss of liberty.
// Spanish reports are read with Portuguese stems too ('libertad*' for 'libertado'), which take
// its 'libertad' for a release; a sentence whose only release words are such a term frees no
// one, and its detentions are news, not the story of a release. See detentions.ts.
import { cueRules } from './lexicon.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';

const deprivation = perLexicon((lx: Lexicon) => {
  const src = bareSource(wordsOf(lx, 'deprivationWords'));
  return src ? new RegExp(String.raw`(?<![\p{L}])(?:${src})(?![\p{L}])`, 'giu') : null;
});

/** Whether the strong release words of `s` are all inside terms of lost liberty. */
export function deprivedOnly(s: string, lx: Lexicon): boolean {
  const re = deprivation(lx);
  if (!re) return false;
  re.lastIndex = 0;
  if (!re.test(s)) return false;
  return !cueRules(lx).strongRelease.test(s.replace(re, ' '));
}
