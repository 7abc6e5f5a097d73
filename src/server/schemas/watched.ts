/** Answers of the watched-source routes (docs/watch.md). */
import { z } from 'zod';
import { watchKinds } from '../../core/watch.ts';
import { listOf } from './model.ts';

export const watchedSource = z
  .object({
    id: z.string(),
    url: z.string(),
    kind: z.enum(watchKinds).meta({
      description: 'How it is read: feed, links, page; auto until its first read that works',
    }),
    linkHosts: z
      .array(z.string())
      .meta({ description: 'For links: other hosts whose articles the page lists' }),
    name: z.string().nullable(),
    language: z.string().nullable(),
    everySeconds: z.number().int(),
    paused: z.boolean(),
    etag: z.string().nullable(),
    lastModified: z.string().nullable(),
    nextCheckAt: z.string().meta({ description: 'When it is read next (ISO time)' }),
    failures: z.number().int().meta({ description: 'Failed reads in a row' }),
    lastCheckedAt: z.string().nullable().meta({ description: 'Last read, failed or not' }),
    lastNewAt: z.string().nullable().meta({ description: 'Last read that stored a new report' }),
    items: z.number().int().meta({ description: 'Reports stored from it so far' }),
    lastStatus: z.string().nullable(),
    lastError: z.string().nullable().meta({ description: 'Why the last read failed' }),
    createdAt: z.string(),
  })
  .meta({ id: 'WatchedSource' });

export const watchedList = listOf(watchedSource);
export const watchedAdded = z.object({ source: watchedSource, created: z.boolean() });
