/**
 * A Maghrebi surname that begins with ben (son of) written as one word on one side and as two
 * on the other: Nawal Benaissa / نوال بن عيسى, Mohamed Benchicou / Mohamed Ben Chicou. Read
 * word by word, Benaissa is compared with عيسى alone (the reading drops the particle) and the
 * two fall apart. When the other name writes the particle as a word of its own (ben, bin, ibn,
 * بن, ابن), the joined word is cut after ben and the names compared again; the match, if any,
 * names this rule (particles:ben joined). Asked by compare.ts when its part-by-part rules did
 * not match. A joined word must keep three letters after the particle (Benjamin is not cut
 * unless the other side has a particle, and then only compared, never matched by this rule).
 */
import type { Compare } from './left-out.ts';
import { type ParsedName, parseName } from './parse.ts';
import type { CompareResult } from './types.ts';

/** A particle written as its own word, in Latin or Arabic letters. */
const PARTICLE_WORD = /(?:^|\s)(?:ben|bin|ibn|بن|ابن)(?=\s)/iu;
/** Every particle has a b (or ب): most names have none, and the expression costs more. */
const particleWord = (s: string) =>
  (s.includes('b') || s.includes('B') || s.includes('ب')) && PARTICLE_WORD.test(s);

/** A Latin word that begins with ben or bin, three letters at least after it. */
const JOINED = /(^|\s)(ben|bin)(?=\p{Ll}{3})/iu;

export function benJoinedMatch(
  pa: ParsedName,
  pb: ParsedName,
  compare: Compare,
): CompareResult | null {
  // One side must write the particle as a word and the other not: asked for every pair that
  // did not match, so each name is tested once and most pairs stop here.
  const wordA = particleWord(pa.input);
  if (wordA === particleWord(pb.input)) return null;
  const xa = wordA ? null : cut(pa);
  const xb = xa || !wordA ? null : cut(pb);
  if (!xa && !xb) return null;
  const r = compare(xa ?? pa, xb ?? pb);
  if (r.decision !== 'match') return null;
  return {
    a: pa.input,
    b: pb.input,
    score: r.score,
    decision: 'match',
    evidence: [
      ...r.evidence,
      {
        part: 'name',
        a: pa.input,
        b: pb.input,
        how: 'compound',
        score: r.score,
        note: 'particles:ben joined (Benaissa / Ben Aissa, بن عيسى)',
      },
    ],
  };
}

/** `p` with a joined ben or bin cut off as a word, when `p` is Latin and has one; else null. */
function cut(p: ParsedName): ParsedName | null {
  if (p.scripts || !JOINED.test(p.input)) return null;
  return parseName(p.input.replace(JOINED, '$1$2 '));
}
