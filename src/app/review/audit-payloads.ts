/**
 * Reading audit lines: a stored line (database or backup) is checked against the payloads of
 * its action (core/model/audit.ts) and becomes a typed AuditLine, or, when it does not fit, an
 * UnfitAuditLine that keeps what is stored and says what does not fit. Never a throw: the log
 * still shows such a line; only reverting it is refused. See docs/audit.md.
 */
import { z } from 'zod';
import { roles } from '../../core/accounts.ts';
import {
  type AuditAction,
  type AuditLine,
  type AuditPayloads,
  isAuditAction,
  type ReadAuditLine,
  type StoredAuditLine,
} from '../../core/model/audit.ts';
import { watchKinds } from '../../core/watch.ts';
import { describeIssues, valueSchema } from '../transfer/ledger-schema.ts';

const id = z.string().min(1);
const state = z.enum(['proposed', 'accepted', 'rejected']);
const claimState = z.object({ claimId: id, state });
const claimStates = z.array(claimState);
const sourceFlag = z.object({ sourceId: id, confidential: z.boolean() });
const count = z.number().int().min(0);
const role = z.enum(roles);
const watchedPaused = z.object({ sourceId: id, url: z.string(), paused: z.boolean() });
const watchedSettings = watchedPaused.extend({
  kind: z.enum(watchKinds),
  everySeconds: count,
  name: z.string().nullable(),
  language: z.string().nullable(),
  linkHosts: z.array(z.string()),
});

function entry<B extends z.ZodType, A extends z.ZodType>(before: B, after: A) {
  return z.object({ before, after });
}

/**
 * One schema per action. `satisfies` ties each to its payload types: a schema that lets through
 * what the type does not allow fails to compile (the other direction is checked by
 * test/app/audit-types.test.ts).
 */
export const auditPayloadSchemas = {
  'claim.propose': entry(z.null(), claimState.extend({ value: valueSchema })),
  'claim.review': entry(
    claimState,
    claimState.extend({ reviewId: id, note: z.string().nullable() }),
  ),
  'claim.correct': entry(
    claimState.extend({ value: valueSchema }),
    claimState.extend({ value: valueSchema, rejected: id }),
  ),
  'claims.accept_above': entry(
    z.object({ state: z.literal('proposed'), claimIds: z.array(id) }),
    z.object({
      state: z.literal('accepted'),
      claimIds: z.array(id),
      threshold: z.number().min(0).max(1),
    }),
  ),
  'entity.merge': entry(
    z.object({ claimId: id.nullable(), state: z.literal('proposed').nullable() }),
    z.object({ claimId: id, state: z.literal('accepted'), merged: id, into: id }),
  ),
  'entity.keep_apart': entry(z.object({ claims: claimStates }), z.object({ claims: claimStates })),
  'entity.split': entry(
    z.object({ entity: id, claims: claimStates }),
    z.object({ entity: id, from: id, moved: z.array(z.object({ from: id, to: id })) }),
  ),
  'ledger.import': entry(
    z.null(),
    z.object({
      sources: count,
      entities: count,
      claims: count,
      reviews: count,
      users: count.optional(),
      apiTokens: count.optional(),
      auditLines: count.optional(),
      claimIds: z.array(id),
    }),
  ),
  'report.ingest': entry(
    z.null(),
    z.object({
      sourceId: id,
      events: z.array(z.object({ id, created: z.boolean() })),
      claimIds: z.array(id),
    }),
  ),
  'source.confidential': entry(sourceFlag, sourceFlag),
  'user.add': entry(z.null(), z.object({ username: z.string(), role, disabled: z.boolean() })),
  'user.role': entry(
    z.object({ username: z.string(), role }),
    z.object({ username: z.string(), role }),
  ),
  'user.disable': entry(
    z.object({ username: z.string(), disabled: z.boolean() }),
    z.object({ username: z.string(), disabled: z.boolean() }),
  ),
  'user.token': entry(z.null(), z.object({ username: z.string(), tokenId: id, name: z.string() })),
  'user.signin': entry(z.null(), z.object({ username: z.string() })),
  'user.signin_refused': entry(z.null(), z.object({ username: z.string(), reason: z.string() })),
  'user.signout': entry(z.null(), z.object({ username: z.string() })),
  'watch.add': entry(z.null(), watchedSettings),
  'watch.pause': entry(watchedPaused, watchedPaused),
  'watch.resume': entry(watchedPaused, watchedPaused),
  'watch.remove': entry(watchedSettings, z.null()),
  'audit.revert': entry(
    z.object({ claims: claimStates, source: sourceFlag.optional() }),
    z.object({
      claims: claimStates,
      skipped: z.array(z.object({ claimId: id, state, reason: z.string() })),
      mergedBack: z.object({ claimId: id, id, into: id }).optional(),
      source: sourceFlag.optional(),
    }),
  ),
} satisfies {
  [A in AuditAction]: z.ZodType<{
    before: AuditPayloads[A]['before'];
    after: AuditPayloads[A]['after'];
  }>;
};

/** What does not fit in a stored line (its action unknown, a payload field wrong), or null. */
export function auditLineProblem(line: StoredAuditLine): string | null {
  if (!isAuditAction(line.action)) return `unknown action '${line.action}'`;
  const parsed = auditPayloadSchemas[line.action].safeParse({
    before: line.before,
    after: line.after,
  });
  if (parsed.success) return null;
  const issues = describeIssues(parsed.error, 3).join('; ');
  return `the before/after of this ${line.action} line do not fit it: ${issues}`;
}

/**
 * A stored line, checked: typed when it fits (kept as stored, keys it has beyond its type
 * included), otherwise with its problem.
 */
export function readAuditLine(line: StoredAuditLine): ReadAuditLine {
  const problem = auditLineProblem(line);
  // The schema of its action just accepted it: this is the one place a stored line is typed.
  return problem === null ? (line as AuditLine) : { ...line, problem };
}
