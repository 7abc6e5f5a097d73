/**
 * TanStack Query keys, one factory per resource. Every key starts with its resource, so a write
 * invalidates exactly the resources it changes: `invalidate(client, 'persons', 'review')`
 * refreshes every persons list and dossier and the review queue, and nothing else.
 */
import type { QueryClient } from '@tanstack/react-query';

/** Filters and paging of a list, as the page holds them. */
type Params = Readonly<Record<string, unknown>>;

export const keys = {
  /** Who is signed in: changed only by signing in and out. */
  me: () => ['me'] as const,
  persons: {
    list: (params: Params) => ['persons', 'list', params] as const,
    detail: (id: string) => ['persons', 'detail', id] as const,
  },
  releases: {
    list: (params: Params) => ['releases', 'list', params] as const,
    detail: (id: string) => ['releases', 'detail', id] as const,
  },
  deals: {
    list: (params: Params) => ['deals', 'list', params] as const,
    detail: (id: string) => ['deals', 'detail', id] as const,
  },
  sources: {
    list: (params: Params) => ['sources', 'list', params] as const,
    search: (params: Params) => ['sources', 'search', params] as const,
    detail: (id: string) => ['sources', 'detail', id] as const,
  },
  counts: {
    series: (params: { country: string; from: string; to: string }) =>
      ['counts', 'series', params] as const,
  },
  review: {
    queue: (params: Params) => ['review', 'queue', params] as const,
    pending: () => ['review', 'pending'] as const,
  },
  audit: {
    list: (params: Params) => ['audit', 'list', params] as const,
  },
  whatsNew: {
    view: (params: Params) => ['whatsNew', 'view', params] as const,
  },
  /** Watched sources: configuration, changed only on the Sources page (and by the schedule). */
  watched: {
    list: (params: Params) => ['watched', 'list', params] as const,
  },
};

export type Resource = Exclude<keyof typeof keys, 'me'>;

/** Every resource of the ledger: what a write that may touch any entity refreshes. */
export const ledger: readonly Resource[] = [
  'persons',
  'releases',
  'deals',
  'sources',
  'counts',
  'review',
  'audit',
  'whatsNew',
];

/** Marks the queries of these resources stale; those on screen are fetched again. */
export function invalidate(client: QueryClient, ...resources: readonly Resource[]): Promise<void> {
  return client.invalidateQueries({
    predicate: (q) => resources.includes(q.queryKey[0] as Resource),
  });
}
