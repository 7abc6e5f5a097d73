import { parseUsername, type Session, type User } from '../../core/accounts.ts';
import { UnauthenticatedError } from '../../core/errors.ts';
import type { Accounts } from './accounts.ts';
import { sessionActor, sessionLine, signInRefused } from './audit-user.ts';

/** Sign-in refused. The message never says whether the username exists. */
export class SignInRefusedError extends UnauthenticatedError {
  constructor(readonly reason: 'credentials' | 'disabled') {
    super(reason === 'disabled' ? 'this account is disabled' : 'wrong username or password');
  }
}

export interface SignedIn {
  /** The cookie value; only its digest is stored. */
  token: string;
  session: Session;
  user: User;
}

// One hash per hasher to verify against when the user does not exist, so an unknown name
// costs as long as a wrong password and timing does not reveal which names exist.
const decoys = new WeakMap<object, Promise<string>>();

function decoyHash(acc: Accounts): Promise<string> {
  let h = decoys.get(acc.hasher);
  if (!h) {
    h = acc.hasher.hash(acc.secrets.token());
    decoys.set(acc.hasher, h);
  }
  return h;
}

/** Checks a username and password and opens a session; SignInRefusedError otherwise. */
export async function signIn(
  acc: Accounts,
  input: { username: string; password: string; ip: string },
): Promise<SignedIn> {
  let username: string | null;
  try {
    username = parseUsername(input.username);
  } catch {
    username = null;
  }
  const stored = username ? await acc.store.findUserByName(username) : null;
  const ok = await acc.hasher.verify(
    stored?.passwordHash ?? (await decoyHash(acc)),
    input.password,
  );
  if (!stored || !ok || stored.disabled) {
    const reason = !stored ? 'unknown user' : !ok ? 'wrong password' : 'account disabled';
    // Audited under what was typed (trimmed, at most 200 characters), never the password.
    const typed = input.username.trim().slice(0, 200);
    await acc.transaction((_store, audit) =>
      audit.record(
        sessionActor(typed, stored?.role ?? null, input.ip),
        signInRefused(typed, reason, stored?.id ?? null),
      ),
    );
    throw new SignInRefusedError(stored && ok ? 'disabled' : 'credentials');
  }
  const { passwordHash: _hash, ...user } = stored;
  const token = acc.secrets.token();
  const now = acc.clock.now();
  const session: Session = {
    tokenHash: acc.secrets.digest(token),
    userId: user.id,
    csrfToken: acc.secrets.token(),
    createdAt: now,
    expiresAt: new Date(Date.parse(now) + acc.sessionTtlMs).toISOString(),
    lastIp: input.ip,
  };
  await acc.transaction(async (store, audit) => {
    await store.createSession(session);
    await audit.record(
      sessionActor(user.username, user.role, input.ip),
      sessionLine('user.signin', user),
    );
  });
  // Housekeeping where it is cheap (an index range): expired sessions go at the next sign-in.
  await acc.store.deleteExpiredSessions(now);
  return { token, session, user };
}
