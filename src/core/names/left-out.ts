/**
 * The common end of the rules that match a longer name to a shorter one by leaving a part of
 * the longer out (a first given name, a father's name): what is left must match the shorter
 * name, compared in the pair's own order, and the answer says which part was left out.
 */
import type { ParsedName } from './parse.ts';
import { type CompareResult, type EvidenceItem, matchReadOtherwise } from './types.ts';

export type Compare = (a: ParsedName, b: ParsedName) => CompareResult;

export interface LeftOut {
  pa: ParsedName;
  pb: ParsedName;
  /** The longer name without the part, and the shorter name. */
  rest: ParsedName;
  short: ParsedName;
  /** Whether the first name of the pair is the longer one. */
  aLong: boolean;
  part: EvidenceItem['part'];
  /** The words left out, as written. */
  dropped: string;
  note: string;
}

/** The match with the part left out, or null when what is left does not match. */
export function matchLeavingOut(x: LeftOut, compare: Compare): CompareResult | null {
  const r = x.aLong ? compare(x.rest, x.short) : compare(x.short, x.rest);
  if (r.decision !== 'match') return null;
  const item: EvidenceItem = {
    part: x.part,
    a: x.aLong ? x.dropped : '',
    b: x.aLong ? '' : x.dropped,
    how: 'missing',
    score: 1,
    note: x.note,
  };
  return matchReadOtherwise(x.pa.input, x.pb.input, r, item);
}
