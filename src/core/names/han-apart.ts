/**
 * Two names both written in Han characters that one Pinyin reading joins (王怡 / 王毅, both
 * Wang Yi; 李昱函 / 李宇涵, both Li Yuhan) are two people when the characters themselves
 * differ: the characters are the name, the reading only a shadow of it. Simplified and
 * traditional forms of one character (刘 / 劉) also differ as code points, so a character
 * counts as another only where its Cantonese readings share no syllable with the other's: a
 * variant keeps its reading, and Cantonese, which kept finals and initials Mandarin merged
 * (怡 ji / 毅 ngai, 昱 juk / 宇 jyu), tells most homophones in Pinyin apart. Where either
 * character is unread, nothing is said (the rule never makes a match, only refuses one).
 */
import { jyutpingOf } from './cantonese.ts';
import type { EvidenceItem } from './types.ts';

const HAN_ONLY = /^[\p{Script=Han}\s·・]+$/u;

/** The first pair of characters, at one place, whose Cantonese readings share nothing. */
export function hanCharactersApart(a: string, b: string): [string, string] | null {
  if (!HAN_ONLY.test(a) || !HAN_ONLY.test(b)) return null;
  const ca = [...a.replace(/[\s·・]/gu, '')];
  const cb = [...b.replace(/[\s·・]/gu, '')];
  if (ca.length !== cb.length) return null;
  for (let i = 0; i < ca.length; i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    const rx = jyutpingOf(x);
    const ry = jyutpingOf(y);
    if (rx.length === 0 || ry.length === 0) continue;
    if (!rx.some((r) => ry.includes(r))) return [x, y];
  }
  return null;
}

export function hanApartEvidence(a: string, b: string, apart: [string, string]): EvidenceItem {
  const [x, y] = apart;
  return {
    part: 'name',
    a,
    b,
    how: 'mismatch',
    score: 0,
    note: `han:characters ${x} (${jyutpingOf(x).join('/')}) and ${y} (${jyutpingOf(y).join('/')}) are other characters`,
  };
}
