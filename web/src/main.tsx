import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { getLocale, initialLocale, loadLocale, subscribe } from './i18n/index.ts';
import { seriesQuery } from './pages/Dashboard.tsx';
import './styles.css';

const client = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
});

// On the dashboard, ask for the chart's data while React is still starting.
if (window.location.pathname === '/') {
  const { queryKey, queryFn } = seriesQuery(new URLSearchParams(window.location.search));
  void client.prefetchQuery({ queryKey, queryFn });
}

/** The app, drawn anew in the chosen language when the reader switches (fetched data is kept). */
function Localised() {
  const locale = useSyncExternalStore(subscribe, getLocale);
  return <App key={locale} />;
}

// The catalog comes in its own small chunk, fetched while the dashboard's data is on its way.
await loadLocale(initialLocale());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <Localised />
    </QueryClientProvider>
  </StrictMode>,
);
