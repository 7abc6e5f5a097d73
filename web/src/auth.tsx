/**
 * Who is signed in, for the whole app: the header's sign-in form, and guards that hide actions
 * from the public and disable them for roles too low (the server refuses them anyway).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError, api, setCsrfToken } from './api/client.ts';
import { invalidate, keys, ledger } from './api/keys.ts';
import type { Me, Role } from './api/types.ts';
import { hasMessage, t } from './i18n/index.ts';

const order: Role[] = ['viewer', 'reviewer', 'editor', 'admin'];

export function roleAtLeast(role: Role | null | undefined, needed: Role): boolean {
  return role != null && order.indexOf(role) >= order.indexOf(needed);
}

async function loadMe(): Promise<Me> {
  const me = await api.me();
  setCsrfToken(me.csrfToken);
  return me;
}

/** The signed-in user (null for the public) and a check for a role. */
export function useViewer() {
  const q = useQuery({ queryKey: keys.me(), queryFn: loadMe, staleTime: 60_000 });
  const user = q.data?.user ?? null;
  return {
    user,
    loading: q.isPending,
    can: (needed: Role) => roleAtLeast(user?.role, needed),
  };
}

/**
 * Shows `children` (actions) to users with the role; disables them, saying which role is
 * needed, for users below it; shows `fallback` (default nothing) to the public.
 */
export function Guard({
  need,
  children,
  fallback = null,
}: {
  need: Role;
  children: ReactNode;
  fallback?: ReactNode;
}) {
  const { user, can } = useViewer();
  if (!user) return <>{fallback}</>;
  if (can(need)) return <>{children}</>;
  return (
    <fieldset className="guard" disabled title={t('auth.needsRole', { role: t(`role.${need}`) })}>
      {children}
      <span className="muted small">{t('auth.needsRole', { role: t(`role.${need}`) })}</span>
    </fieldset>
  );
}

/**
 * An error as a sentence a person can act on, in their language: the problem's code (docs/api.md)
 * names what went wrong; the server's own detail, in English, follows in brackets.
 */
export function accessMessage(e: unknown): string {
  if (e instanceof ApiError) {
    const key = e.code ? `problem.${e.code}` : '';
    const title =
      e.code !== 'sign_in_refused' && e.status === 401
        ? t('auth.signInFirst')
        : e.code !== 'csrf' && e.status === 403
          ? t('auth.forbidden')
          : hasMessage(key)
            ? t(key)
            : // No code the app knows (a proxy's error page, a newer server): its status.
              t('problem.status', { status: e.status });
    // The detail adds nothing when it says the same (in English, the title's own words).
    const same = e.message.toLowerCase().replace(/\W+$/, '') === title.toLowerCase();
    return e.message && !same ? t('common.errorDetail', { title, detail: e.message }) : title;
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (e instanceof TypeError) return t('problem.network');
  // Anything else went wrong in the browser: said in the reader's language, its own words after.
  const detail = e instanceof Error ? e.message : String(e);
  const title = t('problem.unexpected');
  return detail ? t('common.errorDetail', { title, detail }) : title;
}

function SignInForm({ onDone }: { onDone: () => void }) {
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => api.login(username, password),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      client.setQueryData<Me>(keys.me(), { ...me, via: 'session' });
      // What staff may see differs from the public view: ask again for everything.
      void invalidate(client, ...ledger);
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  return (
    <form className="sign-in" onSubmit={submit} aria-label={t('auth.signIn')}>
      <label>
        {t('auth.username')}
        <input
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
        />
      </label>
      <label>
        {t('auth.password')}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <button type="submit" disabled={login.isPending}>
        {t('auth.signIn')}
      </button>
      <button type="button" className="link" onClick={onDone}>
        {t('auth.cancel')}
      </button>
      {login.error ? (
        <span role="alert" className="error">
          {accessMessage(login.error)}
        </span>
      ) : null}
    </form>
  );
}

/** The header's corner: who is signed in and their role, sign in, sign out. */
export function Account() {
  const client = useQueryClient();
  const { user, loading } = useViewer();
  const [open, setOpen] = useState(false);
  const logout = useMutation({
    mutationFn: api.logout,
    onSettled: () => {
      setCsrfToken(null);
      client.setQueryData<Me>(keys.me(), { user: null, csrfToken: null, via: null });
      void invalidate(client, ...ledger);
    },
  });
  if (loading) return null;
  if (user)
    return (
      <div className="account">
        <span className="who" data-testid="signed-in">
          {t('auth.signedInAs', { name: user.username })}{' '}
          <span className="role">{t(`role.${user.role}`)}</span>
        </span>{' '}
        <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
          {t('auth.signOut')}
        </button>
      </div>
    );
  return (
    <div className="account">
      {open ? (
        <SignInForm onDone={() => setOpen(false)} />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('auth.signIn')}
        </button>
      )}
    </div>
  );
}
