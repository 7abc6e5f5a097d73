// The day of a trial told apart from its verdict (issue 20, det39): 'The trial of X was held on
// 12 May 2023. The court sentenced him to six years.' A sentence with a trial or hearing noun
// (each language's hearingNouns) and one date, which tells no detention event itself, gives the
// report's verdicts that day when none of them is dated (detention-settle.ts, oneDatePerKind).

import type { DateWithPrecision } from './contract.ts';
import { findDates, writesDayFirst } from './dates.ts';
import type { DetentionInput } from './detention-parts.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';

// Han script has no spaces: its nouns stand anywhere; other scripts' at word edges.
const rules = perLexicon((lx: Lexicon) => {
  const src = bareSource(wordsOf(lx, 'hearingNouns'));
  return src ? new RegExp(String.raw`(?:(?<![\p{L}])|(?<=\p{Script=Han}))(?:${src})`, 'iu') : null;
});

/** The one date of a sentence that tells of a trial, or null. */
export function hearingDate(
  s: string,
  at: number,
  input: DetentionInput,
): DateWithPrecision | null {
  const re = rules(input.lx);
  if (!re?.test(s)) return null;
  const { yearOf } = input;
  const dates = findDates(s, input.anchor, input.lx, {
    newest: input.newestYear,
    digits: true,
    dayFirst: writesDayFirst(input.language),
    ...(yearOf ? { yearOf: (m: number, d: number, k: number) => yearOf(m, d, at + k) } : {}),
  });
  const [first] = dates;
  if (!first || dates.some((d) => d.value !== first.value)) return null;
  return { value: first.value, precision: first.precision };
}
