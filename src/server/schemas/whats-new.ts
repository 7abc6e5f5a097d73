/** Answers of the What is new routes (docs/whats-new.md; core/model/changes.ts). */
import { z } from 'zod';
import { trackedFields } from '../../core/model/changes.ts';
import { entityType, reportedValue, value } from './model.ts';

/** A value as a reader sees it: accepted, or the proposed one most reports give. */
const bestValue = z
  .object({ value, proposed: z.boolean(), sources: z.number() })
  .meta({ id: 'BestValue' });

const bestValues = z.object({
  country: bestValue.nullable(),
  date: bestValue.nullable(),
  releasedCount: bestValue.nullable(),
});

const subject = {
  id: z.string(),
  type: entityType,
  label: z.string(),
  /** The entity's page in the web app. */
  path: z.string(),
};

export const whatsNewItem = z
  .discriminatedUnion('kind', [
    z.object({ ...subject, kind: z.literal('release.created'), best: bestValues }),
    z.object({
      ...subject,
      kind: z.literal('release.changed'),
      best: bestValues,
      changes: z.array(
        z.object({
          field: z.enum(trackedFields),
          before: bestValue.nullable(),
          after: bestValue.nullable(),
        }),
      ),
    }),
    z.object({
      ...subject,
      kind: z.literal('conflict.created'),
      property: z.string(),
      values: z.array(reportedValue),
    }),
  ])
  .meta({ id: 'WhatsNewItem' });

export const whatsNewView = z
  .object({
    since: z.string(),
    until: z.string(),
    mark: z.string().nullable(),
    items: z.array(whatsNewItem),
    entities: z.object({ total: z.number(), shown: z.number() }),
    reports: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          title: z.string().nullable(),
          url: z.string().nullable(),
          publisher: z.string().nullable(),
          publishedAt: z.string().nullable(),
          ingestedAt: z.string(),
          duplicateOf: z.string().nullable(),
        }),
      ),
      total: z.number(),
    }),
  })
  .meta({ id: 'WhatsNew' });

export const seenMark = z.object({ mark: z.string() }).meta({ id: 'SeenMark' });
