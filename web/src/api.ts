/**
 * The HTTP API client. Response types are the server's own view types (type-only imports,
 * erased from the bundle), so the web app and the API cannot drift apart silently.
 */

import type { DealView } from '../../src/app/deals.ts';
import type { FilteredPersons } from '../../src/app/filter-persons.ts';
import type { PersonDossier } from '../../src/app/get-person.ts';
import type { HeldOverTime } from '../../src/app/held-over-time.ts';
import type { ReleaseEventView } from '../../src/app/release-events.ts';
import type { RevertResult } from '../../src/app/revert-change.ts';
import type { QueueItem } from '../../src/app/review-queue.ts';
// A line as the API lists it: typed by its action, or with the `problem` of one that does not fit.
import type { ReadAuditLine as AuditLine } from '../../src/core/model/audit.ts';
import type { Claim, ClaimWithState, Evidence, ReviewState } from '../../src/core/model/claim.ts';
import type { LatestReportedCount } from '../../src/core/model/count-claims.ts';
import type { HeldCount } from '../../src/core/model/counts.ts';
import type { Source } from '../../src/core/model/source.ts';
import type { Value } from '../../src/core/model/values.ts';

export type {
  AuditLine,
  ClaimWithState,
  DealView,
  FilteredPersons,
  HeldOverTime,
  PersonDossier,
  QueueItem,
  ReleaseEventView,
  RevertResult,
  Source,
  Value,
};
export type PersonRow = FilteredPersons['items'][number];
export type SourceSummary = Omit<Source, 'text'> & { length: number };
export interface ListOf<T> {
  items: T[];
  total: number;
}
export interface CountAt {
  country: string;
  at: string;
  registry: HeldCount;
  reported: LatestReportedCount | null;
}

/** The planned ingestion API (issue 5): one report in, what was stored and proposed out. */
export interface ReportInput {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  publishedAt?: string;
}
export interface ReportResult {
  source: { id: string; title: string | null; url: string | null };
  created: boolean;
  duplicateOf: string | null;
  /** explanation: why the report was assigned to this event (or made a new one). */
  events: Array<{
    id: string;
    role: 'main' | 'background';
    created: boolean;
    explanation?: string[];
  }>;
  claims: number;
  problems: string[];
}
export interface BatchResult {
  items: ReportResult[];
  problems: Array<{ index: number; message: string }>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined | null>;

function query(params: Params = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `?${s}` : '';
}

/** Who is signed in (GET /api/auth/me, POST /api/auth/login); user null for the public. */
export interface Me {
  user: { id: string; username: string; role: Role } | null;
  csrfToken: string | null;
  via?: 'session' | 'token' | null;
}
export type Role = 'viewer' | 'reviewer' | 'editor' | 'admin';

// The session's CSRF token: the server wants it as x-csrf-token on every write the cookie
// authenticates (docs/security.md). Learnt from sign-in and from /api/auth/me.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = data as { message?: string; error?: string } | null;
    throw new ApiError(
      res.status,
      err?.message ?? `${res.status} ${res.statusText}`,
      err?.error ?? null,
    );
  }
  return data as T;
}

const get = <T>(path: string, params?: Params) => request<T>('GET', path + query(params));
const enc = encodeURIComponent;

export const api = {
  me: () => get<Me>('/api/auth/me'),
  login: (username: string, password: string) =>
    request<Me>('POST', '/api/auth/login', { username, password }),
  logout: () => request<{ signedOut: boolean }>('POST', '/api/auth/logout', {}),
  persons: (p: Params) => get<FilteredPersons>('/api/persons/filter', p),
  person: (id: string) => get<PersonDossier>(`/api/persons/${enc(id)}`),
  releases: (p: Params = {}) => get<ListOf<ReleaseEventView>>('/api/releases', p),
  release: (id: string) => get<ReleaseEventView>(`/api/releases/${enc(id)}`),
  deals: (p: Params = {}) => get<ListOf<DealView>>('/api/deals', p),
  deal: (id: string) => get<DealView>(`/api/deals/${enc(id)}`),
  sources: (p: Params = {}) => get<ListOf<SourceSummary>>('/api/sources', p),
  source: (id: string) =>
    get<{ source: Source; claims: ClaimWithState[] }>(`/api/sources/${enc(id)}`),
  series: (p: { country: string; from: string; to: string }) =>
    get<HeldOverTime>('/api/counts/series', p),
  countAt: (p: { country: string; at: string }) => get<CountAt>('/api/counts', p),
  pendingCount: () => get<{ total: number }>('/api/review-queue/count'),
  queue: (p: Params) => get<ListOf<QueueItem>>('/api/review-queue', p),
  review: (id: string, state: ReviewState, note?: string) =>
    request<ClaimWithState>('POST', `/api/claims/${enc(id)}/review`, { state, note: note ?? null }),
  /** A correction: a new accepted claim superseding the old one, which is rejected. */
  correct: (
    id: string,
    body: { value: Value; sourceId: string | null; evidence: Evidence | null },
  ) => request<Claim>('POST', `/api/claims/${enc(id)}/correct`, body),
  merge: (kind: 'persons' | 'releases', id: string, into: string) =>
    request<{ claimId: string; merged: string; into: string }>(
      'POST',
      `/api/${kind}/${enc(id)}/merge`,
      { into },
    ),
  split: (kind: 'persons' | 'releases', id: string, claimIds: string[]) =>
    request<{ id: string }>('POST', `/api/${kind}/${enc(id)}/split`, { claimIds }),
  acceptAbove: (threshold: number) =>
    request<{ accepted: number }>('POST', '/api/claims/accept-above', { threshold }),
  addReport: (input: ReportInput) => request<ReportResult>('POST', '/api/reports', input),
  addReports: (items: ReportInput[]) =>
    request<BatchResult>('POST', '/api/reports/batch', { items }),
  /** Staff only (reviewer and up); newest first. */
  audit: (p: Params) => get<ListOf<AuditLine>>('/api/audit', p),
  revert: (id: string) => request<RevertResult>('POST', `/api/audit/${enc(id)}/revert`, {}),
};
