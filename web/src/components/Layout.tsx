import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import { Account, roleAtLeast, useViewer } from '../auth.tsx';
import { formatNumber } from '../format.ts';
import { chooseLocale, getLocale, isLocale, locales, type MessageKey, t } from '../i18n/index.ts';
import { Link, useLocation } from '../router.tsx';

const links: Array<[string, MessageKey]> = [
  ['/', 'nav.dashboard'],
  ['/whats-new', 'nav.whatsNew'],
  ['/releases', 'nav.releases'],
  ['/deals', 'nav.deals'],
  ['/people', 'nav.people'],
  ['/reports', 'nav.reports'],
  ['/review', 'nav.review'],
  ['/add', 'nav.add'],
  ['/sources', 'nav.watch'],
  ['/audit', 'nav.audit'],
];

function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

export function Layout({ children }: { children: ReactNode }) {
  const { path } = useLocation();
  const { user } = useViewer();
  // The queue is staff-only: the public neither sees the link nor asks for its count.
  const pending = useQuery({
    queryKey: keys.review.pending(),
    queryFn: api.pendingCount,
    enabled: user !== null,
  });
  // Reviewing and adding reports are staff work: the public does not see those pages' links,
  // nor What is new (each user's own view of the whole ledger since they last looked).
  // The audit log names staff and their addresses: reviewers and up only (as the API).
  // Watched sources are editors' work (the API refuses them to anyone below).
  const staffOnly = ['/review', '/add', '/whats-new'];
  const shown = (user ? links : links.filter(([href]) => !staffOnly.includes(href)))
    .filter(([href]) => href !== '/audit' || roleAtLeast(user?.role, 'reviewer'))
    .filter(([href]) => href !== '/sources' || roleAtLeast(user?.role, 'editor'));
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <Link to="/" className="brand" aria-label={t('app.name')}>
          <span aria-hidden="true" className="logo">
            H
          </span>
          <span>
            {t('app.name')}
            <small>{t('app.tagline')}</small>
          </span>
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul>
            {shown.map(([href, key]) => (
              <li key={href}>
                <Link to={href} aria-current={isCurrent(href, path) ? 'page' : undefined}>
                  {t(key)}
                  {href === '/review' && pending.data && pending.data.total > 0 ? (
                    <span
                      className="badge"
                      title={t('nav.reviewPending', { count: pending.data.total })}
                    >
                      <span aria-hidden="true">{formatNumber(pending.data.total)}</span>
                      <span className="sr-only">
                        {t('nav.reviewPending', { count: pending.data.total })}
                      </span>
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Account />
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** The header's language choice; each language is named in itself, so anyone can find theirs. */
function LanguageSwitch() {
  return (
    <label className="lang">
      <span className="sr-only">{t('app.language')}</span>
      <select
        value={getLocale()}
        onChange={(e) => {
          if (isLocale(e.target.value)) void chooseLocale(e.target.value);
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
