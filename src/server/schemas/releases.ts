/** Answers of the release and deal routes. */
import { z } from 'zod';
import { conflict, listOf, nameValue, reportedValue, value } from './model.ts';

const entityLabel = z.object({ id: z.string(), name: z.string() }).meta({ id: 'EntityLabel' });
const personLabel = entityLabel
  .extend({
    names: z
      .array(nameValue)
      .describe("Every accepted spelling, for a client to head the person with its reader's own"),
  })
  .meta({ id: 'PersonLabel' });

/** Every reported value of one property, for 'who says what' (core/model/views.ts reportedOf). */
const reportedOf = z
  .object({ value: value.nullable(), conflict: z.boolean(), reported: z.array(reportedValue) })
  .meta({ id: 'ReportedOf' });

/** A value to show now: accepted, or the proposed one most reports give. */
const best = <T extends z.ZodType>(value: T) =>
  z.object({ value, proposed: z.boolean(), sources: z.number() }).nullable();

export const releaseEventView = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    country: z.string().nullable(),
    date: z.object({ value: z.string(), precision: z.string() }).nullable(),
    kind: z.string().nullable(),
    releasedCount: z.object({ value: z.number(), qualifier: z.string() }).nullable(),
    releasedCountReported: reportedOf,
    dateReported: reportedOf,
    countryReported: reportedOf,
    best: z.object({
      country: best(z.string()),
      date: best(z.object({ value: z.string(), precision: z.string() })),
      releasedCount: best(z.object({ value: z.number(), qualifier: z.string() })),
    }),
    released: z.array(personLabel),
    namesWithheld: z.number(),
    unnamed: z.array(
      z.object({
        id: z.string(),
        count: z.number().nullable(),
        description: z.string().nullable(),
      }),
    ),
    mediators: z.array(entityLabel),
    destinations: z.array(z.string()),
    deal: entityLabel.nullable(),
    conflicts: z.array(conflict),
    reports: z.array(
      z.object({
        sourceId: z.string(),
        url: z.string().nullable(),
        title: z.string().nullable(),
        publishedAt: z.string().nullable(),
        role: z.enum(['main', 'background']),
      }),
    ),
  })
  .meta({ id: 'ReleaseEventView' });

export const releaseList = listOf(releaseEventView);

export const dealView = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    date: z.string().nullable(),
    parties: z.array(entityLabel),
    releases: z.array(
      z.object({
        id: z.string(),
        title: z.string().nullable(),
        date: z.string().nullable(),
        releasedCount: z.number().nullable(),
      }),
    ),
    concessions: z.array(
      z.object({
        id: z.string(),
        kind: z.string().nullable(),
        grantedBy: entityLabel.nullable(),
        target: z.string().nullable(),
        date: z.string().nullable(),
        description: z.string().nullable(),
      }),
    ),
    peopleReleased: z.number(),
  })
  .meta({ id: 'DealView' });

export const dealList = listOf(dealView);
