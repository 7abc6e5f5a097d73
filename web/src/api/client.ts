/**
 * The one HTTP client of the web app: openapi-fetch over the generated `paths`, so every path,
 * parameter and body is checked against the API's OpenAPI document (docs/openapi.json).
 * It sends the session cookie, adds the CSRF header to writes, and turns error bodies into
 * ApiError, whose message is what the UI shows.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type {
  Correction,
  NewWatchedSource,
  paths,
  Query,
  ReportInput,
  ResponseBody,
  ReviewState,
} from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

// The session's CSRF token: the server wants it as x-csrf-token on every write the cookie
// authenticates (docs/security.md). Learnt from sign-in and from /api/auth/me.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

// JSON only: the list routes also answer text/csv (format=csv), which the app downloads by
// link (components/Export.tsx) rather than reading through this client.
export const client = createClient<paths, 'application/json'>({
  // Absolute, because Request refuses relative addresses outside a browser (tests, Node).
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  // Looked up on each call, not once here, so a test's stand-in for fetch is used.
  fetch: (request) => globalThis.fetch(request),
});
client.use(headers);

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer; an error body (ours or problem+json) as ApiError. */
async function settle(call: Promise<Answer>): Promise<unknown> {
  const { data, error, response } = await call;
  if (response.ok) return data ?? null;
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    message?: string;
    detail?: string;
    title?: string;
    error?: string;
    code?: string;
  };
  throw new ApiError(
    response.status,
    e.message ?? e.detail ?? e.title ?? `${response.status} ${response.statusText}`,
    e.error ?? e.code ?? null,
  );
}

/** An answer, typed from the OpenAPI document. */
const typed = async <D>(call: Promise<{ data?: D; error?: unknown; response: Response }>) =>
  (await settle(call)) as D;

/** Query parameters without the empty ones (an empty filter box means no filter). */
function query<Q extends object>(params: Q): Q {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') out[k] = v;
  return out as Q;
}

const id = (value: string) => ({ params: { path: { id: value } } });
type Kind = 'persons' | 'releases';

export const api = {
  me: () => typed(client.GET('/api/auth/me')),
  login: (username: string, password: string) =>
    typed(client.POST('/api/auth/login', { body: { username, password } })),
  logout: () => typed(client.POST('/api/auth/logout')),
  persons: (p: Query<'/api/persons/filter'>) =>
    typed(client.GET('/api/persons/filter', { params: { query: query(p) } })),
  person: (p: string) => typed(client.GET('/api/persons/{id}', id(p))),
  releases: (p: Query<'/api/releases'> = {}) =>
    typed(client.GET('/api/releases', { params: { query: query(p) } })),
  release: (p: string) => typed(client.GET('/api/releases/{id}', id(p))),
  deals: (p: Query<'/api/deals'> = {}) =>
    typed(client.GET('/api/deals', { params: { query: query(p) } })),
  deal: (p: string) => typed(client.GET('/api/deals/{id}', id(p))),
  sources: (p: Query<'/api/sources'> = {}) =>
    typed(client.GET('/api/sources', { params: { query: query(p) } })),
  source: (p: string) => typed(client.GET('/api/sources/{id}', id(p))),
  searchSources: (p: Query<'/api/sources/search'>) =>
    typed(client.GET('/api/sources/search', { params: { query: query(p) } })),
  series: (p: Query<'/api/counts/series'>) =>
    typed(client.GET('/api/counts/series', { params: { query: p } })),
  pendingCount: () => typed(client.GET('/api/review-queue/count')),
  queue: (p: Query<'/api/review-queue'>) =>
    typed(client.GET('/api/review-queue', { params: { query: query(p) } })),
  review: (claimId: string, state: ReviewState, note?: string) =>
    typed(
      client.POST('/api/claims/{id}/review', {
        ...id(claimId),
        body: { state, note: note ?? null },
      }),
    ),
  /** A correction: a new accepted claim superseding the old one, which is rejected. */
  correct: (claimId: string, body: Correction) =>
    typed(client.POST('/api/claims/{id}/correct', { ...id(claimId), body })),
  merge: (kind: Kind, from: string, into: string) =>
    typed(
      kind === 'persons'
        ? client.POST('/api/persons/{id}/merge', { ...id(from), body: { into } })
        : client.POST('/api/releases/{id}/merge', { ...id(from), body: { into } }),
    ),
  split: (kind: Kind, from: string, claimIds: string[]) =>
    typed(
      kind === 'persons'
        ? client.POST('/api/persons/{id}/split', { ...id(from), body: { claimIds } })
        : client.POST('/api/releases/{id}/split', { ...id(from), body: { claimIds } }),
    ),
  acceptAbove: (threshold: number) =>
    typed(client.POST('/api/claims/accept-above', { body: { threshold } })),
  addReport: (input: ReportInput) => typed(client.POST('/api/reports', { body: input })),
  addReports: (items: ReportInput[]) =>
    typed(client.POST('/api/reports/batch', { body: { items } })),
  /** Staff only (reviewer and up); newest first. */
  // openapi-fetch's Readable<> drops properties whose only type is null (an audit line's
  // `before` for actions that have none), so the page is named by the document's own type.
  audit: (p: Query<'/api/audit'>) =>
    typed(client.GET('/api/audit', { params: { query: query(p) } })) as Promise<
      ResponseBody<'/api/audit'>
    >,
  revert: (lineId: string) => typed(client.POST('/api/audit/{id}/revert', id(lineId))),
  /** Staff only: what changed since the user's mark (or `since`). */
  whatsNew: (p: Query<'/api/whats-new'> = {}) =>
    typed(client.GET('/api/whats-new', { params: { query: query(p) } })),
  /** Sets the user's mark to `at` (the `until` of the view read). */
  markSeen: (at: string) => typed(client.POST('/api/whats-new/seen', { body: { at } })),
  /** Editors: the feeds and pages read on a schedule (docs/watch.md). */
  watched: (p: Query<'/api/watched-sources'> = {}) =>
    typed(client.GET('/api/watched-sources', { params: { query: query(p) } })),
  watch: (body: NewWatchedSource) => typed(client.POST('/api/watched-sources', { body })),
  pauseWatched: (sourceId: string, paused: boolean) =>
    typed(
      paused
        ? client.POST('/api/watched-sources/{id}/pause', id(sourceId))
        : client.POST('/api/watched-sources/{id}/resume', id(sourceId)),
    ),
  unwatch: (sourceId: string) => typed(client.DELETE('/api/watched-sources/{id}', id(sourceId))),
};
