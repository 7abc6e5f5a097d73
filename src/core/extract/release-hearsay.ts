// Names a sentence does not assert were freed: the writer passes on hearsay ('reportedly',
// 'presumably', 'segundo alguns relatos', 'предположительно', 'aurait été libéré') or a wish
// ('hopes that X will be freed'). The annotation convention leaves such names out
// (bench/real/README.md, `released`). Each language's words are its list 'hearsay'; the
// English ones are below. A release announced for the report's own event ('serían liberados',
// 'soll freikommen', 'вернутся') is not read here: the convention leaves those names out too, but
// they are the event's, and event grouping joins reports by their names (dev lost 0.01 of
// grouping F1 when they went).
import type { SentenceFacts } from './analyse.ts';
import type { Span } from './detention-rules.ts';
import { type Lexicon, perLexicon, withWords, wordsOf } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import { releaseCues } from './release-bystanders.ts';
import { EdgeRule } from './word-edge.ts';

const HEARSAY_BASE =
  /(?<![\p{L}])(?:reportedly|presumably|allegedly|supposedly|purportedly|according to (?:some|unconfirmed|several|media) reports|(?:remains?|is|are) hopeful|hopes? that|hoping that)(?![\p{L}])/iu;

// Its lookbehinds checked in code (word-edge.ts): tried first at every position of every sentence
// with a name, they made this module a two-hundredth of extraction.
const hearsayWords = perLexicon(
  (lx: Lexicon) =>
    new EdgeRule(new RegExp(withWords(HEARSAY_BASE, wordsOf(lx, 'hearsay')).source, 'giu')),
);
// Read once a sentence, not once for each name in it; the release words are the ones
// release-bystanders.ts reads (the same memo).
const memo = new WeakMap<SentenceFacts, Span[]>();
function hedgesIn(f: SentenceFacts, lx: Lexicon): Span[] {
  let hedges = memo.get(f);
  if (!hedges) {
    hedges = hearsayWords(lx)
      .all(f.sentence.text)
      .map((m) => ({ start: m.index, end: m.index + m[0].length }));
    memo.set(f, hedges);
  }
  return hedges;
}

// 'X will be freed, and Y ...': a comma and a conjunction start another clause.
const NEW_CLAUSE =
  /[.;:!?]|,\s*(?:and|but|while|y|pero|e|mas|ma|et|mais|und|aber|en|maar|и|а|но|і|та|oraz|ale|ve|ama)(?![\p{L}])/iu;
// A name in the gap: a word, so that ', Y and Z' stays a list, not ', and' opening a clause.
const NAME = ' \u0001 ';
/** At most this many words (other names left out) between a name and a hedge after it. */
const AFTER_GAP = 3;

/**
 * `m` is named under a hedge: one stands earlier in the sentence with no ';' between
 * ('Selon certaines informations, X serait libéré', 'Entre los que serían liberados están X y Y',
 * 'предположительно, это X'), or right after the name in its clause, before the release word it
 * hedges ('X will reportedly be freed', 'X soll freikommen'): 'X was freed in a deal reportedly
 * brokered by Turkey' hedges no release, so X stays.
 */
export function hearsayOf(f: SentenceFacts, m: PersonMention, lx: Lexicon): boolean {
  const hedges = hedgesIn(f, lx);
  if (hedges.length === 0) return false;
  const cues = releaseCues(f, lx);
  const s = f.sentence.text;
  const at = m.start - f.sentence.start;
  const end = m.end - f.sentence.start;
  for (const h of hedges) {
    if (h.end <= at) {
      if (!s.slice(h.end, at).includes(';')) return true;
      continue;
    }
    if (h.start < end) continue;
    if (cues.some((c) => c.start >= end && c.start < h.start)) continue;
    if (!cues.some((c) => c.end > h.start)) continue;
    if (hedgesName(f, s, end, h.start)) return true;
  }
  return false;
}

/** The words from the name's end to the hedge are a list of names and a few more words. */
function hedgesName(f: SentenceFacts, s: string, from: number, to: number): boolean {
  let gap = s.slice(from, to);
  for (const p of f.people) {
    const a = p.start - f.sentence.start;
    if (a >= from && p.end - f.sentence.start <= to)
      gap = gap.replace(s.slice(a, p.end - f.sentence.start), NAME);
  }
  if (NEW_CLAUSE.test(gap)) return false;
  return gap.split(/[\s,]+/u).filter((w) => w && w !== NAME.trim()).length <= AFTER_GAP;
}
