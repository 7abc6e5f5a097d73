// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AddReports from '../../web/src/pages/AddReports.tsx';
import Report from '../../web/src/pages/Report.tsx';
import Review from '../../web/src/pages/Review.tsx';
import { queueItem } from './fixtures.ts';
import { type Call, fakeApi, meAs, renderAt, reply } from './support.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A review queue whose claims leave when a review accepts or rejects them. */
function queueApi(ids: string[]) {
  const open = new Set(ids);
  return fakeApi({
    'GET /api/review-queue': () => ({
      items: ids.filter((id) => open.has(id)).map((id) => queueItem(id)),
      total: open.size,
    }),
    ...Object.fromEntries(
      ids.map((id) => [
        `POST /api/claims/${id}/review`,
        (c: Call) => {
          open.delete(id);
          return { id, ...(c.body as object) };
        },
      ]),
    ),
    'POST /api/claims/clm_a/correct': () => ({ id: 'clm_new' }),
    'POST /api/claims/accept-above': () => ({ accepted: 2 }),
  });
}

const reviews = (calls: Call[]) =>
  calls
    .filter((c) => c.method === 'POST' && c.path.endsWith('/review'))
    .map((c) => [c.path.split('/')[3], (c.body as { state: string }).state]);

describe('review queue', () => {
  it('shows each claim with its evidence in context and takes it off the queue when accepted', async () => {
    const { calls } = queueApi(['clm_a', 'clm_b']);
    const { container } = renderAt('/review', <Review />);
    const items = await screen.findAllByRole('article');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(first.querySelector('blockquote mark')!.textContent).toBe('67-year-old');
    expect(first.querySelector('blockquote')!.textContent).toBe(
      'MINSK - the 67-year-old party chairman was freed',
    );
    expect(within(first).getByText('1957')).toBeTruthy();
    fireEvent.click(within(first).getByRole('button', { name: /Accept/ }));
    await waitFor(() => expect(container.querySelector('[data-claim="clm_a"]')).toBeNull());
    expect(reviews(calls)).toEqual([['clm_a', 'accepted']]);
    expect(container.querySelector('.live')!.textContent).toBe('Claim clm_a accepted');
  });

  it('works from the keyboard: j/k move, r rejects, x selects, Shift+A accepts the selection', async () => {
    const { calls } = queueApi(['clm_a', 'clm_b', 'clm_c']);
    const { container } = renderAt('/review', <Review />);
    await screen.findAllByRole('article');
    fireEvent.keyDown(window, { key: 'j' });
    fireEvent.keyDown(window, { key: 'r' });
    await waitFor(() => expect(container.querySelector('[data-claim="clm_b"]')).toBeNull());
    fireEvent.keyDown(window, { key: 'k' });
    fireEvent.keyDown(window, { key: 'x' });
    fireEvent.keyDown(window, { key: 'j' });
    fireEvent.keyDown(window, { key: 'x' });
    expect(screen.getByRole('button', { name: 'Accept 2 selected' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'A', shiftKey: true });
    await waitFor(() => expect(container.querySelectorAll('article')).toHaveLength(0));
    expect(reviews(calls)).toEqual([
      ['clm_b', 'rejected'],
      ['clm_a', 'accepted'],
      ['clm_c', 'accepted'],
    ]);
    expect(screen.getByText('Nothing awaits review.')).toBeTruthy();
  });

  it('takes the same keys on a Belarusian, Russian or Ukrainian layout (ф on A, к on R)', async () => {
    const { calls } = queueApi(['clm_a', 'clm_b', 'clm_c']);
    const { container } = renderAt('/review', <Review />);
    await screen.findAllByRole('article');
    // What a Cyrillic layout sends: its own letter as `key`, the physical key as `code`.
    fireEvent.keyDown(window, { key: 'о', code: 'KeyJ' });
    fireEvent.keyDown(window, { key: 'к', code: 'KeyR' });
    await waitFor(() => expect(container.querySelector('[data-claim="clm_b"]')).toBeNull());
    fireEvent.keyDown(window, { key: 'ч', code: 'KeyX' });
    fireEvent.keyDown(window, { key: 'Ф', code: 'KeyA', shiftKey: true });
    await waitFor(() => expect(container.querySelector('[data-claim="clm_c"]')).toBeNull());
    fireEvent.keyDown(window, { key: 'ф', code: 'KeyA' });
    await waitFor(() => expect(container.querySelectorAll('article')).toHaveLength(0));
    expect(reviews(calls)).toEqual([
      ['clm_b', 'rejected'],
      ['clm_c', 'accepted'],
      ['clm_a', 'accepted'],
    ]);
  });

  it('corrects a value as a new accepted claim superseding the old one', async () => {
    const { calls } = queueApi(['clm_a']);
    renderAt('/review', <Review />);
    const item = (await screen.findAllByRole('article'))[0]!;
    fireEvent.click(within(item).getByRole('button', { name: /Correct/ }));
    const input = within(item).getByLabelText('Corrected value');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'abc' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save correction' }));
    expect(within(item).getByRole('alert').textContent).toContain('is not a number');
    fireEvent.change(input, { target: { value: '1958' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save correction' }));
    await waitFor(() =>
      expect(calls.some((c) => c.path === '/api/claims/clm_a/correct')).toBe(true),
    );
    const created = calls.find((c) => c.path === '/api/claims/clm_a/correct')!;
    expect(created.body).toEqual({
      value: { type: 'number', number: 1958, qualifier: 'exact' },
      sourceId: 'src_a',
      evidence: { start: 10, end: 21, quote: '67-year-old' },
    });
    expect(await screen.findByText('Claim clm_new accepted')).toBeTruthy();
  });

  it('bulk accepts above a confidence threshold', async () => {
    const { calls } = queueApi(['clm_a']);
    renderAt('/review', <Review />);
    await screen.findAllByRole('article');
    fireEvent.change(screen.getByLabelText('Accept all with confidence at least'), {
      target: { value: '0.8' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bulk accept' }));
    expect(await screen.findByText('2 claims accepted')).toBeTruthy();
    expect(calls.find((c) => c.path === '/api/claims/accept-above')!.body).toEqual({
      threshold: 0.8,
    });
  });

  it('shows a proposed merge as a question with Merge and Keep apart', async () => {
    const merge = {
      ...queueItem('clm_m', {
        property: 'mergedInto',
        value: { type: 'ref', id: 'per_y' },
        evidence: null,
      }),
      valueLabel: 'Maria Kalesnikava',
      context: null,
    };
    const { calls } = fakeApi({
      'GET /api/review-queue': () => ({ items: [merge], total: 1 }),
      'POST /api/claims/clm_m/review': ({ body }) => ({ id: 'clm_m', ...(body as object) }),
    });
    renderAt('/review', <Review />);
    const item = (await screen.findAllByRole('article'))[0]!;
    expect(item.textContent).toContain('same as');
    expect(within(item).getByRole('link', { name: 'Maria Kalesnikava' }).getAttribute('href')).toBe(
      '/people/per_y',
    );
    fireEvent.click(within(item).getByRole('button', { name: /Keep apart/ }));
    await waitFor(() => expect(reviews(calls)).toEqual([['clm_m', 'rejected']]));
    expect(within(item).getByRole('button', { name: /Merge/ })).toBeTruthy();
  });
});

describe('report viewer', () => {
  it('marks every evidence span and links it to its claim', async () => {
    const text = 'MINSK - the 67-year-old party chairman was freed';
    const a = queueItem('clm_a', { evidence: { start: 12, end: 23, quote: '67-year-old' } });
    const b = queueItem('clm_b', {
      property: 'occupation',
      value: { type: 'text', text: 'party chairman' },
      evidence: { start: 24, end: 38, quote: 'party chairman' },
    });
    fakeApi({
      'GET /api/sources/src_a': () => ({
        source: {
          id: 'src_a',
          title: 'Opposition leader walks free',
          text,
          url: null,
          publishedAt: '2024-07-04',
          publisher: null,
          language: 'en',
        },
        claims: [a.claim, b.claim],
      }),
      'GET /api/review-queue': ({ query }) => {
        expect(query.get('sourceId')).toBe('src_a');
        expect(query.get('state')).toBe('any');
        return { items: [a, b], total: 2 };
      },
    });
    const { container } = renderAt('/reports/src_a', <Report id="src_a" />);
    await screen.findByRole('heading', { name: 'Opposition leader walks free' });
    const marks = [...container.querySelectorAll('.report-text mark')];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-claims')])).toEqual([
      ['67-year-old', 'clm_a'],
      ['party chairman', 'clm_b'],
    ]);
    expect(container.querySelector('.report-text')!.textContent).toBe(text);
    fireEvent.click(marks[1]!.querySelector('a')!);
    expect(container.querySelector('#claim-clm_b')!.className).toContain('active');
    expect(marks[1]!.className).toBe('active');
  });
});

const oneItem = { 'GET /api/review-queue': () => ({ items: [queueItem('clm_a')], total: 1 }) };

describe('signed in or not', () => {
  it('hides review actions from the public and disables them for a viewer', async () => {
    fakeApi({ ...oneItem, 'GET /api/auth/me': () => meAs(null) });
    const anon = renderAt('/review', <Review />);
    expect(await screen.findAllByRole('article')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Accept/ })).toBeNull();
    anon.unmount();
    fakeApi({ ...oneItem, 'GET /api/auth/me': () => meAs('viewer') });
    renderAt('/review', <Review />);
    const accept = await screen.findAllByRole('button', { name: /Accept/ });
    expect(accept.length).toBeGreaterThan(0);
    for (const b of accept) expect(b.matches(':disabled')).toBe(true);
    expect(screen.getAllByText('Needs the reviewer role').length).toBeGreaterThan(0);
  });

  it('says clearly when the server refuses a review (session ended, role changed)', async () => {
    fakeApi({
      ...oneItem,
      'POST /api/claims/clm_a/review': () =>
        reply(401, {
          error: 'unauthenticated',
          message: 'sign in first: this needs the reviewer role',
        }),
    });
    const { container } = renderAt('/review', <Review />);
    const item = (await screen.findAllByRole('article'))[0]!;
    fireEvent.click(await within(item).findByRole('button', { name: /Accept/ }));
    await waitFor(() =>
      expect(container.querySelector('.live')!.textContent).toBe(
        'Sign in first to do this. (sign in first: this needs the reviewer role)',
      ),
    );
  });

  it('shows the public why there is no form to add reports', async () => {
    fakeApi({ 'GET /api/auth/me': () => meAs(null) });
    renderAt('/add', <AddReports />);
    expect((await screen.findByRole('status')).textContent).toBe(
      'Sign in as an editor to add reports.',
    );
    expect(screen.queryByRole('button', { name: 'Add' })).toBeNull();
  });
});

describe('add reports', () => {
  it('sends a JSON Lines file in batches, showing progress and line problems', async () => {
    const batches: number[] = [];
    const { calls } = fakeApi({
      'POST /api/reports/batch': ({ body }) => {
        const items = (body as { items: Array<{ title: string }> }).items;
        batches.push(items.length);
        return {
          items: items.map((it, i) => ({
            source: { id: `src_${it.title}`, title: it.title, url: null },
            created: i !== 0,
            duplicateOf: i === 0 ? 'src_old' : null,
            events: [],
            claims: 2,
            problems: [],
          })),
          problems: [{ index: 1, message: 'no date found' }],
        };
      },
    });
    renderAt('/add?tab=file', <AddReports />);
    await screen.findByRole('button', { name: 'Add' }); // once the signed-in editor is known
    const lines = Array.from({ length: 12 }, (_, i) =>
      JSON.stringify({ title: `r${i}`, text: `Report ${i}.` }),
    );
    lines.splice(3, 0, '{broken');
    const file = new File([lines.join('\n')], 'reports.jsonl', { type: 'application/x-ndjson' });
    fireEvent.change(screen.getByLabelText('File (.txt, .html, .jsonl)'), {
      target: { files: [file] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Added 12 of 12')).toBeTruthy();
    expect(batches).toEqual([10, 2]);
    expect(calls.filter((c) => c.path === '/api/reports/batch')).toHaveLength(2);
    const problems = screen.getByRole('heading', { name: 'Problems' }).nextElementSibling!;
    expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      // The parser's own (English) words are left out: the reader's language says what is wrong.
      'line 4: not valid JSON',
      'line 2: no date found',
      'line 12: no date found',
    ]);
    expect(screen.getAllByText(/already stored/)).toHaveLength(2);
    expect(
      screen.getAllByRole('link', { name: 'Review the proposed claims' })[1]!.getAttribute('href'),
    ).toBe('/review?sourceId=src_r1');
  });

  it('explains that the server cannot take reports when the ingestion API is missing', async () => {
    fakeApi({ 'POST /api/reports': () => reply(404, { error: 'not_found', message: 'no route' }) });
    renderAt('/add', <AddReports />);
    await screen.findByRole('button', { name: 'Add' }); // once the signed-in editor is known
    fireEvent.change(screen.getByLabelText('Report text or HTML'), {
      target: { value: 'Freed today.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toContain('habeas ingest');
  });

  it('asks for input instead of sending nothing', async () => {
    const { calls } = fakeApi({});
    renderAt('/add', <AddReports />);
    await screen.findByRole('button', { name: 'Add' }); // once the signed-in editor is known
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing to add: give a text, an address or a file.',
    );
    expect(calls).toHaveLength(0);
  });
});
