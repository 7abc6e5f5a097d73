// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../web/src/App.tsx';
import type { AuditLine } from '../../web/src/api/types.ts';
import { loadLocale } from '../../web/src/i18n/index.ts';
import { fakeApi, meAs, renderAt, reply } from './support.tsx';

// The App bundles the dashboard's uPlot, which asks for the pixel ratio when it loads.
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

const review: AuditLine = {
  id: 'aud_2',
  at: '2026-02-01T18:00:00.000Z',
  actor: 'rolf',
  actorRole: 'reviewer',
  origin: '203.0.113.7',
  action: 'claim.review',
  subjectIds: ['clm_1', 'per_a'],
  before: { claimId: 'clm_1', state: 'proposed' },
  after: { claimId: 'clm_1', state: 'accepted', reviewId: 'rev_1', note: null },
  summary: 'accepted occupation of per_a (clm_1), was proposed',
  reverts: null,
};
const revertLine: AuditLine = {
  ...review,
  id: 'aud_3',
  action: 'audit.revert',
  before: { claims: [{ claimId: 'clm_1', state: 'accepted' }] },
  after: { claims: [{ claimId: 'clm_1', state: 'proposed' }], skipped: [] },
  reverts: 'aud_2',
  summary: 'reverted claim.review aud_2',
};
/** A stored line that does not fit its action, as the API lists it. */
const unfit: AuditLine = {
  ...review,
  id: 'aud_4',
  after: { claimId: 'clm_1', state: 'approved' },
  problem: 'the before/after of this claim.review line do not fit it: after.state: Invalid option',
};

/** A watched source paused by an editor: configuration, listed, never offered a revert. */
const paused: AuditLine = {
  id: 'aud_5',
  at: '2026-02-02T09:00:00.000Z',
  actor: 'olga',
  actorRole: 'editor',
  origin: '198.51.100.9',
  action: 'watch.pause',
  subjectIds: ['wat_1'],
  before: { sourceId: 'wat_1', url: 'https://news.example.org/list', paused: false },
  after: { sourceId: 'wat_1', url: 'https://news.example.org/list', paused: true },
  summary: 'paused watched source https://news.example.org/list',
  reverts: null,
};

describe('audit page', () => {
  it('lists watched-source changes, filters on them, and offers no revert of them', async () => {
    const { calls } = fakeApi({
      'GET /api/review-queue/count': () => ({ total: 0 }),
      'GET /api/audit': () => ({ items: [paused, review], total: 2 }),
    });
    renderAt('/audit?action=watch.*', <App />);
    await screen.findByText(paused.summary, undefined, { timeout: 10_000 });
    expect(calls.find((c) => c.path === '/api/audit')!.query.get('action')).toBe('watch.*');
    const option = screen.getByRole('option', { name: 'any change to watched sources' });
    expect((option as HTMLOptionElement).value).toBe('watch.*');
    expect(screen.getByText('watching paused')).toBeTruthy();
    // Only the review line can be reverted.
    expect(screen.getAllByRole('button', { name: 'Revert' })).toHaveLength(1);
  });

  it('lists changes with who, role, origin and before/after, filtered through the address', async () => {
    const { calls } = fakeApi({
      'GET /api/review-queue/count': () => ({ total: 0 }),
      'GET /api/audit': () => ({ items: [revertLine, review], total: 2 }),
    });
    renderAt('/audit?action=claim.*&since=2026-02-01', <App />);
    await screen.findByText(review.summary, undefined, { timeout: 10_000 });
    const call = calls.find((c) => c.path === '/api/audit')!;
    expect(call.query.get('action')).toBe('claim.*');
    expect(call.query.get('since')).toBe('2026-02-01');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Audit log');
    expect(screen.getAllByText('rolf')).toHaveLength(2);
    expect(screen.getAllByText('203.0.113.7')).toHaveLength(2);
    expect(document.body.textContent).toContain('"state": "proposed"');
    // A revert is not reverted: only the original line offers the button.
    expect(screen.getAllByRole('button', { name: 'Revert' })).toHaveLength(1);
    const csv = screen.getByRole('link', { name: 'Export CSV' });
    expect(csv.getAttribute('href')).toBe('/api/audit.csv?action=claim.*&since=2026-02-01');
    expect(screen.getByRole('link', { name: 'Audit' }).getAttribute('aria-current')).toBe('page');
  });

  it('says the time, the role and the action in the reader’s language; the summary as written', async () => {
    fakeApi({
      'GET /api/review-queue/count': () => ({ total: 0 }),
      'GET /api/audit': () => ({ items: [review], total: 1 }),
    });
    await loadLocale('uk');
    try {
      renderAt('/audit', <App />);
      const summary = await screen.findByText(review.summary, undefined, { timeout: 10_000 });
      expect(summary.getAttribute('lang')).toBe('en');
      const row = summary.closest('tr')!;
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
      expect(cells[0]).toMatch(/^1 лют\. 2026 р\., 18:00:00$/);
      expect(cells[1]).toBe('rolfперевіряльник');
      expect(cells[3]).toBe('твердження розглянуто');
      const options = [...screen.getByLabelText('Дія').querySelectorAll('option')];
      expect(options.map((o) => o.textContent)).toContain('будь-яка зміна тверджень');
    } finally {
      await loadLocale('en');
    }
  });

  it('reverts a change after confirmation and shows why a revert is refused', async () => {
    let refuse = false;
    const { calls } = fakeApi({
      'GET /api/review-queue/count': () => ({ total: 0 }),
      'GET /api/audit': () => ({ items: [review], total: 1 }),
      'POST /api/audit/aud_2/revert': () =>
        refuse
          ? reply(409, { error: 'conflict', message: "audit line 'aud_2' was already reverted" })
          : { line: { ...revertLine, id: 'aud_9' }, reverted: 'aud_2', restored: [], skipped: [] },
    });
    vi.stubGlobal('confirm', () => true);
    renderAt('/audit', <App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Revert' }, { timeout: 10_000 }));
    await screen.findByText('Reverted (audit line aud_9)');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    cleanup();
    refuse = true;
    renderAt('/audit', <App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Revert' }, { timeout: 10_000 }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/already reverted/));
  });

  it('shows a line that does not fit its action with its problem, and offers no revert', async () => {
    fakeApi({
      'GET /api/review-queue/count': () => ({ total: 0 }),
      'GET /api/audit': () => ({ items: [unfit], total: 1 }),
    });
    renderAt('/audit', <App />);
    await screen.findByText(review.summary, undefined, { timeout: 10_000 });
    expect(document.body.textContent).toContain('does not fit its action');
    expect(document.body.textContent).toContain('after.state: Invalid option');
    expect(document.body.textContent).toContain('"state": "approved"');
    expect(screen.queryByRole('button', { name: 'Revert' })).toBeNull();
  });

  it('is not offered to the public or to viewers', async () => {
    for (const role of [null, 'viewer'] as const) {
      fakeApi({
        'GET /api/auth/me': () => meAs(role),
        'GET /api/releases': () => ({ items: [], total: 0 }),
        'GET /api/counts/series': () => ({ points: [] }),
      });
      renderAt('/releases', <App />);
      await screen.findByRole('link', { name: 'Releases' });
      await waitFor(() => expect(screen.queryByRole('link', { name: 'Audit' })).toBeNull());
      cleanup();
      vi.unstubAllGlobals();
    }
  });
});
