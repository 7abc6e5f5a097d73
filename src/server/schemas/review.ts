/** Answers of the review queue and of the audit log. */
import { z } from 'zod';
import {
  auditLine,
  claimWithState,
  entityType,
  fitAuditLine,
  listOf,
  nameValue,
  reviewState,
} from './model.ts';

export const queueItem = z
  .object({
    claim: claimWithState,
    subject: z.object({
      id: z.string(),
      type: entityType,
      label: z
        .string()
        .describe('A title or name; for an unnamed group or a reported figure, `parts` in English'),
      parts: z
        .discriminatedUnion('kind', [
          z.object({
            kind: z.literal('unnamed'),
            count: z.number().nullable(),
            description: z.string().nullable(),
          }),
          z.object({
            kind: z.literal('figure'),
            country: z.string().nullable(),
            attributedTo: z.string().nullable(),
          }),
        ])
        .optional()
        .describe(
          "What the label of an entity without a name or title is made of (an unnamed group: its count and description; a reported figure: its country and who gave it), for a client to say it in its reader's language",
        ),
      names: z
        .array(nameValue)
        .optional()
        .describe(
          "When the label is a person's name (a person, or the person a status change or detention is about): every spelling, for a client to show its reader's own",
        ),
    }),
    valueLabel: z.string().nullable(),
    valueNames: z
      .array(nameValue)
      .optional()
      .describe("When valueLabel is a person's name: every spelling"),
    source: z
      .object({ id: z.string(), title: z.string().nullable(), url: z.string().nullable() })
      .nullable(),
    context: z.object({ before: z.string(), quote: z.string(), after: z.string() }).nullable(),
  })
  .meta({ id: 'QueueItem' });

export const queuePage = listOf(queueItem);
export const pendingTotal = z.object({ total: z.number() });

export const auditPage = listOf(auditLine);
export const auditDetail = z.object({ line: auditLine, revertedBy: auditLine.nullable() });

export const revertResult = z
  .object({
    line: fitAuditLine,
    reverted: z.string(),
    restored: z.array(z.object({ claimId: z.string(), from: reviewState, to: reviewState })),
    skipped: z.array(z.object({ claimId: z.string(), state: reviewState, reason: z.string() })),
  })
  .meta({ id: 'RevertResult' });
