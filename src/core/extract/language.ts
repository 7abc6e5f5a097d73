// Language of a report: ELD (a maintained n-gram detector, measured against tinyld and
// franc-min on the real-news set: docs/extraction.md, "Languages"), with a letter count as the
// fallback for text too short or too odd for it.
import { eld } from 'eld/small';

// The opening is enough: on the real-news set 120 characters scored as well as the whole text.
const SAMPLE = 120;

function byLetters(text: string): string {
  const n = Math.min(text.length, 4000);
  let cyr = 0;
  let lat = 0;
  let be = 0;
  // One pass over char codes: cheaper than three global regex matches on every report.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      if (c === 0x45e || c === 0x40e || c === 0x456 || c === 0x406) be++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
  }
  if (cyr === 0 || cyr < lat) return 'en';
  // Belarusian writes ў and і, which Russian does not use.
  return be > cyr * 0.01 ? 'be' : 'ru';
}

// On a headline-length text n-gram scores sit close together ('Belarus freed 52 prisoners'
// scores nl 0.694, en 0.685): English, the language of wire copy, wins a near tie.
const NEAR_TIE = 0.03;

export function detectLanguage(text: string): string {
  const result = eld.detect(text.slice(0, SAMPLE));
  const found = result.language;
  if (!found) return byLetters(text);
  const scores = result.getScores();
  const en = scores.en;
  if (found !== 'en' && en !== undefined && (scores[found] ?? 0) - en < NEAR_TIE) return 'en';
  return found;
}

export function isCyrillicLanguage(language: string): boolean {
  return language === 'ru' || language === 'be' || language === 'uk';
}
