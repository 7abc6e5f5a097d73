// Given names against Arabic or Persian letters as the names are said (translit:ar spoken).
import { abjadFrame } from './abjad-frame.ts';

export const SPOKEN_NOTE =
  'translit:ar spoken (consonants; the article said as a sun letter, or dh for ظ)';

/**
 * Against Arabic or Persian letters (translit:ar spoken), two readings the letters leave open,
 * of `latin` (a Latin spelling) against `read` (the reader's Latin for the letters):
 * - the article's l is said as the sun letter after it (عمادالدین read amadaldin, Emadeddin);
 * - ظ and ض, which the reader writes z and d, are dh in Iraq and the Gulf (منتظر read mntzr,
 *   Muntadhar): a Latin dh is also z.
 * The frames must then agree letter for letter, on three consonants at least.
 */
export function spokenFrame(latin: string, read: string): string | null {
  const fr = abjadFrame(read);
  const fl = abjadFrame(latin);
  const sun = SUN_ARTICLE.test(read) ? abjadFrame(read.replace(SUN_ARTICLE_ALL, 'a')) : '';
  if (sun.length >= 3 && sun === fl) return sun;
  const dz = latin.includes('dh') ? abjadFrame(latin.replace(/dh/g, 'z')) : '';
  if (dz.length >= 3 && dz === fr) return dz;
  return null;
}

/** al inside a word before a sun letter (t d r z s n, sh th), as the reader writes the article. */
const SUN_ARTICLE = /(?<=\p{L}{2})al(?=(?:[tdzsn]|sh|th)[aeiou])/u;
const SUN_ARTICLE_ALL = new RegExp(SUN_ARTICLE.source, 'gu');
