/**
 * V8 holds a string one byte a character when every character fits in Latin-1, two bytes
 * otherwise, and a piece cut from a string keeps the width of the whole. A feed's body is one
 * string: a single Cyrillic letter or curly quote anywhere in it makes every item's text cut
 * from it two bytes wide, English ones included, and extraction's patterns ran about a fifth
 * slower over the bench feed's texts for it (docs/watch.md, "Measured": the same texts, held
 * two bytes wide or one, in turns). This gives such a text back one byte wide: the same
 * characters, copied once (4 ms for a 1,000-item feed's texts).
 */
// Any character above Latin-1 (U+0100 or more).
const wide = /[\u0100-\uffff]/;

export function narrowString(text: string): string {
  return wide.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}
