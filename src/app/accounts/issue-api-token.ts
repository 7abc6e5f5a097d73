import type { ApiToken } from '../../core/accounts.ts';
import { ValidationError } from '../../core/errors.ts';
import { actorOf, type By } from '../../core/model/audit.ts';
import type { Accounts } from './accounts.ts';
import { accountsBy, tokenIssued } from './audit-user.ts';
import { getUserByName } from './get-user.ts';

/** API tokens carry this prefix so a leaked one is recognisable (e.g. by secret scanners). */
export const apiTokenPrefix = 'hbs_';

/** A new API token for a user; the token is returned once, only its digest is stored. */
export async function issueApiToken(
  acc: Accounts,
  input: { username: string; name?: string },
  by: By = accountsBy,
): Promise<{ token: string; record: ApiToken }> {
  const user = await getUserByName(acc, input.username);
  if (user.disabled) throw new ValidationError(`user '${user.username}' is disabled`, 'username');
  const name = (input.name ?? 'api token').trim();
  if (!name || name.length > 200) throw new ValidationError('must be 1-200 characters', 'label');
  const token = `${apiTokenPrefix}${acc.secrets.token()}`;
  const record: ApiToken = {
    id: acc.ids.next('tok'),
    tokenHash: acc.secrets.digest(token),
    userId: user.id,
    name,
    createdAt: acc.clock.now(),
    revokedAt: null,
  };
  await acc.transaction(async (store, audit) => {
    await store.createApiToken(record);
    await audit.record(actorOf(by), tokenIssued(user, record));
  });
  return { token, record };
}
