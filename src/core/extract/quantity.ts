// A number found in a text, shared by numbers.ts and han-numbers.ts (its own module so that
// neither imports the other).
import type { CountQualifier } from './contract.ts';

export interface Quantity {
  value: number;
  qualifier: CountQualifier;
  /** Offsets relative to the searched string; the qualifier is included. */
  start: number;
  end: number;
  /** Where the number itself starts (after the qualifier). */
  numberStart: number;
  /** 'dozens', 'hundreds', 'десятки': a lower bound, not a figure. */
  vague: boolean;
}
