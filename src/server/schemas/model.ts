/**
 * Response shapes of the ledger's model (claims, values, evidence, reconciled projections,
 * sources, audit lines), shared by the route schemas beside this file. They describe what the
 * server sends, so unlike the input schemas of app/transfer/ledger-schema.ts they carry no
 * refinements: a stored value never makes an answer fail. Each has an OpenAPI component name
 * (meta id), so the document and the web app's generated types name it once.
 * test/server/response-schemas.test.ts checks every output type equals the model's type.
 */
import { z } from 'zod';
import { auditPayloadSchemas } from '../../app/review/audit-payloads.ts';
import {
  type AuditAction,
  type AuditLine,
  auditActions,
  type ReadAuditLine,
} from '../../core/model/audit.ts';
import { entityTypes } from '../../core/model/claim.ts';
import { statuses } from '../../core/model/properties.ts';
import { nameKinds, qualifiers } from '../../core/model/values.ts';

export const partialDate = z
  .object({ value: z.string(), precision: z.enum(['day', 'month', 'year']) })
  .meta({ id: 'PartialDate' });

export const nameValue = z
  .object({
    value: z.string(),
    script: z.enum(['latin', 'cyrillic', 'other']),
    language: z.string().nullable(),
    kind: z.enum(nameKinds),
  })
  .meta({ id: 'NameValue' });

export const qualifier = z.enum(qualifiers);

export const value = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('number'), number: z.number(), qualifier }),
    z.object({ type: z.literal('date'), date: partialDate }),
    z.object({ type: z.literal('ref'), id: z.string() }),
    z.object({ type: z.literal('name'), name: nameValue }),
    z.object({ type: z.literal('bool'), bool: z.boolean() }),
  ])
  .meta({ id: 'Value' });

export const evidence = z
  .object({ start: z.number(), end: z.number(), quote: z.string() })
  .meta({ id: 'Evidence' });

export const author = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('extractor'), name: z.string(), version: z.string() }),
    z.object({ kind: z.literal('user'), id: z.string() }),
    z.object({ kind: z.literal('import'), name: z.string() }),
  ])
  .meta({ id: 'Author' });

export const reviewState = z.enum(['proposed', 'accepted', 'rejected']);
export const entityType = z.enum(entityTypes);
export const status = z.enum(statuses);

export const claim = z
  .object({
    id: z.string(),
    subjectId: z.string(),
    subjectType: entityType,
    property: z.string(),
    value,
    sourceId: z.string().nullable(),
    evidence: evidence.nullable(),
    author,
    createdAt: z.string(),
    confidence: z.number(),
    initialState: reviewState,
    supersedes: z.string().nullable(),
  })
  .meta({ id: 'Claim' });

export const claimWithState = claim.extend({ state: reviewState }).meta({ id: 'ClaimWithState' });

export const review = z
  .object({
    id: z.string(),
    claimId: z.string(),
    state: reviewState,
    author,
    at: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Review' });

export const reportedValue = z
  .object({
    value,
    claimIds: z.array(z.string()),
    sourceIds: z.array(z.string()),
    states: z.array(reviewState),
  })
  .meta({ id: 'ReportedValue' });

export const conflict = z
  .object({ property: z.string(), values: z.array(reportedValue) })
  .meta({ id: 'Conflict' });

export const projection = z
  .object({
    properties: z.record(
      z.string(),
      z.object({
        property: z.string(),
        cardinality: z.enum(['one', 'many']),
        value: value.nullable(),
        values: z.array(value),
        reported: z.array(reportedValue),
        conflict: z.boolean(),
      }),
    ),
    conflicts: z.array(conflict),
  })
  .meta({ id: 'Projection' });

/** A report as stored; `confidential` is absent when the report is not confidential. */
export const source = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedAt: z.string().nullable(),
    language: z.string().nullable(),
    contentHash: z.string(),
    text: z.string(),
    ingestedAt: z.string(),
    duplicateOf: z.string().nullable(),
    confidential: z.boolean().optional(),
  })
  .meta({ id: 'Source' });

const auditMeta = {
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  actorRole: z.string().nullable(),
  origin: z.string(),
  subjectIds: z.array(z.string()),
  summary: z.string(),
  reverts: z.string().nullable(),
};

function fitAuditLineOf(action: AuditAction) {
  const { before, after } = auditPayloadSchemas[action].shape;
  return z.object({ ...auditMeta, action: z.literal(action), before, after });
}

/**
 * A line whose before/after fit its action: one member per action, the payloads from the same
 * schemas that check stored lines (app/review/audit-payloads.ts, tied to the core's types by
 * `satisfies`). zod cannot spell the per-action union's type from a list, hence the cast; the
 * response-schema test reads real lines back through it unchanged.
 */
export const fitAuditLine = z
  .union(auditActions.map(fitAuditLineOf))
  .meta({ id: 'AuditLine' }) as unknown as z.ZodType<AuditLine>;

/** A stored line that does not fit its action: shown as stored, with what does not fit. */
const unfitAuditLine = z
  .object({
    ...auditMeta,
    action: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    problem: z.string(),
  })
  .meta({ id: 'UnfitAuditLine' });

/** What the audit log lists: a line typed by its action, or one that does not fit. */
export const auditLine = z.union([
  fitAuditLine,
  unfitAuditLine,
]) as unknown as z.ZodType<ReadAuditLine>;

/** A status change of a person's timeline. */
export const statusEntry = z
  .object({
    id: z.string(),
    personId: z.string(),
    date: partialDate.nullable(),
    status,
    country: z.string().nullable(),
    releaseId: z.string().nullable(),
    destination: z.string().nullable(),
  })
  .meta({ id: 'StatusEntry' });

/** A page of items and the total matching, the answer of every list route. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number() });
}
