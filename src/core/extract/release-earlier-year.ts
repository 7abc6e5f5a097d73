// A release told with an earlier year than the report's ('Nel 2020 era già stato rilasciato X',
// 'X, libéré en 2021 puis condamné', '2019 yılında tahliye edilen X', 'قد أفرج عنه عام 2019') is
// a past release of the person's story: the name is not freed by that mention. The year is read
// beside the release word nearest the name in its clause, with no word of arrest or sentence
// between (a year of arrest dates the story, 'arrested in 2019, freed on Monday'), and only in a
// report that tells another release without such a year (its own).
import type { SentenceFacts } from './analyse.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import { allMatches } from './regex-all.ts';
import { releaseCues } from './release-bystanders.ts';

const YEAR = /(?<!\p{Nd})(?:19[5-9]\d|20\d\d)(?!\p{Nd})/gu;
const CLAUSE_END = /[.;:!?()«»"“”]/u;
// How far a year stands from its release word, and the word from the name.
const YEAR_REACH = 30;

function monthBefore(s: string, at: number): boolean {
  return (
    DATED_BEFORE.test(s.slice(Math.max(0, at - 20), at)) &&
    !/(?:in|en|nel|im|w|в|у|عام|سنة|در|de)\s+$/iu.test(s.slice(Math.max(0, at - 6), at))
  );
}
const NAME_REACH = 80;

const rules = perLexicon((lx: Lexicon) => {
  const story = bareSource([
    ...wordsOf(lx, 'arrestWords'),
    ...wordsOf(lx, 'chargeWords'),
    ...wordsOf(lx, 'sentenceWords'),
  ]);
  return {
    story: story
      ? new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${story})(?![\p{L}\p{M}])`, 'iu')
      : null,
  };
});

function yearsOf(s: string): { at: number }[] {
  return allMatches(YEAR, s).map((m) => ({ at: m.index }));
}

// A day or a month beside the year ('15 March 2024', '2024-03-15', 'marzo de 2024'): a date that
// may be the report's own release's; a year alone dates a past one.
const DATED_BEFORE = /(?:\p{Nd}[./-]?|\p{L}{3,}\.?,?\s+(?:de\s+)?|\p{Nd}\s+\p{L}+\s+)$/u;

// Between the year and its release word: up to three short words ('in', 'nel', 'en', 'عام',
// 'era già stato'), or the year's own noun ('yılında', 'году'). A longer word is a noun the year
// belongs to ('the protests of 2020', 'w wyborach z 2020'); a comma parts them.
const YEAR_NOUN = /^(?:yılında|yılı|году|року|roku|anno|année|jahr|سنة|عام|سال)$/iu;
const SHORT_WORD = /^[\p{Ll}\p{Lo}\p{M}'’]{1,6}$/u;

function yearWords(gap: string): boolean {
  const words = gap.split(/\s+/u).filter(Boolean);
  return words.length <= 3 && words.every((w) => YEAR_NOUN.test(w) || SHORT_WORD.test(w));
}

// A month or a day after the year ('2020年4月5日', '2020-04-05'): a full date, no year alone.
const DATED_AFTER = /^(?:\s*年\s*\p{Nd}|[./-]\p{Nd})/u;

/** A year alone standing right by the release word at [from, to). */
function yearBy(s: string, from: number, to: number, lx: Lexicon): boolean {
  const story = rules(lx).story;
  return yearsOf(s).some(({ at }) => {
    if (monthBefore(s, at) || DATED_AFTER.test(s.slice(at + 4, at + 8))) return false;
    const gap = at < from ? s.slice(at + 4, from) : at >= to ? s.slice(to, at) : null;
    if (gap === null || gap.length > YEAR_REACH || CLAUSE_END.test(gap) || gap.includes(','))
      return false;
    return yearWords(gap) && !story?.test(gap);
  });
}

/** The release word nearest the name in its clause: [start, end), or null. */
function nearestRelease(
  f: SentenceFacts,
  at: number,
  end: number,
  lx: Lexicon,
): [number, number] | null {
  const s = f.sentence.text;
  let best: [number, number] | null = null;
  let bestGap = NAME_REACH + 1;
  // The sentence's release words, read once a sentence (release-bystanders.ts), not once a name.
  for (const { start: a, end: b } of releaseCues(f, lx)) {
    if (b === a) continue;
    const gap = b <= at ? s.slice(b, at) : a >= end ? s.slice(end, a) : null;
    if (gap === null || CLAUSE_END.test(gap) || gap.length >= bestGap) continue;
    best = [a, b];
    bestGap = gap.length;
  }
  return best;
}

/** The report tells a release with no year alone by its word: its own. */
export function toldWithoutYear(facts: SentenceFacts[], lx: Lexicon): boolean {
  return facts.some(
    (f) =>
      f.strong &&
      releaseCues(f, lx).some(
        (c) => c.end > c.start && !yearBy(f.sentence.text, c.start, c.end, lx),
      ),
  );
}

/** `m` is freed, in its sentence, by a release dated by a year alone. */
export function freedInEarlierYear(
  f: SentenceFacts,
  m: PersonMention,
  ownTold: boolean,
  lx: Lexicon,
): boolean {
  if (!ownTold || !f.release) return false;
  const s = f.sentence.text;
  const at = m.start - f.sentence.start;
  const cue = nearestRelease(f, at, m.end - f.sentence.start, lx);
  return cue !== null && yearBy(s, cue[0], cue[1], lx);
}
