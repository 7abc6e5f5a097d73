/**
 * How many writes this process has served. Reviews change what is published and what counts
 * without adding claims, so caches keyed on claim counts also compare this number.
 */
let writes = 0;

/** Call after any write this process makes, so the next read sees it. */
export function noteWrite(): void {
  writes++;
}

export function writeCount(): number {
  return writes;
}
