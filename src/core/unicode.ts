/**
 * Strings from outside may hold UTF-16 nobody can store: unpaired surrogates (half of an
 * emoji, or garbage from a broken decoder) have no UTF-8 form, and databases reject or mangle
 * them. Text we keep is made well-formed first: each unpaired surrogate becomes U+FFFD, the
 * replacement character, exactly as every UTF-8 encoder would write it.
 */
const UNPAIRED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(s: string): string {
  return s.replace(UNPAIRED, '\uFFFD');
}

export function isWellFormed(s: string): boolean {
  UNPAIRED.lastIndex = 0;
  return !UNPAIRED.test(s);
}
