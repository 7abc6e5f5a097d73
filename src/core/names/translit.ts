import {
  type Letter,
  type RomanisationSystem,
  SYSTEMS,
  type SystemDef,
} from './translit-tables.ts';

export type { RomanisationSystem } from './translit-tables.ts';

export const ROMANISATION_SYSTEMS: ReadonlyArray<{
  id: RomanisationSystem;
  language: string;
  name: string;
}> = SYSTEMS.map(({ id, language, name }) => ({ id, language, name }));

const byId = new Map(SYSTEMS.map((s) => [s.id, s]));
const VOWELS = new Set([...'аеёиіоуыэюяєїў']);
const IOTATING = new Set([..."ьъ'ўй"]);
const SOFTENING = new Set([...'еёюяіь']);

function pick(l: Letter, initial: boolean): string {
  return typeof l === 'string' ? l : initial ? l[0] : l[1];
}

function isSoftL(chars: string[], i: number): boolean {
  const next = chars[i + 1] ?? '';
  // лл before a softening letter is soft throughout (Ілля → Illa).
  return SOFTENING.has(next) || (next === 'л' && SOFTENING.has(chars[i + 2] ?? ''));
}

/** Whether an iotated letter takes its word-initial form (je, ya) at position i. */
function initialForm(sys: SystemDef, ch: string, prev: string | undefined): boolean {
  if (prev === undefined) return ch !== 'і';
  // й and Łacinka і only differ at the start / after vowels; after ь, ъ, ' all systems iotate.
  if (ch === 'й') return false;
  const afterVowel = VOWELS.has(prev);
  if (ch === 'і') return afterVowel;
  return (sys.iotatedAfterVowel && afterVowel) || (IOTATING.has(prev) && prev !== 'й');
}

function letterAt(sys: SystemDef, chars: string[], i: number): string {
  const ch = chars[i]!;
  const prev = chars[i - 1];
  const next = chars[i + 1];
  if (ch === 'ь') return sys.soft?.[prev ?? ''] !== undefined ? '' : sys.softSign;
  if (next === 'ь' && sys.soft?.[ch] !== undefined) return sys.soft[ch]!;
  if (ch === 'л' && sys.lacinkaL) return isSoftL(chars, i) ? 'l' : 'ł';
  // Ukrainian зг is zgh, so that it is not read as ж.
  if (ch === 'з' && next === 'г' && sys.language === 'uk') return 'zg';
  const letter = sys.letters[ch];
  if (letter === undefined) return /\p{L}/u.test(ch) ? ch : '';
  let piece = pick(letter, initialForm(sys, ch, prev));
  // Łacinka: after soft л the vowel carries no i (ля → la, лю → lu).
  if (sys.lacinkaL && prev === 'л' && typeof letter !== 'string' && piece.startsWith('i')) {
    piece = piece.slice(1);
  }
  return piece;
}

/** Romanises one word; `orig` keeps the source capitalisation. */
function word(sys: SystemDef, orig: string[]): string {
  const chars = orig.map((c) => c.toLowerCase());
  const allUpper = orig.length > 1 && orig.join('') === orig.join('').toUpperCase();
  const finalRule = sys.finals?.[chars.slice(-2).join('')];
  const end = finalRule !== undefined ? chars.length - 2 : chars.length;
  let out = '';
  for (let i = 0; i < end; i++) {
    const piece = letterAt(sys, chars, i);
    if (allUpper) out += piece.toUpperCase();
    else if (orig[i] !== chars[i]) out += piece.charAt(0).toUpperCase() + piece.slice(1);
    else out += piece;
  }
  if (finalRule !== undefined) out += allUpper ? finalRule.toUpperCase() : finalRule;
  for (const [re, rep] of sys.post ?? []) out = out.replace(re, rep);
  return out;
}

/**
 * Romanises Cyrillic text with one system. Non-Cyrillic characters pass through unchanged;
 * capitalisation follows the source (Колесникова → Kalesnikava, ЛОСІК → LOSIK).
 */
export function transliterate(text: string, system: RomanisationSystem): string {
  const sys = byId.get(system);
  if (!sys) throw new Error(`unknown romanisation system '${system}'`);
  const src = text.normalize('NFC').replace(/[’ʼ]/g, "'");
  return src.replace(/[\p{L}']+/gu, (w) => {
    const orig = [...w];
    return word(sys, orig);
  });
}
