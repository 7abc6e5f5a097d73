/**
 * Names in a script the engine cannot read (Tibetan, Thai, Burmese with a syllable the table lacks,
 * Japanese kanji with kana): only identical spellings match. A Japanese name whose kana agree
 * with the other spelling goes to review (kanji.ts). Japanese names in kanji whose surname the
 * table of names has are read by it first (kanji.ts), with kana or without.
 */
import { hasKana, japaneseReading, kanaAgreement } from './kanji.ts';
import type { ParsedName } from './parse.ts';
import { thaiAgainstLatin, thaiKeysAgree } from './thai.ts';
import type { CompareResult, EvidenceItem } from './types.ts';

/** The written form two spellings are compared on when the engine cannot read them. */
const plainForm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * A name in a script the engine cannot read matches only itself, written the same way: the
 * engine never claims that two different spellings it cannot read (or one it can and one it
 * cannot) are one person, nor sends every such pair to review: only a Japanese name whose kana
 * agree with the other spelling. Null when both are readable.
 */
export function unreadable(pa: ParsedName, pb: ParsedName, review: number): CompareResult | null {
  if (!pa.scripts && !pb.scripts) return null;
  const ja = japaneseReading(pa, pb, false) ?? japaneseReading(pb, pa, true);
  if (ja) return ja;
  if (!pa.scripts?.includes('unread') && !pb.scripts?.includes('unread')) return null;
  const a = pa.input;
  const b = pb.input;
  const thai = thaiMatch(pa, pb);
  if (thai) return thai;
  const same = plainForm(a) === plainForm(b);
  const kana = same ? null : (kanaOf(pa, pb) ?? kanaOf(pb, pa));
  if (kana) {
    const note = `unreadable: kanji reading (the kana, read ${kana}, agree; the kanji are not read)`;
    const score = review;
    const item: EvidenceItem = { part: 'script', a, b, how: 'unreadable', score, note };
    return { a, b, score, decision: 'review', evidence: [item] };
  }
  const item: EvidenceItem = {
    part: 'script',
    a,
    b,
    how: same ? 'exact' : 'unreadable',
    score: same ? 1 : 0,
    note: same
      ? 'written the same'
      : japanese(pa) || japanese(pb)
        ? 'unreadable: kanji reading (Japanese kanji are not read): only identical spellings match'
        : 'a script the name engine does not read (Burmese, Japanese kanji, ...): only identical spellings match',
  };
  return { a, b, score: same ? 1 : 0, decision: same ? 'match' : 'no_match', evidence: [item] };
}

/** A Japanese name: kanji with kana, which foreign.ts leaves unread. */
const japanese = (p: ParsedName) =>
  !!p.scripts?.includes('ja') && p.scripts.includes('unread') && hasKana(p.input);

/**
 * A Japanese name in kanji with kana against a spelling in Latin or Cyrillic letters with a
 * word that opens with the kana's reading (袴田ひで子 / Hideko Hakamada): that reading, for a
 * review that is never a match, since the kanji are not read. Null otherwise.
 */
function kanaOf(p: ParsedName, other: ParsedName): string | null {
  return japanese(p) && !other.scripts ? kanaAgreement(p.input, other.input) : null;
}

/**
 * A Thai name against a Latin spelling whose words agree with its words key for key (thai.ts):
 * a match. Anything else about Thai letters stays as above (only identical spellings match).
 */
function thaiMatch(pa: ParsedName, pb: ParsedName): CompareResult | null {
  const [thai, latin] = pb.scripts ? [pb.input, pa.input] : [pa.input, pb.input];
  if (pa.scripts && pb.scripts) return null;
  const readings = thaiAgainstLatin(thai, latin);
  if (!readings || !thaiKeysAgree(readings, latin)) return null;
  const item: EvidenceItem = {
    part: 'script',
    a: pa.input,
    b: pb.input,
    how: 'transliteration',
    score: 0.93,
    note: `translit:th (team table, read ${readings.join(' ')}): the consonants agree word for word, aspiration, voicing and vowels aside`,
  };
  return { a: pa.input, b: pb.input, score: 0.93, decision: 'match', evidence: [item] };
}
