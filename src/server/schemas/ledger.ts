/** Answer of POST /import: how many records were stored, and how many were already there. */
import { z } from 'zod';

export const importSummary = z.object({
  sources: z.number(),
  entities: z.number(),
  claims: z.number(),
  reviews: z.number(),
  alreadyStored: z.number(),
  users: z.number().optional(),
  apiTokens: z.number().optional(),
  auditLines: z.number().optional(),
  auditProblems: z.array(z.string()).optional(),
});
