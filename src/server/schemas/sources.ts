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

/** One report found by a search: its summary, rank and a passage with the matched words marked. */
export const reportHit = z
  .object({
    source: sourceSummary,
    rank: z.number().nullable(),
    snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
  })
  .meta({ id: 'ReportHit' });

export const reportSearchResult = z.object({
  items: z.array(reportHit),
  total: z.number(),
  persons: z.array(z.object({ entityId: z.string(), name: z.string(), similarity: z.number() })),
});
