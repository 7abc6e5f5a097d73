// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../web/src/App.tsx';
import { loadLocale, t } from '../../web/src/i18n/index.ts';
import Release from '../../web/src/pages/Release.tsx';
import { decemberRelease, releases, series } from './fixtures.ts';
import { fakeApi, renderAt } from './support.tsx';

// uPlot asks for the pixel ratio when it loads; jsdom has no matchMedia.
vi.hoisted(() => {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
});

// uPlot draws on a canvas, which jsdom lacks: the chart is replaced, everything around it is real.
vi.mock('../../web/src/components/Chart.tsx', async (original) => ({
  ...(await original<typeof import('../../web/src/components/Chart.tsx')>()),
  Chart: ({ name, data }: { name: string; data: unknown[][] }) => (
    <div data-chart={name} data-points={data[0]?.length} />
  ),
}));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const pending = { total: 3 };

describe('dashboard', () => {
  it('shows the registry count, reported figures with attribution, flows and latest releases', async () => {
    const { calls } = fakeApi({
      'GET /api/counts/series': () => series,
      'GET /api/review-queue/count': () => pending,
      'GET /api/releases': () => releases,
    });
    const { container } = renderAt('/?from=2025-10&to=2025-12', <App />);
    await waitFor(() => expect(screen.getByTestId('held-now').textContent).toBe('4'));
    await waitFor(() => expect(screen.getByTestId('pending-count').textContent).toBe('3'));
    const seriesCall = calls.find((c) => c.path === '/api/counts/series')!;
    expect(Object.fromEntries(seriesCall.query)).toEqual({
      country: 'BY',
      from: '2025-10',
      to: '2025-12',
    });
    // Three month ends plus the reported figure's own day on the held chart.
    expect(container.querySelector('[data-chart="held"]')!.getAttribute('data-points')).toBe('4');
    const reported = screen.getByRole('region', { name: 'Figures reported by others' });
    expect(reported.textContent).toContain('more than 1,100 as of');
    expect(reported.textContent).toContain('according to Viasna');
    expect(
      within(reported).getByRole('link', { name: 'How many remain' }).getAttribute('href'),
    ).toBe('/reports/src_a');
    const latest = screen.getByRole('region', { name: 'Latest releases' });
    expect(within(latest).getByRole('link', { name: decemberRelease.title! })).toBeTruthy();
    expect(screen.getByText('In over the period:').textContent).toContain('3');
    expect(screen.getByText('Out over the period:').textContent).toContain('123');
  });

  it('keeps the period in the address so a view can be shared', async () => {
    fakeApi({
      'GET /api/counts/series': () => series,
      'GET /api/review-queue/count': () => pending,
      'GET /api/releases': () => releases,
    });
    renderAt('/', <App />);
    const form = await screen.findByRole('form', { name: 'Period' });
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: '2025-10' } });
    fireEvent.change(within(form).getByLabelText('Country'), { target: { value: 'ua' } });
    fireEvent.submit(form);
    expect(window.location.search).toContain('from=2025-10');
    expect(window.location.search).toContain('country=UA');
  });
});

const potashDeal = {
  id: 'deal_potash',
  title: 'Prisoners for potash sanctions relief',
  date: '2025-12-13',
  parties: [],
  releases: [],
  concessions: [
    {
      id: 'con_1',
      kind: 'sanctions_relief',
      grantedBy: { id: 'act_us', name: 'United States' },
      target: 'Belaruskali (potash)',
      date: '2025-12-13',
      description: null,
    },
  ],
  peopleReleased: 123,
};

describe('release page', () => {
  it('shows every reported count with the sources behind each when reports disagree', async () => {
    const june = { type: 'date' as const, date: { value: '2025-06', precision: 'month' as const } };
    const release = {
      ...decemberRelease,
      dateReported: {
        ...decemberRelease.dateReported,
        reported: [
          {
            value: decemberRelease.dateReported.value!,
            claimIds: ['clm_d1'],
            sourceIds: ['src_a'],
            states: ['accepted' as const],
          },
          {
            value: june,
            claimIds: ['clm_d2'],
            sourceIds: ['src_b'],
            states: ['proposed' as const],
          },
        ],
      },
    };
    fakeApi({
      'GET /api/releases/rel_dec': () => release,
      'GET /api/deals/deal_potash': () => potashDeal,
    });
    const { container } = renderAt('/releases/rel_dec', <Release id="rel_dec" />);
    await screen.findByTestId('reported-counts');
    const dates = container.querySelector('[data-property="date"]')!;
    expect(dates.textContent).toMatch(/13.*2025.*accepted.*Wire report/);
    expect(dates.textContent).toMatch(/June 2025.*proposed.*Second account/);
    const counts = await screen.findByTestId('reported-counts');
    expect(counts.textContent).toContain('Reports disagree on the number released');
    const rows = within(counts).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['123', '156']);
    const reportLinks = (row: HTMLElement) =>
      within(row)
        .getAllByRole('link')
        .filter((a) => a.getAttribute('href')!.startsWith('/reports/'))
        .map((a) => a.textContent);
    expect(reportLinks(rows[0]!)).toEqual(['Wire report of the release', 'Second account']);
    expect(reportLinks(rows[1]!)).toEqual(['Counting the December release: 123 or 156?']);
    expect(within(rows[1]!).getByRole('link', { name: '(original)' }).getAttribute('href')).toBe(
      'https://news.example.org/src_c',
    );
    expect(screen.getByRole('link', { name: 'Maria Kalesnikava' }).getAttribute('href')).toBe(
      '/people/per_kalesnikava',
    );
    expect(screen.getByText(/114 more, not named/)).toBeTruthy();
    expect(await screen.findByText(/Belaruskali \(potash\)/)).toBeTruthy();
  });

  it('lists the released by their names for the reader, as the reader’s language collates', async () => {
    fakeApi({
      'GET /api/releases/rel_dec': () => decemberRelease,
      'GET /api/deals/deal_potash': () => potashDeal,
    });
    const released = async () => {
      const section = await screen.findByRole('region', { name: t('rel.people') });
      return within(section)
        .getAllByRole('link')
        .map((a) => a.textContent);
    };
    renderAt('/releases/rel_dec', <Release id="rel_dec" />);
    expect(await released()).toEqual(['Ales Bialiatski', 'Maria Kalesnikava']);
    cleanup();
    await loadLocale('be');
    try {
      renderAt('/releases/rel_dec', <Release id="rel_dec" />);
      expect(await released()).toEqual(['Алесь Бяляцкі', 'Марыя Калеснікава']);
    } finally {
      await loadLocale('en');
    }
  });
});

describe('people', () => {
  it('searches by any spelling through the address and shows which spelling matched', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { calls } = fakeApi({
      'GET /api/persons/filter': ({ query }) => ({
        items: query.get('q')
          ? [
              {
                id: 'per_kalesnikava',
                name: 'Maria Kalesnikava',
                names: [
                  { value: 'Maria Kalesnikava', script: 'latin', language: 'en', kind: 'official' },
                  {
                    value: 'Мария Колесникова',
                    script: 'cyrillic',
                    language: 'ru',
                    kind: 'official',
                  },
                ],
                occupations: ['musician'],
                birthYear: null,
                status: null,
                match: { name: 'Мария Колесникова', score: 0.97, decision: 'match' },
              },
            ]
          : [],
        total: query.get('q') ? 1 : 0,
        facets: { statuses: { released: 4 }, countries: { BY: 4 } },
      }),
      'GET /api/releases': () => releases,
      'GET /api/review-queue/count': () => pending,
    });
    renderAt('/people', <App />);
    const box = await screen.findByLabelText('Search by name, in any script or spelling');
    // Nothing filtered yet: nothing to clear (the reader's language is no filter).
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    fireEvent.change(box, { target: { value: 'Колесникова' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(400);
    });
    expect(new URLSearchParams(window.location.search).get('q')).toBe('Колесникова');
    const link = await screen.findByRole('link', { name: 'Maria Kalesnikava' });
    expect(link.getAttribute('href')).toBe('/people/per_kalesnikava');
    expect(screen.getByText('matched “Мария Колесникова”')).toBeTruthy();
    expect(
      calls.some((c) => c.path === '/api/persons/filter' && c.query.get('q') === 'Колесникова'),
    ).toBe(true);
    // The server orders the list (and a search's ties) as the reader's language collates.
    const asked = calls.filter((c) => c.path === '/api/persons/filter');
    expect(asked.map((c) => c.query.get('lang'))).toEqual(asked.map(() => 'en'));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'released' } });
    expect(new URLSearchParams(window.location.search).get('status')).toBe('released');
    expect(screen.getByRole('option', { name: 'released (4)' })).toBeTruthy();
    vi.useRealTimers();
  });
});

describe('people held today', () => {
  it('names the country in the reader’s language', async () => {
    fakeApi({
      'GET /api/persons/filter': () => ({
        items: [],
        total: 3,
        facets: { statuses: {}, countries: {} },
      }),
      'GET /api/releases': () => releases,
      'GET /api/review-queue/count': () => pending,
    });
    await loadLocale('ru');
    try {
      renderAt('/people?held=BY', <App />);
      const chip = await screen.findByText(/^Под стражей в стране/, undefined, { timeout: 10_000 });
      expect(chip.textContent).toContain('Под стражей в стране Беларусь сегодня');
      expect(
        await screen.findByText(/^3 политзаключённых под стражей в стране Беларусь/),
      ).toBeTruthy();
    } finally {
      await loadLocale('en');
    }
  });
});

describe('navigation', () => {
  it('follows links without reloading and marks the current page', async () => {
    fakeApi({
      'GET /api/counts/series': () => series,
      'GET /api/review-queue/count': () => pending,
      'GET /api/releases': () => releases,
    });
    renderAt('/', <App />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Releases' }));
    expect(window.location.pathname).toBe('/releases');
    expect(await screen.findByRole('heading', { level: 1, name: 'Releases' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Releases' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(within(nav).getByText('3 claims awaiting review')).toBeTruthy();
  });

  it('says so when nothing lives at an address', async () => {
    fakeApi({ 'GET /api/review-queue/count': () => pending });
    renderAt('/nowhere', <App />);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });
});
