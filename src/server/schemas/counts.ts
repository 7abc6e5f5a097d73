/** Answers of the count routes: held on a date, monthly flows, the series the dashboard draws. */
import { z } from 'zod';
import { partialDate, qualifier, status } from './model.ts';

const figures = { count: z.number(), named: z.number(), unnamed: z.number() };

export const reportedCount = z
  .object({
    id: z.string(),
    country: z.string(),
    value: z.number(),
    qualifier,
    attributedTo: z.string().nullable(),
    asOf: partialDate,
    sourceId: z.string().nullable(),
  })
  .meta({ id: 'ReportedCount' });

/** One page of held persons' ids (keyset paging: pass nextCursor back as `cursor`). */
export const heldIdPage = z
  .object({
    items: z.array(z.string()).describe('person ids, in byte order; at most `limit`'),
    nextCursor: z
      .string()
      .nullable()
      .describe(
        "the next page: pass it as 'cursor' with the same country and at; null on the last page",
      ),
    total: z
      .number()
      .describe(
        "ids of every page together: 'named' less the private persons the caller may not see",
      ),
  })
  .meta({ id: 'HeldIdPage' });

/** GET /counts; registry.ids (one page) only when ids=true (the default). */
export const heldOnDate = z.object({
  country: z.string(),
  at: z.string(),
  registry: z.union([z.object({ ...figures, ids: heldIdPage }), z.object(figures)]),
  reported: z
    .object({ asOf: partialDate, latest: reportedCount, all: z.array(reportedCount) })
    .nullable(),
});

export const monthFlow = z
  .object({
    month: z.string(),
    inflow: z.number(),
    outflow: z.number(),
    outflowByStatus: z.partialRecord(status, z.number()),
  })
  .meta({ id: 'MonthFlow' });

/** GET /counts/flow. */
export const monthlyFlows = z.object({
  country: z.string(),
  from: z.string(),
  to: z.string(),
  months: z.array(monthFlow),
});

/** GET /counts/series. */
export const heldSeries = z
  .object({
    country: z.string(),
    from: z.string(),
    to: z.string(),
    points: z.array(z.object({ date: z.string(), ...figures })),
    reported: z.array(reportedCount.extend({ sourceTitle: z.string().nullable() })),
    flow: z.array(monthFlow),
  })
  .meta({ id: 'HeldOverTime' });
