import { lazy, Suspense, useEffect, useRef } from 'react';
import { Layout } from './components/Layout.tsx';
import { t } from './i18n/index.ts';
import { Dashboard } from './pages/Dashboard.tsx';
import { matchPath, useLocation } from './router.tsx';

// The dashboard is the landing page and ships in the main bundle; the others load on first visit.
const Releases = lazy(() => import('./pages/Releases.tsx'));
const Release = lazy(() => import('./pages/Release.tsx'));
const Deals = lazy(() => import('./pages/Deals.tsx'));
const People = lazy(() => import('./pages/People.tsx'));
const Person = lazy(() => import('./pages/Person.tsx'));
const Reports = lazy(() => import('./pages/Reports.tsx'));
const Report = lazy(() => import('./pages/Report.tsx'));
const Review = lazy(() => import('./pages/Review.tsx'));
const AddReports = lazy(() => import('./pages/AddReports.tsx'));
const Audit = lazy(() => import('./pages/Audit.tsx'));
const WhatsNew = lazy(() => import('./pages/WhatsNew.tsx'));
const Sources = lazy(() => import('./pages/Sources.tsx'));

function NotFound() {
  return (
    <section>
      <h1>{t('common.notFound')}</h1>
      <p>{t('common.notFoundText')}</p>
    </section>
  );
}

/** The page for a path; the table order matters only where patterns overlap. */
export function route(path: string) {
  const routes: Array<[string, (p: Record<string, string>) => React.ReactNode]> = [
    ['/', () => <Dashboard />],
    ['/releases', () => <Releases />],
    ['/releases/:id', (p) => <Release id={p.id!} />],
    ['/deals', () => <Deals />],
    ['/deals/:id', (p) => <Deals id={p.id!} />],
    ['/people', () => <People />],
    ['/people/:id', (p) => <Person id={p.id!} />],
    ['/reports', () => <Reports />],
    ['/reports/:id', (p) => <Report id={p.id!} />],
    ['/review', () => <Review />],
    ['/add', () => <AddReports />],
    ['/audit', () => <Audit />],
    ['/whats-new', () => <WhatsNew />],
    ['/sources', () => <Sources />],
  ];
  for (const [pattern, render] of routes) {
    const params = matchPath(pattern, path);
    if (params) return render(params);
  }
  return <NotFound />;
}

export function App() {
  const { path } = useLocation();
  useEffect(() => {
    const h1 = document.querySelector('main h1');
    document.title = h1?.textContent ? `${h1.textContent} · ${t('app.name')}` : t('app.name');
  });
  // After following a link, screen readers and keyboards start at the new page's content.
  const shown = useRef(path);
  useEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
  return (
    <Layout>
      <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>{route(path)}</Suspense>
    </Layout>
  );
}
