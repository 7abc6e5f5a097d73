/**
 * Names for the API's types. Requests and the responses the OpenAPI document describes come
 * from the generated `paths` (schema.d.ts, `npm run api:types`); responses it does not describe
 * yet are the server's own view types (type-only imports, erased from the bundle).
 */
import type { DealView } from '../../../src/app/read/deals.ts';
import type { FilteredPersons } from '../../../src/app/read/filter-persons.ts';
import type { PersonDossier } from '../../../src/app/read/get-person.ts';
import type { HeldOverTime } from '../../../src/app/read/held-over-time.ts';
import type { ReleaseEventView } from '../../../src/app/read/release-events.ts';
import type { RevertResult } from '../../../src/app/review/revert-change.ts';
import type { QueueItem } from '../../../src/app/review/review-queue.ts';
import type { ReadAuditLine as AuditLine } from '../../../src/core/model/audit.ts';
import type { Claim, ClaimWithState, Evidence } from '../../../src/core/model/claim.ts';
import type { Source } from '../../../src/core/model/source.ts';
import type { Value } from '../../../src/core/model/values.ts';
import type { paths } from './schema.d.ts';

export type { paths };

type Method = 'get' | 'post' | 'patch';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body an operation takes. */
export type RequestBody<P extends keyof paths, M extends Method = 'post'> = JsonOf<
  NonNullable<Operation<P, M>['requestBody']>
>;
/** The JSON an operation answers with status S, where the document describes it. */
export type ResponseBody<
  P extends keyof paths,
  M extends Method = 'get',
  S extends number = 200,
> = JsonOf<Responses<P, M>[S & keyof Responses<P, M>]>;
type Responses<P extends keyof paths, M extends Method> = Operation<P, M>['responses'];
/** The query parameters of a GET. */
export type Query<P extends keyof paths> = NonNullable<Operation<P, 'get'>['parameters']['query']>;

/** Who is signed in (user null for the public) and the CSRF token for writes. */
export type Me = ResponseBody<'/api/auth/me'>;
export type Role = NonNullable<Me['user']>['role'];
export type ReportInput = RequestBody<'/api/reports'>;
export type ReportResult = ResponseBody<'/api/reports', 'post'>;
export type BatchResult = ResponseBody<'/api/reports/batch', 'post'>;
export type PersonStatus = NonNullable<Query<'/api/persons/filter'>['status']>;
export type ReviewState = RequestBody<'/api/claims/{id}/review'>['state'];
export type Correction = RequestBody<'/api/claims/{id}/correct'>;

export type {
  AuditLine,
  Claim,
  ClaimWithState,
  DealView,
  Evidence,
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
