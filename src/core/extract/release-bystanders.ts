// People a release sentence names who are not freed in it: someone's lawyer or relative
// ('said his lawyer X', 'meldt haar advocaat X', 'informó su esposa X', 'avukatı X'). A speech
// verb alone proves nothing here: the freed speak in their own release reports ('dijo X al salir').
// The nouns are each language's lists (lawyerNouns, relativeNouns).
import type { SentenceFacts } from './analyse.ts';
import { creditedAt } from './credits.ts';
import { bystander } from './detention-bystanders.ts';
import { possessor } from './detention-possessors.ts';
import type { Span } from './detention-rules.ts';
import { cueRules } from './lexicon.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import { actsOnRelease } from './release-agents.ts';
import { inApposition } from './release-apposition.ts';
import { storyCompanion } from './release-companions.ts';
import { ofReleaseNoun } from './release-noun-patient.ts';
import { EdgeRule } from './word-edge.ts';

// 'his', 'su', 'haar', 'jej', 'её' ... before the noun; "Mohammadi's" too.
const POSSESSIVE = String.raw`(?:['’]s|(?<![\p{L}])(?:his|her|their|su|sus|seu|sua|son|sa|ses|leur|sein\p{L}*|ihr\p{L}*|zijn|haar|hun|suo|sua|il suo|la sua|его|её|ее|их|jego|jej|ich|його|її|їх))`;

// A lawyer's honorific between the noun and the name: 'son avocat, Me X', 'su abogado, el Dr. X'.
const HONORIFIC = String.raw`(?:Me|Maître|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Dra\.?|Sr\.?|Sra\.?|Lic\.?|Avv\.?|(?:el|la)\s+(?:Dr|Dra|Lic)\.?)`;

// A noun in apposition to a possessed one, either of them the lawyer's or kin's: 'il suo legale,
// l'avvocata X', 'su defensor, el abogado X', 'sa fille, la militante X'.
const APPOSED = String.raw`(?:(?:the|el|la|le|il|lo|der|die|o|a)\s+|l['’])?`;

const rule = perLexicon((lx: Lexicon) => {
  const nouns = bareSource([...wordsOf(lx, 'lawyerNouns'), ...wordsOf(lx, 'relativeNouns')]);
  if (!nouns) return null;
  const noun = String.raw`(?<![\p{L}])(?:${nouns})(?![\p{L}])`;
  // A possessed noun ('his lawyer', 'su esposa') or a noun of someone ('lawyer of', 'abogado de
  // X'), with at most one more word ('su abogado defensor'), right before the name.
  return new RegExp(
    String.raw`(?:${POSSESSIVE}\s+(?:\p{L}+\s+)?${noun}(?:\s*,\s*${APPOSED}\p{Ll}+)?|${POSSESSIVE}\s+\p{Ll}+\s*,\s*${APPOSED}${noun}|${noun}\s+(?:of|for|de|del|di|van|von|des|du|da)\s+\p{L}+(?:\s+\p{L}+)?,?)(?:\s+\p{Ll}+)?[,:\s]*(?:${HONORIFIC}\s+)?$`,
    'iu',
  );
});

// Turkish writes the possessive onto the noun ('avukatı', 'eşi', 'annesi'): the list holds those
// forms (relativeNouns, lawyerNouns with their endings), which need no word before them.
const SUFFIXED = perLexicon((lx: Lexicon) => {
  const forms = bareSource(wordsOf(lx, 'possessedNouns'));
  return forms ? new RegExp(String.raw`(?<![\p{L}])(?:${forms})(?![\p{L}])[,:\s]*$`, 'iu') : null;
});

// Kinship or a lawyer's post right after the name, with whose it is: 'X, the sister of Y',
// 'X, la esposa de Y', 'علياء الهذلول شقيقة الناشطة' (Arabic puts the noun before its owner with
// no word between). The name is the relative, not the prisoner.
const RELATIVE_AFTER = perLexicon((lx: Lexicon) => {
  const kin = wordsOf(lx, 'relativeNouns').filter(
    (w) => !/^(?:famil|семь|colleg|коллег)/iu.test(w),
  );
  const nouns = bareSource([...wordsOf(lx, 'lawyerNouns'), ...kin]);
  if (!nouns) return null;
  return new RegExp(
    String.raw`^\s*[,،]?\s*(?:(?:the|la|el|le|la|il|die|der|a|de)\s+)?(?:${nouns})(?:\s+(?:of|de|del|di|du|des|von|van|da|do|della|dello)(?![\p{L}])|\s+(?=\p{Script=Arabic}))`,
    'iu',
  );
});

// 'según el sacerdote X, la activista Y y medios de prensa': the sources of the sentence.
// Its leading lookbehind is checked in code (word-edge.ts).
const source = perLexicon((lx: Lexicon) => {
  const words = bareSource(['according to', ...wordsOf(lx, 'accordingTo')]);
  return new EdgeRule(new RegExp(String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])`, 'giu'));
});

/**
 * The name stands after an 'according to' word, with no release word between them nor after the
 * name: it is who the sentence cites ('Entre los excarcelados está X, según Y'), not one freed.
 * 'According to the ministry, X was freed' keeps X: the release word follows the name.
 */
function cited(f: SentenceFacts, at: number, end: number, lx: Lexicon): boolean {
  const s = f.sentence.text;
  let last = -1;
  for (const m of sourcesOf(f, lx)) if (m.start < at) last = m.end;
  if (last < 0 || at - last > 120) return false;
  const release = cueRules(lx).release;
  return !release.test(s.slice(last, at)) && !release.test(s.slice(end));
}

/**
 * Every match of `rule` in the sentence, as a global regex's exec loop finds them, read once a
 * sentence (kept in `memo`).
 */
function spansOnce(memo: WeakMap<SentenceFacts, Span[]>, f: SentenceFacts, rule: EdgeRule): Span[] {
  let out = memo.get(f);
  if (out) return out;
  out = rule.all(f.sentence.text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  memo.set(f, out);
  return out;
}

// A sentence's 'according to' words: read once a sentence, not once for each name in it.
const sources = new WeakMap<SentenceFacts, Span[]>();
const sourcesOf = (f: SentenceFacts, lx: Lexicon) => spansOnce(sources, f, source(lx));

// Every release word of a sentence, in order, to find one between a name and a verb of saying.
const cuesOf = new WeakMap<SentenceFacts, Span[]>();
export const releaseCues = (f: SentenceFacts, lx: Lexicon) =>
  spansOnce(cuesOf, f, cueRules(lx).releaseTest);

// The words set off by commas right after a name ('X, a 31-year-old who left prison, said').
const APPOSITION = /^\s*,[^,.;:]{1,120}/u;
// A release word may stand this many words before the name it describes ('the freed
// ex-candidate X', 'excarcelado político, X').
const DESCRIBED_GAP = 2;

/**
 * The release word of the sentence describes the person who speaks: in the words just before
 * the name or in its apposition. The freed speak in their own release reports.
 */
function describedFreed(f: SentenceFacts, m: PersonMention, cues: Span[]): boolean {
  const s = f.sentence.text;
  const at = m.start - f.sentence.start;
  const end = m.end - f.sentence.start;
  const apposition = APPOSITION.exec(s.slice(end))?.[0].length ?? 0;
  return cues.some((c) => {
    if (c.start >= end) return c.end <= end + apposition;
    if (c.end > at) return false;
    const between = s.slice(c.end, at);
    return (
      !/[.;:!?()«»"“”]/u.test(between) &&
      between.split(/\s+/u).filter(Boolean).length <= DESCRIBED_GAP
    );
  });
}

/**
 * The name stands right after a release noun's 'of' ('la liberación de la periodista X'): the
 * detentions' reading of 'liberación de X' as a campaign for someone still held (referenceBefore)
 * does not hold where the sentence reports the release.
 */
function afterReleaseNoun(f: SentenceFacts, m: PersonMention, cues: Span[], lx: Lexicon): boolean {
  const at = m.start - f.sentence.start;
  const c = cues.findLast((x) => x.end <= at);
  return c !== undefined && ofReleaseNoun(f.sentence.text, c.start, c.end, at, lx);
}

/**
 * `m`, named in release sentence `f`, is someone's lawyer or relative, the source cited, or the
 * one who speaks ('X, ..., explained that those released ...', 'mówi X', 'reportó X') or acts on
 * the release ('X welcomed the release of ...', release-agents.ts): not one
 * of the freed by this mention. Who speaks is read as for detentions (detention-bystanders.ts):
 * the name's place next to a verb of saying with no release word between them, in any language
 * with a list of such verbs.
 */
export function releaseBystander(f: SentenceFacts, m: PersonMention, lx: Lexicon): boolean {
  const at = m.start - f.sentence.start;
  const cues = releaseCues(f, lx);
  if (actsOnRelease(f, m, lx)) return true;
  if (storyCompanion(f.sentence.text, f.sentence.start, m, lx)) return true;
  if (inApposition(f, m, lx)) return true;
  if (
    bystander(m, f.sentence, cues, lx) &&
    !describedFreed(f, m, cues) &&
    !afterReleaseNoun(f, m, cues, lx)
  )
    return true;
  if (at <= 0) return false;
  if (creditedAt(f.sentence.text, at, m.end - f.sentence.start)) return true;
  // 'supporters of X were freed', 'la familia de X': X owns the noun of those freed.
  if (possessor(m, f.sentence, lx, false)) return true;
  const before = f.sentence.text.slice(Math.max(0, at - 60), at);
  if (rule(lx)?.test(before) || SUFFIXED(lx)?.test(before)) return true;
  const end = m.end - f.sentence.start;
  if (RELATIVE_AFTER(lx)?.test(f.sentence.text.slice(end, end + 40)) && !describedFreed(f, m, cues))
    return true;
  // Only where the sentence reports the release itself: a later one citing someone may name the
  // freed ('Volgens de minister hebben de twee, X en Y, ...').
  return f.release && cited(f, at, m.end - f.sentence.start, lx);
}
