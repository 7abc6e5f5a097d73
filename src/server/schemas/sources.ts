/** Answers of the report (source) routes. */
import { z } from 'zod';
import { claimWithState, listOf, source } from './model.ts';

/** A stored report without its text, and the text's length. */
export const sourceSummary = source
  .omit({ text: true })
  .extend({ length: z.number() })
  .meta({ id: 'SourceSummary' });

export const sourceList = listOf(sourceSummary);
export const sourceDetail = z.object({ source, claims: z.array(claimWithState) });
export const confidentialFlag = z.object({ id: z.string(), confidential: z.boolean() });
