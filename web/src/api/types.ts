/**
 * Names for the API's types, all from the generated OpenAPI types (schema.d.ts, `npm run
 * api:types`): requests and responses from `paths`, the shared shapes (claims, values,
 * projections, views) from `components`. The server's zod response schemas
 * (src/server/schemas) are where these come from.
 */
import type { components, paths } from './schema.d.ts';

export type { components, paths };

type Schemas = components['schemas'];

type Method = 'get' | 'post' | 'patch' | 'delete';
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
export type NewWatchedSource = RequestBody<'/api/watched-sources'>;

/** A line of the audit log: typed by its action, or one that does not fit it (with `problem`). */
export type AuditLine = ResponseBody<'/api/audit'>['items'][number];
export type Claim = Schemas['Claim'];
export type ClaimWithState = Schemas['ClaimWithState'];
export type DealView = Schemas['DealView'];
export type Evidence = Schemas['Evidence'];
export type FilteredPersons = ResponseBody<'/api/persons/filter'>;
export type HeldOverTime = Schemas['HeldOverTime'];
export type PersonDossier = Schemas['PersonDossier'];
export type QueueItem = Schemas['QueueItem'];
export type ReleaseEventView = Schemas['ReleaseEventView'];
export type RevertResult = Schemas['RevertResult'];
export type Source = Schemas['Source'];
export type SourceSummary = Schemas['SourceSummary'];
export type Value = Schemas['Value'];
export type WhatsNew = Schemas['WhatsNew'];
export type WhatsNewItem = Schemas['WhatsNewItem'];
export type BestValue = Schemas['BestValue'];
export type WatchedSource = Schemas['WatchedSource'];
export type PersonRow = FilteredPersons['items'][number];
