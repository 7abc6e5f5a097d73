/** Answers of the claim routes and of merging, keeping apart, splitting and correcting. */
import { z } from 'zod';
import { claimWithState, listOf, review } from './model.ts';

export const claimPage = listOf(claimWithState);
export const claimDetail = z.object({ claim: claimWithState, reviews: z.array(review) });
export const acceptedCount = z.object({ accepted: z.number() });

export const mergeResult = z.object({ claimId: z.string(), merged: z.string(), into: z.string() });
export const keptApart = z.object({ rejected: z.array(z.string()) });
export const splitResult = z.object({
  id: z.string(),
  from: z.string(),
  moved: z.array(z.object({ from: z.string(), to: z.string() })),
});
