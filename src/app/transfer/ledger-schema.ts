import { z } from 'zod';
import { roles } from '../../core/accounts.ts';
import { limits, type TextKind, textLimits } from '../../core/limits.ts';
import { entityTypes } from '../../core/model/claim.ts';
import { nameKinds, qualifiers } from '../../core/model/values.ts';

/**
 * A text of one kind (core/limits.ts), refused past its limit with a message saying what it
 * is; zod adds where (the path).
 */
export const textOf = (kind: TextKind) =>
  z.string().max(textLimits[kind], `a ${kind} may be at most ${textLimits[kind]} characters long`);

/** An id of a record (an entity, claim, source...): looked up, never free text; 200 at most. */
export const idText = z.string().min(1).max(200, 'an id may be at most 200 characters long');

/** A date or time as a dump writes it (checked for its form where it is read). */
const when = z.string().max(40, 'a date or time may be at most 40 characters long');

/** The shape of a ledger dump (see core/model/dump.ts), checked before anything is stored. */
const partialDate = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  precision: z.enum(['day', 'month', 'year']),
});

export const valueSchema = z.discriminatedUnion('type', [
  // The property says which kind of text (properties.ts, checked after the shape); here only
  // the longest any property takes.
  z.object({ type: z.literal('text'), text: textOf('record') }),
  z.object({ type: z.literal('number'), number: z.number(), qualifier: z.enum(qualifiers) }),
  z.object({ type: z.literal('date'), date: partialDate }),
  z.object({ type: z.literal('ref'), id: idText }),
  z.object({
    type: z.literal('name'),
    name: z.object({
      value: textOf('name').min(1),
      script: z.enum(['latin', 'cyrillic', 'other']),
      language: textOf('code').nullable(),
      kind: z.enum(nameKinds),
    }),
  }),
  z.object({ type: z.literal('bool'), bool: z.boolean() }),
]);

export const authorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('extractor'), name: textOf('label'), version: textOf('code') }),
  z.object({ kind: z.literal('user'), id: idText }),
  z.object({ kind: z.literal('import'), name: textOf('label') }),
]);

export const evidenceSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: textOf('quote'),
});

const reviewState = z.enum(['proposed', 'accepted', 'rejected']);
const id = idText;

/** A time as the stores' clocks write it: ISO 8601 UTC with milliseconds (text order is time order). */
const stamp = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    'expected an ISO time like 2025-06-21T09:30:00.000Z',
  );

/** A full backup's sections (version 2): accounts as stored, token digests, the audit log. */
export const userSchema = z.object({
  id,
  username: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9._-]{1,63}$/,
      "expected a lower-case username of 2-64 of a-z, 0-9, '.', '_', '-'",
    ),
  role: z.enum(roles),
  disabled: z.boolean(),
  createdAt: stamp,
  // A PHC string from the argon2 adapter; anything else could never be signed in with.
  passwordHash: z
    .string()
    .max(1000)
    .regex(
      /^\$argon2id\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/,
      'expected an argon2id hash ($argon2id$v=19$m=...,t=...,p=...$salt$hash)',
    ),
});

export const apiTokenSchema = z.object({
  id,
  // The SHA-256 of the token, never the token: a raw token in a backup would be a way in.
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected the token digest (64 hex digits)'),
  userId: id,
  name: z.string().min(1).max(200),
  createdAt: stamp,
  revokedAt: stamp.nullable(),
});

export const auditLineSchema = z.object({
  id,
  at: stamp,
  actor: z.string().min(1),
  actorRole: z.string().nullable(),
  origin: z.string().min(1),
  action: z.string().min(1).max(200),
  subjectIds: z.array(z.string()),
  before: z.json(),
  after: z.json(),
  summary: z.string(),
  reverts: id.nullable(),
});

export const dumpSchema = z.object({
  format: z.literal('habeas-ledger'),
  version: z.literal([1, 2]),
  sources: z.array(
    z.object({
      id,
      url: textOf('url').nullable(),
      title: textOf('title').nullable(),
      publisher: textOf('label').nullable(),
      publishedAt: when.nullable(),
      language: textOf('code').nullable(),
      contentHash: idText,
      // The limit of every report's text (core/limits.ts), as ingestion holds it.
      text: z
        .string()
        .max(
          limits.reportTextChars,
          `a report's text may be at most ${limits.reportTextChars} characters long`,
        ),
      ingestedAt: when,
      duplicateOf: id.nullable(),
      confidential: z.boolean().optional(),
    }),
  ),
  entities: z.array(z.object({ id, type: z.enum(entityTypes), createdAt: when })),
  claims: z.array(
    z.object({
      id,
      subjectId: id,
      subjectType: z.enum(entityTypes),
      property: id,
      value: valueSchema,
      sourceId: id.nullable(),
      evidence: evidenceSchema.nullable(),
      author: authorSchema,
      createdAt: when,
      confidence: z.number().min(0).max(1),
      initialState: reviewState,
      supersedes: id.nullable(),
    }),
  ),
  reviews: z.array(
    z.object({
      id,
      claimId: id,
      state: reviewState,
      author: authorSchema,
      at: when,
      note: textOf('note').nullable(),
    }),
  ),
  users: z.array(userSchema).optional(),
  apiTokens: z.array(apiTokenSchema).optional(),
  auditLog: z.array(auditLineSchema).optional(),
});

/** Turns zod issues into 'path: message' lines a person can act on. */
export function describeIssues(error: z.ZodError, limit = 20): string[] {
  return error.issues.slice(0, limit).map((i) => {
    const path = i.path
      .map((p, n) => (typeof p === 'number' ? `[${p}]` : n === 0 ? String(p) : `.${String(p)}`))
      .join('');
    return `${path || '(root)'}: ${i.message}`;
  });
}
