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
import { isSpace } from './char-codes.ts';
import type { Compare } from './left-out.ts';
import { type ParsedName, parseName } from './parse.ts';
import type { CompareResult } from './types.ts';

/**
 * Whether `s` has a particle written as its own word, in Latin or Arabic letters: ben, bin,
 * ibn (any case), بن or ابن, at the start or after white space and before white space. Read by
 * char codes: asked of both names of every pair that did not match, where the expression it
 * stands for (fast-paths-nmperf44.test.ts) cost more than the rest of this rule.
 */
export function particleWord(s: string): boolean {
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpace(s.charCodeAt(i))) continue;
    if (isParticle(s, start, i)) return true;
    start = i + 1;
  }
  return false;
}

/** Whether s[from .. to) is ben, bin, ibn (any case), بن or ابن. */
function isParticle(s: string, from: number, to: number): boolean {
  const n = to - from;
  if (n === 2) return s.charCodeAt(from) === 0x628 && s.charCodeAt(from + 1) === 0x646;
  if (n !== 3) return false;
  const a = s.charCodeAt(from);
  const b = s.charCodeAt(from + 1);
  const c = s.charCodeAt(from + 2);
  if (a === 0x627) return b === 0x628 && c === 0x646;
  const x = a | 0x20;
  const y = b | 0x20;
  if ((c | 0x20) !== 0x6e) return false;
  return x === 0x62 ? y === 0x65 || y === 0x69 : x === 0x69 && y === 0x62;
}

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
