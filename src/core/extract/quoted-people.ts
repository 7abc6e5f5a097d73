// Names written in quotes ('حبس المحامية «ماهينور المصري» 15 يوما', 'the blogger “Ihar Losik”'):
// the Egyptian and much of the Arabic press quote the names of the people a report is about,
// and quote marks cut a name off from the word that introduces it, so the other name rules miss
// it. Read only right after a word that introduces a person or tells a detention.
import { candidateMention } from './candidate-mention.ts';
import { bareSource, type Lexicon, type ListField, perLexicon, wordsOf } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import { allMatches } from './regex-all.ts';
import type { Sentence } from './text.ts';

// Two to four words inside one pair of quote marks, with no digits or clause marks.
const QUOTED = /[«"“„]([^«»"“”„\d.,;:!?()]{3,60})[»"”“]/gu;
const QUOTE_MARK = /[«"“„]/u;
/** Scripts with capitals need every quoted word capitalised; Arabic has none to need. */
const CASED = /[\p{Lu}\p{Ll}]/u;
const ARABIC = /^[\u0600-\u06ff\u200c\s]+$/u;

// Not charge words: what follows them in quotes is the offence ('به اتهام «فعالیت تبلیغی»').
// In scripts with capitals, only a person noun: 'sentenced for “Extremist Activity”' quotes an
// offence in capitals too.
const ARABIC_LEADS: readonly ListField[] = [
  'personNouns',
  'arrestWords',
  'sentenceWords',
  'extensionWords',
  'transferWords',
];

const leadRule = (words: string[], more: boolean) => {
  const src = bareSource(words);
  // The lead word, then in Arabic at most one more word ('المحامية والحقوقية «...»'), then the
  // quote. Not in scripts with capitals: 'Regierungskritiker aus "Hotel Ruanda"' names a film.
  const next = more ? String.raw`(?:\s+[\p{L}\p{M}\u200c]+)?` : '';
  return src ? new RegExp(String.raw`(?<![\p{L}\p{M}])${src}${next}\s*$`, 'iu') : null;
};

const leads = perLexicon((lx: Lexicon) => {
  const nouns = wordsOf(lx, 'personNouns');
  const all = ARABIC_LEADS.flatMap((f) => wordsOf(lx, f));
  if (all.length === 0) return null;
  return {
    cased: leadRule(nouns, false),
    arabic: leadRule(all, true),
  };
});

/** How far before a quote its lead word may start. */
const LEAD_REACH = 50;

/** People named in quotes right after a person noun or a detention word. */
export function quotedPeople(
  text: string,
  sentence: Sentence,
  people: readonly PersonMention[],
  lx: Lexicon,
): PersonMention[] {
  const s = sentence.text;
  if (!QUOTE_MARK.test(s)) return [];
  const rules = leads(lx);
  if (!rules) return [];
  const base = sentence.start;
  const out: PersonMention[] = [];
  for (const m of allMatches(QUOTED, s)) {
    const inner = m[1]!;
    const name = inner.trim();
    const words = name.split(/\s+/u);
    if (words.length < 2 || words.length > 4) continue;
    const cased = CASED.test(name);
    if (cased ? !words.every((w) => /^\p{Lu}/u.test(w)) : !ARABIC.test(name)) continue;
    const lead = s.slice(Math.max(0, m.index - LEAD_REACH), m.index);
    if (!(cased ? rules.cased : rules.arabic)?.test(lead)) continue;
    const start = base + m.index + 1 + inner.indexOf(name);
    const end = start + name.length;
    if (people.some((p) => p.start < end && start < p.end)) continue;
    out.push(
      candidateMention(text, sentence, start, end, 'quoted after a person or detention word'),
    );
  }
  return out;
}
