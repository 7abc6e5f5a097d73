// @vitest-environment jsdom
/**
 * The web app's API client (openapi-fetch over the generated types) and its query keys: what
 * it sends, how it reads errors, and that a write refreshes only the resources it names.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, setCsrfToken } from '../../web/src/api/client.ts';
import { invalidate, keys, ledger } from '../../web/src/api/keys.ts';
import { fakeApi, reply } from './support.tsx';

afterEach(() => {
  setCsrfToken(null);
  vi.unstubAllGlobals();
});

describe('the API client', () => {
  it('sends the CSRF token on writes only, with the session cookie', async () => {
    const { calls, fetchMock } = fakeApi({
      'GET /api/review-queue/count': () => ({ total: 3 }),
      'POST /api/claims/clm_1/review': () => ({ id: 'clm_1' }),
    });
    setCsrfToken('csrf-abc');
    expect(await api.pendingCount()).toEqual({ total: 3 });
    await api.review('clm_1', 'accepted', 'checked');
    expect(calls.map((c) => [c.method, c.headers.get('x-csrf-token')])).toEqual([
      ['GET', null],
      ['POST', 'csrf-abc'],
    ]);
    expect(calls[1]!.body).toEqual({ state: 'accepted', note: 'checked' });
    const sent = fetchMock.mock.calls[1]![0] as Request;
    expect(sent.credentials).toBe('same-origin');
  });

  it('leaves empty filters out of the address', async () => {
    const { calls } = fakeApi({ 'GET /api/persons/filter': () => ({ items: [], total: 0 }) });
    await api.persons({ q: 'Bialiatski', country: '', occupation: undefined, limit: 50 });
    expect([...calls[0]!.query.entries()]).toEqual([
      ['q', 'Bialiatski'],
      ['limit', '50'],
    ]);
  });

  it('turns an error body into ApiError with its status, message and code', async () => {
    fakeApi({
      'POST /api/reports': () =>
        reply(403, { error: 'forbidden', message: 'needs the editor role' }),
      'POST /api/claims/accept-above': () =>
        reply(400, { type: 'about:blank', title: 'Bad Request', detail: 'threshold: too big' }),
    });
    const refused = await api.addReport({ text: 'x' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({
      status: 403,
      message: 'needs the editor role',
      code: 'forbidden',
    });
    // problem+json (RFC 9457) reads the same way.
    await expect(api.acceptAbove(2)).rejects.toMatchObject({
      status: 400,
      message: 'threshold: too big',
    });
  });
});

describe('query keys', () => {
  it('start with their resource, so one resource is refreshed without the others', async () => {
    const client = new QueryClient();
    const all = [
      keys.me(),
      keys.persons.list({ q: 'x' }),
      keys.persons.detail('per_1'),
      keys.releases.detail('rel_1'),
      keys.counts.series({ country: 'BY', from: '2024-01', to: '2025-01' }),
      keys.review.pending(),
      keys.audit.list({}),
    ];
    for (const key of all) client.setQueryData(key, 1);
    await invalidate(client, 'persons', 'review');
    const stale = all.filter((k) => client.getQueryState(k)?.isInvalidated).map((k) => k[0]);
    expect(stale).toEqual(['persons', 'persons', 'review']);

    await invalidate(client, ...ledger);
    expect(client.getQueryState(keys.me())?.isInvalidated).toBe(false);
    expect(all.slice(1).every((k) => client.getQueryState(k)?.isInvalidated)).toBe(true);
  });
});
