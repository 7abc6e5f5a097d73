// Two names with the same letters in the same order, cut into words otherwise (see
// spacedOtherwise). Apart from compare.ts, which asks it when its part-by-part rules do not match.
import { isSpace } from './char-codes.ts';
import { foldToken } from './fold.ts';
import type { ParsedName } from './parse.ts';
import { normaliseToken } from './script.ts';
import type { CompareResult, EvidenceItem } from './types.ts';

/** Words of a name, by white space (a hyphenated word is one): counted without allocating. */
function wordCount(name: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const space = isSpace(name.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** wordCount of the first name asked about, kept for the next time (a search's query). */
let lastFirst = '';
let lastFirstCount = 0;

function firstWordCount(input: string): number {
  if (input !== lastFirst) {
    lastFirstCount = wordCount(input);
    lastFirst = input;
  }
  return lastFirstCount;
}

/** Letters of a name in Latin or Cyrillic script, folded, with spaces, hyphens and marks gone. */
function letterRun(text: string): string {
  return foldToken(normaliseToken(text.replace(/[^\p{L}\p{M}]+/gu, '')));
}

/**
 * The text whose spacing is compared: the name as written, or the reading of a Burmese one,
 * whose words are its syllables (burmese.ts), which the press writes apart or run together
 * (ဇာဂနာ Zar Ga Nar, Zarganar; ဇေယျာ Ze Ya, Zeya). Null for a reading of another script.
 */
function spacedText(p: ParsedName): string | null {
  if (!p.scripts) return p.input;
  return p.scripts.every((s) => s === 'my') ? (p.reading ?? null) : null;
}

/**
 * The same letters in the same order, cut into words otherwise: Leila Delima / Leila de Lima,
 * Abbas Amir Entezam / Abbas Amir-Entezam. Parsed word by word, the two put different words in
 * the surname (a middle name on one side, a particle), and scored part by part they fall apart.
 * Only between names in Latin or Cyrillic letters (or a Burmese reading, see spacedText) with
 * at least two words on one side: a reading of another script has no spacing of its own.
 */
export function spacedOtherwise(pa: ParsedName, pb: ParsedName): CompareResult | null {
  const ta = spacedText(pa);
  const tb = spacedText(pb);
  if (ta === null || tb === null) return null;
  const wa = ta === pa.input ? firstWordCount(ta) : wordCount(ta);
  const wb = wordCount(tb);
  if (wa === wb || Math.max(wa, wb) < 2) return null;
  const x = letterRun(ta);
  if (x.length < 6 || x !== letterRun(tb)) return null;
  const item: EvidenceItem = {
    part: 'name',
    a: pa.input,
    b: pb.input,
    how: 'exact',
    score: 1,
    note: 'the same letters, cut into words otherwise (spaces, hyphens, particles)',
  };
  return { a: pa.input, b: pb.input, score: 1, decision: 'match', evidence: [item] };
}
