// Chinese and Korean names written without a space, read surname first. Used by foreign.ts.
import anyAscii from 'any-ascii';

/** Chinese double surnames: the first two characters are the surname. */
export const HAN_DOUBLE_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '东方',
  '東方',
  '皇甫',
  '令狐',
  '司徒',
]);

/** Whether two Han characters are a double surname (歐陽, 司徒). */
export function isHanDoubleSurname(two: string): boolean {
  return HAN_DOUBLE_SURNAMES.has(two);
}

function syllables(latin: string): string[] {
  return latin.match(/[A-Z][a-z]*/g) ?? [latin];
}

/**
 * Revised Romanisation writes a syllable's final ㄱ ㄷ ㅂ as k, t, p (백 Baek, 박 Bak, 석 Seok,
 * 옥 Ok); any-ascii reads each syllable alone and writes g, d, b (Baeg, Bag, Seog), which no
 * spelling of a name uses, as names are romanised syllable by syllable (translit:ko finals).
 */
function koreanFinal(syllable: string): string {
  const last = syllable[syllable.length - 1];
  if (last === 'g' && !syllable.endsWith('ng')) return `${syllable.slice(0, -1)}k`;
  if (last === 'd') return `${syllable.slice(0, -1)}t`;
  if (last === 'b') return `${syllable.slice(0, -1)}p`;
  return syllable;
}

/** A run of Chinese characters as 'Surname, Given' in Pinyin (no tones). */
export function hanName(run: string): string {
  const chars = [...run];
  const n = chars.length >= 3 && HAN_DOUBLE_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  const surname = chars
    .slice(0, n)
    .map((c) => anyAscii(c))
    .join('');
  const given = chars
    .slice(n)
    .map((c) => anyAscii(c))
    .join('');
  if (chars.length < 2 || chars.length > 4) return ` ${chars.map((c) => anyAscii(c)).join('')} `;
  return ` ${surname}, ${given} `;
}

/** A run of Hangul syllables (a name written without a space) as 'Surname, Given'. */
export function hangulName(run: string): string {
  const parts = syllables(anyAscii(run)).map(koreanFinal);
  if (parts.length < 2 || parts.length > 4) return ` ${parts.join('')} `;
  return ` ${parts[0]}, ${parts.slice(1).join('')} `;
}
