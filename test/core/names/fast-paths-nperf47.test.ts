import { readFileSync } from 'node:fs';
import anyAscii from 'any-ascii';
import { describe, expect, it } from 'vitest';
import { joinedWord, latinSounds } from '../../../src/core/names/transcription.ts';
import { latinWordPart } from '../../../src/core/names/transcription-keys.ts';
import { pieceWords as words } from '../../support/random.ts';

/**
 * Fast paths of nperf47 (docs/names.md, "bench:names build and cold tail"), each checked
 * against the definition it replaced on generated words and on every word of the pairs files.
 */

/** latinWordKey's part as idx46 computed it: latinSounds' reading, then its first consonants. */
function plainWordPart(word: string): string | null {
  const r = latinSounds(joinedWord(word), false);
  if (!r) return null;
  let part = r.vowelFirst === false ? 'c' : 'v';
  if (r.endsInA) part += 'a';
  let n = 0;
  for (const s of r.sounds) {
    if (s.optional || n === 3) continue;
    const c = letterOf(s.set);
    if (c) {
      part += c;
      n++;
    }
  }
  return part;
}

/** transcription-keys.ts's latinLetter (P 1, T 2, K 4, S 8, L 16, N 32, H 64, W 128). */
function letterOf(set: number): string {
  if (set & 16) return 'l';
  if (set & 32) return 'n';
  if (set & (1 | 128)) return 'p';
  if (set & 2) return 't';
  if (set === (8 | 4 | 64)) return 's';
  if (set & 4) return 'k';
  if (set & 8) return 's';
  return '';
}

const LATIN = [
  ...'abcdefghijklmnopqrstuvwxyz',
  'sch',
  'tch',
  'dsch',
  'dzh',
  'wh',
  'ng',
  'qu',
  'ck',
];
const OTHER = [
  ...'AEHKSWZ',
  ...'абвгджзийклмнопрстуфхцчшщъыьэюяёіўґєї',
  ...'ЖЧШЦХ',
  ...'áéíóúñçšžčćłøåæœß',
  ..."-‐‑'’ .·・=＝0",
  '𝔄',
  '\ud800',
];

describe('nperf47 fast paths', () => {
  it('latinWordPart is latinSounds and the key loop, on generated words', () => {
    const pool = [...LATIN, ...LATIN, ...OTHER];
    for (const w of words(47, pool, 60_000, 9)) expect(latinWordPart(w), w).toBe(plainWordPart(w));
  });

  it('latinWordPart is latinSounds and the key loop, on the words of the pairs files', () => {
    const seen = new Set<string>();
    for (const file of ['pairs.tsv', 'world-pairs.tsv']) {
      const text = readFileSync(new URL(`../../fixtures/names/${file}`, import.meta.url), 'utf8');
      for (const line of text.split('\n')) {
        if (line.startsWith('#')) continue;
        for (const name of line.split('\t').slice(0, 2))
          for (const w of name.trim().split(/\s+/u)) seen.add(w);
      }
    }
    expect(seen.size).toBeGreaterThan(5_000);
    for (const w of seen) expect(latinWordPart(w), w).toBe(plainWordPart(w));
  });

  it('the separators joinedWord removes give no letter in any-ascii', () => {
    const separator = /^[\s\u00b7\u2027\u30fb\u30a0=\uff1d-]$/u;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (separator.test(ch)) expect(/[a-z]/i.test(anyAscii(ch)), c.toString(16)).toBe(false);
    }
  });
});
