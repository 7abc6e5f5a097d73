// Cues read across words ('accordo bilaterale con', 'porozumienia osiągniętego przez władze w
// Mińsku z') and the principal an envoy's title names: structural additions to mediators.ts's
// word lists, which hold for any language whose lexicon has the plain cue.
import { hintSource, initialCaseSource, type Lexicon, wordsOf } from './lexicons/index.ts';

// The words 'with' of the languages' cues ('agreement with', 'accordo con', 'porozumienia z').
const COMITATIVE = /^(?<head>.+)\s(?<with>with|con|com|avec|mit|met|med|z|ze|s|sa|с|со|з|із)$/u;

const GAP_WORD = '[^\\s.,;:!?()«»"“”]*';
// A preposition and a bare noun right after the noun say what kind of deal it is ('an
// agreement of exchange with the United States', 'acuerdo de canje con'): a swap, whose other
// side is no go-between. With an article the complement is a party ('acuerdo del gobierno con
// el Vaticano', 'agreement of the government with'), and the cue holds.
const OF = '(?:of|for|on|de|di|von|van|über|sobre|sur|su|para|pour|per|für|o|об|о|на|для|dla|za)';
const ARTICLE =
  "(?:the|a|an|la|le|les|l'|el|los|las|il|lo|gli|un|una|uno|une|des|der|die|das|den|dem|o|os|as|um|uma)";

/**
 * A cue of the shape 'agreement with' read with words between its noun and its 'with'
 * ('accordo bilaterale con', 'porozumienia osiągniętego przez władze w Mińsku z'): an
 * adjective or a clause on the noun does not change who the other side was. Up to six words, no
 * punctuation (a comma or a stop ends the noun's phrase). The first word is lowercase and no
 * preposition (OF): a name right after the noun is its other side already ('переговоров США
 * сняли санкции с авиакомпании': that 'с' is another verb's). '|' and the alternatives.
 */
export function spreadCues(lx: Lexicon): string {
  const heads = new Map<string, string[]>();
  for (const e of wordsOf(lx, 'mediatorCues')) {
    const m = COMITATIVE.exec(e.trim().toLowerCase());
    if (m) heads.set(m.groups!.with!, [...(heads.get(m.groups!.with!) ?? []), m.groups!.head!]);
  }
  return [...heads]
    .map(
      ([w, hs]) =>
        `|(?:${initialCaseSource(hs)})\\s(?!${OF}\\s(?!${ARTICLE}\\s))\\p{Ll}${GAP_WORD}(?:\\s${GAP_WORD}){0,5}?\\s${w}`,
    )
    .join('');
}

/** The words before the comitative preposition of the lists' cues ('in coordination'). */
export function spreadHeads(lx: Lexicon): string[] {
  return wordsOf(lx, 'mediatorCues').flatMap(
    (e) => COMITATIVE.exec(e.trim().toLowerCase())?.groups?.head ?? [],
  );
}

/** The nouns of spreadCues, for the pre-test: the cue's phrase whole is not in the sentence. */
export function spreadHint(lx: Lexicon): string {
  const src = hintSource(spreadHeads(lx));
  return src ? `|${src}` : '';
}

// A head of state's title as the last word before a name: the envoy's principal is named there
// (a word stem, any case ending: 'predsednika', 'prezydenta', 'президента', 'Präsidenten').
export const PRINCIPAL =
  /(?<![\p{L}])(?:president|presidente|président|präsident\p{L}*|prezydent\p{L}*|predsednik\p{L}*|predsjednik\p{L}*|předsed\p{L}*|prezident\p{L}*|президент\p{L}*|президэнт\p{L}*|лидер\p{L}*|leader|líder|lider\p{L}*|elnök\p{L}*)\s+$/iu;
