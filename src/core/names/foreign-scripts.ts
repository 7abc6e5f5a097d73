// Which scripts a name is written in, besides Latin and Cyrillic, and which reader reads each
// (foreign.ts says how each is read).
import { burmeseReadable } from './burmese.ts';

export type ForeignScript =
  | 'ar'
  | 'fa'
  | 'he'
  | 'el'
  | 'ka'
  | 'hy'
  | 'hi'
  | 'bn'
  | 'et'
  | 'km'
  | 'my'
  | 'ko'
  | 'ja'
  | 'zh'
  | 'zt'
  | 'jt'
  | 'ug'
  | 'unread';

/** The script of one character outside Latin and Cyrillic, or null for those two and non-letters. */
export function scriptOfChar(c: number): ForeignScript | null {
  if (c < 0x370) return null;
  if (c < 0x400) return 'el';
  if (c < 0x530) return null; // Cyrillic
  if (c < 0x590) return 'hy';
  if (c < 0x600) return 'he';
  if (c < 0x700 || (c >= 0x750 && c < 0x780)) return isPersianLetter(c) ? 'fa' : 'ar';
  if (c >= 0x900 && c < 0x980) return 'hi';
  if (c >= 0x980 && c < 0xa00) return 'bn';
  if (c >= 0xe00 && c < 0xe80) return 'unread'; // Thai (see above)
  if ((c >= 0x1200 && c < 0x13a0) || (c >= 0x2d80 && c < 0x2de0)) return 'et';
  if (c >= 0x1780 && c < 0x1800) return 'km';
  if (c >= 0x1000 && c < 0x10a0) return 'my';
  if ((c >= 0x10a0 && c < 0x1100) || (c >= 0x1c90 && c < 0x1cc0)) return 'ka';
  if ((c >= 0x1100 && c < 0x1200) || (c >= 0x3130 && c < 0x3190) || (c >= 0xac00 && c < 0xd7b0))
    return 'ko';
  if (c >= 0x1e00 && c < 0x1f00) return null; // Latin Extended Additional
  if (c >= 0x1f00 && c < 0x2000) return 'el';
  if (c >= 0x2000 && c < 0x3000) return null; // punctuation, marks, joiners
  if (c >= 0x3040 && c < 0x3100) return 'ja';
  if ((c >= 0x3400 && c < 0x4dc0) || (c >= 0x4e00 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00))
    return 'zh';
  if (c >= 0xfb50 && c < 0xff00) return 'ar'; // Arabic presentation forms
  if (c >= 0xff00) return null;
  return /\p{L}/u.test(String.fromCharCode(c)) ? 'unread' : null;
}

/** Letters only Uyghur uses among Arabic-script languages, or ئى opening a word. */
const UYGHUR = /[\u06d0\u06c6\u06c8\u06c7\u06cb\u06ad\u06d5]|(?:^|\s)\u0626\u0649/u;

const FOREIGN_DOT = /[\u00b7\u2027\u30fb]/u;

/** پ چ ژ گ ک ی and Persian digits mark a name as Persian. */
function isPersianLetter(c: number): boolean {
  return c === 0x67e || c === 0x686 || c === 0x698 || c === 0x6af || c === 0x6a9 || c === 0x6cc;
}

/** The foreign scripts a text uses; empty for Latin and Cyrillic only. Persian wins over Arabic. */
export function foreignScripts(text: string): ForeignScript[] {
  const out = new Set<ForeignScript>();
  // A name's letters come in runs of one script: the set is asked only when the script changes.
  let last: ForeignScript | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x370) continue;
    const s = scriptOfChar(c);
    if (s && s !== last) {
      out.add(s);
      last = s;
    }
  }
  if (out.has('fa')) out.delete('ar');
  // Chinese characters with a middle dot between the parts transcribe a foreign name syllable
  // by syllable (伊力哈木·土赫提 Ilham Tohti): read as sounds, not as a Chinese name.
  if (out.has('zh') && FOREIGN_DOT.test(text)) {
    out.delete('zh');
    out.add('zt');
  }
  // Katakana with a middle dot likewise (アレクセイ・ナワリヌイ Alexei Navalny).
  if (out.has('ja') && !out.has('zh') && FOREIGN_DOT.test(text)) {
    out.delete('ja');
    out.add('jt');
  }
  // Uyghur is written in Arabic letters with every vowel: read letter by letter, not as an abjad.
  if ((out.has('ar') || out.has('fa')) && UYGHUR.test(text)) {
    out.delete('ar');
    out.delete('fa');
    out.add('ug');
  }
  // Burmese is read only when the table knows every syllable (burmese.ts).
  if (out.has('my') && !burmeseReadable(text)) {
    out.delete('my');
    out.add('unread');
  }
  // Chinese characters with kana are Japanese: the characters' Chinese reading would be wrong.
  if (out.has('ja') && out.has('zh')) {
    out.delete('zh');
    out.add('unread');
  }
  return [...out];
}

export function hasForeignLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x370 && scriptOfChar(c) !== null) return true;
  }
  return false;
}

/** Which rule read a script, for evidence: the team's table or the library. */
export function readerOf(s: ForeignScript): string {
  if (s === 'zt') return 'translit:zh (any-ascii, a foreign name in Chinese characters)';
  if (s === 'jt') return 'translit:ja (any-ascii, a foreign name in katakana)';
  return s === 'ar' || s === 'fa' || s === 'he' || s === 'my' || s === 'ug'
    ? `translit:${s} (team table)`
    : `translit:${s} (any-ascii)`;
}
