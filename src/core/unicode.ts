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

/**
 * Names each string (value or object key) in a parsed record that cannot be stored as text:
 * NUL (U+0000), which PostgreSQL text and jsonb refuse, and unpaired surrogates.
 */
export function findUnstorable(value: unknown, at: string, add: (problem: string) => void): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      add(`${at}: contains a NUL character (U+0000), which cannot be stored`);
    else if (!isWellFormed(value))
      add(`${at}: contains an unpaired UTF-16 surrogate, which cannot be stored`);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) findUnstorable(v, `${at}[${i}]`, add);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      findUnstorable(k, `${at} (a key)`, add);
      findUnstorable(v, `${at}.${k}`, add);
    }
}
