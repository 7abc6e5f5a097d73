/** Release facts for event-assignment tests: an empty report from Belarus, with overrides. */
import type { PartialDate } from '../../../src/core/model/dates.ts';
import type { ReleaseFacts } from '../../../src/core/resolve/index.ts';

export const day = (value: string): PartialDate => ({ value, precision: 'day' });
export const month = (value: string): PartialDate => ({ value, precision: 'month' });

export function facts(over: Partial<ReleaseFacts> = {}): ReleaseFacts {
  return {
    country: 'BY',
    dates: [],
    published: [],
    counts: [],
    people: new Set(),
    mediators: new Set(),
    concessions: new Set(),
    ...over,
  };
}
