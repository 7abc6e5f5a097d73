/** Answers of the person routes: the list, name search, the filtered list and the dossier. */
import { z } from 'zod';
import { claimWithState, listOf, nameValue, projection, statusEntry } from './model.ts';

export const personSummary = z.object({
  id: z.string(),
  name: z.string(),
  names: z.array(nameValue),
  occupations: z.array(z.string()),
  birthYear: z.number().nullable(),
  status: statusEntry.nullable(),
  country: z.string().nullable().describe('The country of the latest status change naming one'),
  release: z
    .object({ id: z.string(), date: statusEntry.shape.date })
    .nullable()
    .describe('The latest release the status changes record'),
});

const match = { name: z.string(), score: z.number(), decision: z.string() };

/** GET /persons: a page of summaries, or (with q) name hits with how each matched. */
export const personList = listOf(
  personSummary.extend({
    match: z.object({ ...match, evidence: z.array(z.unknown()) }).optional(),
  }),
);

/** GET /persons/filter. */
export const filteredPersons = listOf(
  personSummary.extend({ match: z.object(match).optional() }),
).extend({
  facets: z.object({
    statuses: z.record(z.string(), z.number()),
    countries: z.record(z.string(), z.number()),
  }),
});

export const sourceRef = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'SourceRef' });

export const personDossier = z
  .object({
    id: z.string(),
    name: z.string(),
    projection,
    detentions: z.array(z.object({ id: z.string(), projection })),
    timeline: z.array(statusEntry),
    releases: z.array(
      z.object({ id: z.string(), title: z.string().nullable(), date: z.string().nullable() }),
    ),
    claims: z.array(claimWithState),
    sources: z.array(sourceRef),
  })
  .meta({ id: 'PersonDossier' });
