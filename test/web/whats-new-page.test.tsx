// @vitest-environment jsdom
/**
 * The What is new page (docs/whats-new.md) against a fake API: each kind of change linking to
 * its page, "Mark as seen" posting the end of the span shown, the public asked to sign in
 * (and not asking the API), and the list pages' CSV links carrying their filters.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../web/src/App.tsx';
import type { WhatsNew } from '../../web/src/api/types.ts';
import { csvHref } from '../../web/src/export.ts';
import { fakeApi, meAs, renderAt } from './support.tsx';

vi.hoisted(() => {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const count = (n: number, proposed: boolean) => ({
  value: { type: 'number' as const, number: n, qualifier: 'exact' as const },
  proposed,
  sources: 1,
});

const view: WhatsNew = {
  since: '2026-03-01T08:00:00.000Z',
  until: '2026-03-02T09:30:00.000Z',
  mark: '2026-03-01T08:00:00.000Z',
  entities: { total: 3, shown: 3 },
  items: [
    {
      kind: 'release.created',
      id: 'rel_new',
      type: 'release_event',
      label: 'Belarus frees 52',
      path: '/releases/rel_new',
      best: { country: null, date: null, releasedCount: count(52, true) },
    },
    {
      kind: 'release.changed',
      id: 'rel_old',
      type: 'release_event',
      label: 'Sixteen pardoned',
      path: '/releases/rel_old',
      best: { country: null, date: null, releasedCount: count(16, false) },
      changes: [{ field: 'releasedCount', before: count(14, true), after: count(16, false) }],
    },
    {
      kind: 'conflict.created',
      id: 'rel_old',
      type: 'release_event',
      label: 'Sixteen pardoned',
      path: '/releases/rel_old',
      property: 'releasedCount',
      values: [
        {
          value: count(16, false).value,
          claimIds: ['c1'],
          sourceIds: ['s1'],
          states: ['accepted'],
        },
        {
          value: count(18, false).value,
          claimIds: ['c2'],
          sourceIds: ['s2'],
          states: ['accepted'],
        },
      ],
    },
  ],
  reports: {
    items: [
      {
        id: 'src_1',
        title: 'Belarus frees 52',
        url: null,
        publisher: 'Example News',
        publishedAt: '2026-03-01',
        ingestedAt: '2026-03-01T09:00:00.000Z',
        duplicateOf: null,
      },
    ],
    total: 1,
  },
};

describe('What is new page', () => {
  it('lists each change with a link to its page, and marks the span seen', async () => {
    let mark: string | null = view.mark;
    const { calls } = fakeApi({
      'GET /api/review-queue/count': () => ({ total: 0 }),
      'GET /api/whats-new': () =>
        mark === view.until
          ? { ...view, since: view.until, mark, items: [], reports: { items: [], total: 0 } }
          : view,
      'POST /api/whats-new/seen': (c) => {
        mark = (c.body as { at: string }).at;
        return { mark };
      },
    });
    renderAt('/whats-new', <App />);
    const created = await screen.findByRole(
      'heading',
      { name: 'New release events (1)' },
      { timeout: 10_000 },
    );
    expect(created).toBeTruthy();
    expect(
      screen.getAllByRole('link', { name: 'Belarus frees 52' }).map((a) => a.getAttribute('href')),
    ).toEqual(['/releases/rel_new', '/reports/src_1']);
    expect(screen.getByText(/52 \(proposed\)/)).toBeTruthy();
    expect(screen.getByText('number released: 14 (proposed) → 16')).toBeTruthy();
    expect(screen.getByText(/16 ≠ 18/)).toBeTruthy();
    expect(screen.getByTestId('whats-new-since').textContent).toContain('since you last looked');

    fireEvent.click(screen.getByRole('button', { name: 'Mark as seen' }));
    await screen.findByText('Nothing new since then.');
    const posted = calls.find((c) => c.method === 'POST');
    expect(posted?.body).toEqual({ at: view.until });
    expect(posted?.headers.get('x-csrf-token')).toBe('csrf-test');
  });

  it('asks the public to sign in, without asking the API', async () => {
    const { calls } = fakeApi({ 'GET /api/auth/me': () => meAs(null) });
    renderAt('/whats-new', <App />);
    await screen.findByText('Sign in to see what is new since you last looked.', undefined, {
      timeout: 10_000,
    });
    await waitFor(() => expect(calls.some((c) => c.path === '/api/auth/me')).toBe(true));
    expect(calls.some((c) => c.path === '/api/whats-new')).toBe(false);
    expect(screen.queryByRole('link', { name: 'What is new' })).toBeNull();
  });
});

describe('CSV links of the list pages', () => {
  it("carry the page's filters, without the empty ones", () => {
    expect(csvHref('/api/persons/filter', { q: 'Ales', status: 'released', country: '' })).toBe(
      '/api/persons/filter?q=Ales&status=released&format=csv',
    );
    expect(csvHref('/api/deals')).toBe('/api/deals?format=csv');
  });

  it('offer the People page filtered download', async () => {
    fakeApi({
      'GET /api/review-queue/count': () => ({ total: 0 }),
      'GET /api/persons/filter': () => ({
        items: [],
        total: 0,
        facets: { statuses: {}, countries: {} },
      }),
      'GET /api/releases': () => ({ items: [], total: 0 }),
    });
    renderAt('/people?status=released&country=BY', <App />);
    const link = await screen.findByRole('link', { name: 'Export CSV' }, { timeout: 10_000 });
    // In the reader's order, as the page lists them.
    expect(link.getAttribute('href')).toBe(
      '/api/persons/filter?status=released&country=BY&lang=en&format=csv',
    );
  });
});
