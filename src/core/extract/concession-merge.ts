// How a release gathers the concessions its sentences state: one deal told several times is one
// concession. A report says 'eased sanctions' in its lead and 'lifted sanctions on potash' further
// down, or 'the national airline' and then 'Belavia': the same relief, counted once. A relief of
// 'other' or 'further' sanctions is a second step (often only intended) and stays apart.
import type { Concession } from './contract.ts';

/** The target a relief of sanctions on further or other measures carries. */
export const FURTHER = 'further sanctions';

// The national carrier and its name are one target.
const sameTarget = (a: string | null, b: string | null): boolean =>
  a === b || (a === 'airline' && b === 'Belavia') || (a === 'Belavia' && b === 'airline');

const isNamedRelief = (c: Concession) =>
  c.kind === 'sanctions_relief' && c.target !== null && c.target !== FURTHER;

const isBareRelief = (c: Concession) => c.kind === 'sanctions_relief' && c.target === null;

/**
 * Adds a sanctions relief to a release's list unless it restates one there; a named target
 * replaces a bare 'sanctions' found first. Returns false for other kinds (the caller adds them).
 */
export function mergeRelief(list: Concession[], item: Concession): boolean {
  if (item.kind !== 'sanctions_relief') return false;
  if (list.some((x) => x.kind === item.kind && sameTarget(x.target, item.target))) return true;
  if (isBareRelief(item) && list.some(isNamedRelief)) return true;
  if (isNamedRelief(item)) {
    const bare = list.findIndex(isBareRelief);
    if (bare >= 0) {
      list[bare] = item;
      return true;
    }
    // 'Belavia' after 'airline' is kept as it stands: sameTarget caught it above.
  }
  list.push(item);
  return true;
}
