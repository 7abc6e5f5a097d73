/** String distances used by the matcher and by the naive baseline. */

/** True when a and b differ by at most one insertion, deletion, substitution or swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (sameAfter(a, i + 1, b, i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      sameAfter(a, i + 2, b, i + 2)
    );
  }
  return la > lb ? sameAfter(a, i + 1, b, i) : sameAfter(a, i, b, i + 1);
}

/** `a.slice(i) === b.slice(j)`, without the slices. */
export function sameAfter(a: string, i: number, b: string, j: number): boolean {
  const n = Math.max(0, a.length - i);
  if (n !== Math.max(0, b.length - j)) return false;
  for (let k = 0; k < n; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/** Two strings that differ only by two neighbouring letters swapped (or not at all). */
export function isSwap(a: string, b: string): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i >= n) return true;
  return (
    i + 1 < n &&
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i) &&
    sameAfter(a, i + 2, b, i + 2)
  );
}

let aFlags = new Uint8Array(64);
let bFlags = new Uint8Array(64);

/** Jaro-Winkler similarity in 0..1 (prefix scale 0.1, up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  // Match flags in reused scratch (scoring a candidate calls this; names are short).
  if (a.length > aFlags.length || b.length > bFlags.length) {
    aFlags = new Uint8Array(Math.max(a.length, b.length) * 2);
    bFlags = new Uint8Array(Math.max(a.length, b.length) * 2);
  }
  const aMatch = aFlags;
  const bMatch = bFlags;
  aMatch.fill(0, 0, a.length);
  bMatch.fill(0, 0, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (bMatch[j] || c !== b.charCodeAt(j)) continue;
      aMatch[i] = 1;
      bMatch[j] = 1;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let k = 0;
  let transpositions = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatch[i]) continue;
    while (!bMatch[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, for short strings (names); two reused rows. */
export function editDistance(a: string, b: string): number {
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array((b.length + 1) * 2);
    rowB = new Int32Array((b.length + 1) * 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = c === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}

/**
 * A press typo of a long name: one letter dropped, added or swapped with its neighbour inside
 * the word (Konstanin for Konstantin), never at its end, where the letter tells a man's name
 * from a woman's (Aleksandr / Aleksandra) or one name from another. `long` has seven letters
 * or more.
 */
export function innerTypo(long: string, other: string): boolean {
  if (long.length < 7 || long === other) return false;
  const d = long.length - other.length;
  if (d === 0) return innerSwap(long, other);
  if (d !== 1 && d !== -1) return false;
  const [big, small] = d === 1 ? [long, other] : [other, long];
  let i = 0;
  while (i < small.length && big[i] === small[i]) i++;
  // The letter at i is the one left out; the rest must agree, and the last letter stay.
  return i < small.length - 1 && i > 0 && big.slice(i + 1) === small.slice(i);
}

function innerSwap(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return (
    i > 0 &&
    i < a.length - 2 &&
    a[i] === b[i + 1] &&
    a[i + 1] === b[i] &&
    a.slice(i + 2) === b.slice(i + 2)
  );
}
