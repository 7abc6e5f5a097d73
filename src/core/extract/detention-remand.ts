// Remands (detention-rules.ts asks): custody before a trial, or its renewal, told with a verdict
// or extension word is an arrest. Offsets are relative to the sentence searched.
import type { DetentionKind } from './contract.ts';

/** A cue, as findCues holds them (its type lives there; this file is imported by it). */
interface KindSpan {
  kind: DetentionKind;
  start: number;
  end: number;
}

/** How far after a verdict or extension word its remand words may be, and before it. */
const REMAND_AFTER = 80;
const REMAND_BEFORE = 40;

/**
 * 'Ordered him held for 15 days pending investigation', 'تجديد حبس ... على ذمة القضية', 'extended
 * his pretrial detention': custody before a trial, or its renewal, is an arrest, not a verdict;
 * its days are no prison term (the sentence then reads none).
 */
export function remanded(s: string, re: RegExp, out: KindSpan[]): void {
  const at = [...s.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const c of out) {
    if (c.kind !== 'sentence' && c.kind !== 'extension') continue;
    const near = at.some(
      (r) =>
        (r.start >= c.start && r.start - c.end <= REMAND_AFTER) ||
        (r.end <= c.end && c.start - r.end <= REMAND_BEFORE),
    );
    if (near) c.kind = 'arrest';
  }
}
