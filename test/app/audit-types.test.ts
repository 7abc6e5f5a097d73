/**
 * The audit payload types at compile time (tsc checks this file; `npm test` runs tsc): a line
 * with the wrong payload for its action does not compile, narrowing on `action` gives that
 * action's payloads, and each action's zod schema reads exactly the type the writers write.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { auditPayloadSchemas } from '../../src/app/review/audit-payloads.ts';
import {
  type AuditAction,
  type AuditLine,
  type AuditPayloads,
  auditActions,
  type NewAuditLine,
} from '../../src/core/model/audit.ts';
import type { ReviewState } from '../../src/core/model/claim.ts';

/** What AuditLog.record takes. */
const line = (l: NewAuditLine) => l;
const meta = { subjectIds: ['clm_1'], summary: 'a change', reverts: null };
const reviewed = { claimId: 'clm_1', state: 'accepted' as const, reviewId: 'rev_1', note: null };

describe('audit payload types', () => {
  it('accepts the payloads of the action and refuses others at compile time', () => {
    const ok = line({
      ...meta,
      action: 'claim.review',
      before: { claimId: 'clm_1', state: 'proposed' },
      after: reviewed,
    });
    expect(ok.action).toBe('claim.review');
    line({
      ...meta,
      action: 'claim.review',
      before: { claimId: 'clm_1', state: 'proposed' },
      // @ts-expect-error claim.review's after names the review it wrote (reviewId, note)
      after: { claimId: 'clm_1', state: 'accepted' },
    });
    line({
      ...meta,
      action: 'claim.review',
      // @ts-expect-error 'approved' is not a review state
      before: { claimId: 'clm_1', state: 'approved' },
      after: reviewed,
    });
    line({
      ...meta,
      action: 'user.role',
      before: { username: 'rita', role: 'viewer' },
      // @ts-expect-error a role that does not exist
      after: { username: 'rita', role: 'owner' },
    });
    line({
      ...meta,
      action: 'claim.propose',
      // @ts-expect-error a proposal has no before
      before: { claimId: 'clm_1', state: 'proposed' },
      after: { claimId: 'clm_1', state: 'proposed', value: { type: 'text', text: 'x' } },
    });
    // @ts-expect-error an action that does not exist
    line({ ...meta, action: 'claim.delete', before: null, after: null });
    line({
      ...meta,
      action: 'entity.split',
      before: { entity: 'per_a', claims: [] },
      // @ts-expect-error the moved claims are {from, to} pairs, not ids
      after: { entity: 'per_b', from: 'per_a', moved: ['clm_1'] },
    });
  });

  it('narrows a line to its action’s payloads', () => {
    const stateBefore = (l: AuditLine): ReviewState | null =>
      l.action === 'claim.review' ? l.before.state : null;
    expect(
      stateBefore({
        ...meta,
        ...ok(),
        id: 'aud_1',
        at: '',
        actor: 'a',
        actorRole: null,
        origin: 'app',
      }),
    ).toBe('proposed');
    expectTypeOf<Extract<AuditLine, { action: 'entity.split' }>['after']>().toEqualTypeOf<
      AuditPayloads['entity.split']['after']
    >();
    expectTypeOf<Extract<AuditLine, { action: 'user.signin' }>['before']>().toEqualTypeOf<null>();
  });

  it('has one schema per action, each reading exactly the action’s types', () => {
    type Parsed = { [A in AuditAction]: z.output<(typeof auditPayloadSchemas)[A]> };
    type Typed = {
      [A in AuditAction]: { before: AuditPayloads[A]['before']; after: AuditPayloads[A]['after'] };
    };
    // Both ways: the schema lets through no more and no less than the type (Value's union
    // defeats toEqualTypeOf's deep comparison, so it is checked as mutual assignability).
    expectTypeOf<Parsed>().toExtend<Typed>();
    expectTypeOf<Typed>().toExtend<Parsed>();
    expectTypeOf<keyof AuditPayloads>().toEqualTypeOf<AuditAction>();
    expect(Object.keys(auditPayloadSchemas).sort()).toEqual([...auditActions].sort());
  });
});

function ok() {
  return {
    action: 'claim.review' as const,
    before: { claimId: 'clm_1', state: 'proposed' as const },
    after: reviewed,
  };
}
