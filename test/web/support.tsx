/**
 * Helpers for component tests: a fake API answering fetch by method and path, and rendering
 * a page at an address with a fresh query client.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { loadLocale } from '../../web/src/i18n/index.ts';

// Pages are tested in English unless a test loads another language.
await loadLocale('en');

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
}

type Handler = (call: Call) => unknown;

/**
 * Replaces fetch: `routes` maps 'GET /api/releases' (path without query) to a handler whose
 * return value is the JSON answer; a handler may return `reply(status, body)` for errors.
 * Unknown routes answer 404 like the server. Every call is recorded.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    // The web app's client (openapi-fetch) sends a Request; other code may send a URL and init.
    const request =
      input instanceof Request
        ? input
        : new Request(new URL(String(input), 'http://localhost'), init);
    const url = new URL(request.url);
    const method = request.method;
    const text = await request.text();
    const call: Call = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
      headers: request.headers,
    };
    const key = `${method} ${url.pathname}`;
    // Who is signed in is asked by every page; it is answered, but not recorded, by default.
    if (!routes[key] && key === 'GET /api/auth/me') return json(200, signedIn);
    calls.push(call);
    const handler = routes[key];
    if (!handler)
      return json(404, { error: 'not_found', message: `no route ${method} ${url.pathname}` });
    const out = handler(call);
    return out instanceof Reply ? json(out.status, out.body) : json(200, out);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

/**
 * What GET /api/auth/me answers unless a test routes it: an admin, so every action is shown.
 * Tests of the public or of lower roles route 'GET /api/auth/me' themselves (`meAs`).
 */
const signedIn = meAs('admin');

export function meAs(role: 'viewer' | 'reviewer' | 'editor' | 'admin' | null) {
  return role === null
    ? { user: null, csrfToken: null, via: null }
    : {
        user: { id: 'usr_test', username: `test-${role}`, role },
        csrfToken: 'csrf-test',
        via: 'session',
      };
}

class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

export const reply = (status: number, body: unknown) => new Reply(status, body);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** Renders `ui` with the browser address set to `path`. */
export function renderAt(path: string, ui: ReactNode) {
  window.history.replaceState(null, '', path);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
