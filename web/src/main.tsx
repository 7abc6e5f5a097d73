import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
