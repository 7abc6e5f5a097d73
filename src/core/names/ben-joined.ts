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
/** A Latin word that begins with ben or bin, three letters at least after it. */
const JOINED = /(^|\s)(ben|bin)(?=\p{Ll}{3})/iu;

export function benJoinedMatch(
  pa: ParsedName,
  pb: ParsedName,
  compare: Compare,
): CompareResult | null {
  const cut = (p: ParsedName, other: ParsedName): ParsedName | null => {
    if (p.scripts || !PARTICLE_WORD.test(other.input) || PARTICLE_WORD.test(p.input)) return null;
    if (!JOINED.test(p.input)) return null;
    return parseName(p.input.replace(JOINED, '$1$2 '));
  };
  const xa = cut(pa, pb);
  const xb = xa ? null : cut(pb, pa);
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
