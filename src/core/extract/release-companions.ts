// Who shared a prisoner's arrest is not freed by that mention: 'X, who was arrested with Y in
// 2020, was freed', 'arrêté en 2019 avec Y', 'detenido junto a Y', 'затриманого разом з Y',
// 'der mit Y festgenommen worden war', 'Y ile birlikte tutuklanan X'. The name stands after a
// companion's mark (companionWords; Turkish writes it after the name) and the nearest verb in
// its clause is one of arrest, charge or sentence (the lists' arrestWords, chargeWords,
// sentenceWords), not a release word: the companion belongs to that verb. 'Freed together with
// Y' keeps Y, whose mark follows the release verb.
import { cueRules } from './lexicon.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import { EDGE_AFTER, EDGE_BEFORE } from './word-edge.ts';

// How far the story verb may stand from the mark or the name, and what no clause crosses.
const BEFORE_REACH = 90;
const AFTER_REACH = 50;
const CLAUSE_END = /[.;:!?()«»"“”]/u;

const rules = perLexicon((lx: Lexicon) => {
  const mark = bareSource(wordsOf(lx, 'companionWords'));
  const story = bareSource([
    ...wordsOf(lx, 'arrestWords'),
    ...wordsOf(lx, 'chargeWords'),
    ...wordsOf(lx, 'sentenceWords'),
  ]);
  if (!mark || !story) return null;
  return {
    // The mark right before the name, an article or a title at most between ('with the blogger').
    markBefore: new RegExp(
      String.raw`${EDGE_BEFORE}(?:${mark})${EDGE_AFTER}(?:\s+[^\s,.;:!?]+){0,3}?\s+$`,
      'iu',
    ),
    // The mark right after the name, a case ending at most between ('Kaya ile', 'Kaya'yla').
    markAfter: new RegExp(String.raw`^(?:['’]\p{L}*)?\s+(?:${mark})${EDGE_AFTER}`, 'iu'),
    story: new RegExp(String.raw`${EDGE_BEFORE}(?:${story})${EDGE_AFTER}`, 'giu'),
  };
});

/** A story verb in `gap` with no release word and no clause end between it and the name. */
function storyIn(gap: string, nameAfter: boolean, re: RegExp, release: RegExp): boolean {
  re.lastIndex = 0;
  for (const m of gap.matchAll(re)) {
    const between = nameAfter ? gap.slice(m.index + m[0].length) : gap.slice(0, m.index);
    if (!CLAUSE_END.test(between) && !release.test(between)) return true;
  }
  return false;
}

/** `m` stands as the companion of an arrest, a charge or a sentence in its sentence. */
export function storyCompanion(s: string, base: number, m: PersonMention, lx: Lexicon): boolean {
  const r = rules(lx);
  if (!r) return false;
  const at = m.start - base;
  const end = m.end - base;
  const release = cueRules(lx).release;
  const before = r.markBefore.exec(s.slice(Math.max(0, at - 60), at));
  const after = before ? null : r.markAfter.exec(s.slice(end, end + 30));
  if (!before && !after) return false;
  const from = before ? at - before[0].length : end + after![0].length;
  // The verb before the mark ('arrested ... with Y') or after the name ('mit Y festgenommen',
  // 'Y ile birlikte tutuklanan'), in the same clause.
  const lead = s.slice(Math.max(0, (before ? from : at) - BEFORE_REACH), before ? from : at);
  const tail = s.slice(before ? end : from, (before ? end : from) + AFTER_REACH);
  return (
    storyIn(lead, true, r.story, release) ||
    storyIn(tail.split(/[,،]/u)[0]!, false, r.story, release)
  );
}
