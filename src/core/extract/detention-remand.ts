// Remands (detention-rules.ts asks): custody before a trial told with a verdict word is an
// arrest. Offsets are relative to the sentence searched.
import type { DetentionKind } from './contract.ts';
import { allMatches } from './regex-all.ts';

/** A cue, as findCues holds them (its type lives there; this file is imported by it). */
interface KindSpan {
  kind: DetentionKind;
  start: number;
  end: number;
}

/** How far after a verdict word its remand words may be, and before it. */
const REMAND_AFTER = 80;
const REMAND_BEFORE = 40;

/**
 * 'Ordered him held for 15 days pending investigation': custody before a trial is an arrest, not
 * a verdict; its days are no prison term (the sentence then reads none). Its renewal ('extended
 * his pretrial detention by two months') stays an extension with that length, as
 * bench/real/README.md annotates them (r0569, r0574, r0685).
 */
export function remanded(s: string, re: RegExp, out: KindSpan[]): void {
  const at = allMatches(re, s).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const renewed: Span[] = [];
  for (const c of out) {
    if (c.kind !== 'sentence' && c.kind !== 'extension') continue;
    const near = at.filter(
      (r) =>
        (r.start >= c.start && r.start - c.end <= REMAND_AFTER) ||
        (r.end <= c.end && c.start - r.end <= REMAND_BEFORE),
    );
    if (near.length === 0) continue;
    if (c.kind === 'sentence') c.kind = 'arrest';
    else renewed.push(...near);
  }
  // 'gözaltı süresi 4 gün daha uzatıldı': the custody word is what the extension renews, no
  // arrest of its own.
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    if (c.kind === 'arrest' && renewed.some((r) => r.start < c.end && c.start < r.end))
      out.splice(i, 1);
  }
}

interface Span {
  start: number;
  end: number;
}
