/** Account changes in the audit log, on both backends: one line each, none when refused. */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeUser } from '../../src/app/accounts/change-user.ts';
import { createUser } from '../../src/app/accounts/create-user.ts';
import { issueApiToken } from '../../src/app/accounts/issue-api-token.ts';
import type { AppContext } from '../../src/app/context.ts';
import { auditLineProblem } from '../../src/app/review/audit-payloads.ts';
import { revertChange } from '../../src/app/review/revert-change.ts';
import type { Actor } from '../../src/core/model/audit.ts';
import { accountsOf } from '../../src/wiring.ts';
import { openAppContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';

const admin: Actor = {
  name: 'ada',
  role: 'admin',
  origin: '198.51.100.4',
  author: { kind: 'user', id: 'ada' },
};
const password = 'correct horse battery staple';

describe.each(backends())('account changes in the audit log on $name', (backend) => {
  let ctx: AppContext;

  beforeEach(async () => {
    ctx = await openAppContext(backend, new FixedClock('2026-03-01T10:00:00.000Z'));
  });
  afterEach(async () => {
    // Every line the use cases wrote reads back as fitting its action's payload types.
    const written = await ctx.db.audit.listLines({ limit: 100_000 });
    await ctx.db.close();
    expect(written.map((l) => auditLineProblem(l)).filter(Boolean)).toEqual([]);
  });

  const lines = async () => (await ctx.db.audit.listLines({ action: 'user.*' })).reverse();

  it('records add, role, disable and token with who and from where, never a secret', async () => {
    const acc = accountsOf(ctx);
    await createUser(acc, { username: 'root', role: 'admin', password }, admin);
    const { user } = await createUser(acc, { username: 'rita', role: 'viewer', password }, admin);
    await changeUser(acc, user.id, { role: 'reviewer' }, admin);
    const { token } = await issueApiToken(acc, { username: 'rita', name: 'laptop' }, admin);
    await changeUser(acc, user.id, { disabled: true }, admin);
    const all = await lines();
    expect(all.map((l) => l.action)).toEqual([
      'user.add',
      'user.add',
      'user.role',
      'user.token',
      'user.disable',
    ]);
    for (const l of all)
      expect(l).toMatchObject({ actor: 'ada', actorRole: 'admin', origin: '198.51.100.4' });
    expect(all[2]).toMatchObject({
      subjectIds: [user.id],
      before: { role: 'viewer' },
      after: { role: 'reviewer' },
    });
    expect(all[4]).toMatchObject({ before: { disabled: false }, after: { disabled: true } });
    const text = JSON.stringify(all);
    expect(text).not.toContain(password);
    expect(text).not.toContain(token);
    expect(text).not.toContain('argon2');
  });

  it('writes nothing for a refused change, and refuses to revert account changes', async () => {
    const acc = accountsOf(ctx);
    const { user } = await createUser(acc, { username: 'root', role: 'admin', password }, admin);
    await expect(changeUser(acc, user.id, { role: 'viewer' }, admin)).rejects.toThrow(
      /last active admin/,
    );
    await expect(
      createUser(acc, { username: 'root', role: 'viewer', password }, admin),
    ).rejects.toThrow();
    const all = await lines();
    expect(all).toHaveLength(1);
    expect((await acc.store.getUser(user.id))!.role).toBe('admin');
    await expect(revertChange(ctx, all[0]!.id, admin)).rejects.toThrow(/accounts are not claims/);
  });
});
