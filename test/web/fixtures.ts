/** Small API answers for component tests, shaped like the server's views. */
import type {
  HeldOverTime,
  QueueItem,
  ReleaseEventView,
  ResponseBody,
} from '../../web/src/api/types.ts';

const src = (id: string, title: string) => ({
  sourceId: id,
  url: `https://news.example.org/${id}`,
  title,
  publishedAt: '2025-12-14',
  role: 'main' as const,
});

export const decemberRelease: ReleaseEventView = {
  id: 'rel_dec',
  title: '123 freed for potash sanctions relief',
  country: 'BY',
  date: { value: '2025-12-13', precision: 'day' },
  kind: 'negotiated_release',
  releasedCount: { value: 123, qualifier: 'exact' },
  best: {
    country: { value: 'BY', proposed: false, sources: 2 },
    date: { value: { value: '2025-12-13', precision: 'day' }, proposed: false, sources: 2 },
    releasedCount: { value: { value: 123, qualifier: 'exact' }, proposed: false, sources: 2 },
  },
  releasedCountReported: {
    value: { type: 'number', number: 123, qualifier: 'exact' },
    conflict: true,
    reported: [
      {
        value: { type: 'number', number: 123, qualifier: 'exact' },
        claimIds: ['clm_1', 'clm_2'],
        sourceIds: ['src_a', 'src_b'],
        states: ['accepted', 'accepted'],
      },
      {
        value: { type: 'number', number: 156, qualifier: 'exact' },
        claimIds: ['clm_3'],
        sourceIds: ['src_c'],
        states: ['accepted'],
      },
    ],
  },
  dateReported: {
    value: { type: 'date', date: { value: '2025-12-13', precision: 'day' } },
    conflict: false,
    reported: [],
  },
  countryReported: { value: { type: 'text', text: 'BY' }, conflict: false, reported: [] },
  released: [
    {
      id: 'per_kalesnikava',
      name: 'Maria Kalesnikava',
      names: [
        { value: 'Maria Kalesnikava', script: 'latin', language: 'en', kind: 'official' },
        { value: 'Марыя Калеснікава', script: 'cyrillic', language: 'be', kind: 'official' },
      ],
    },
    {
      id: 'per_bialiatski',
      name: 'Ales Bialiatski',
      names: [
        { value: 'Ales Bialiatski', script: 'latin', language: 'en', kind: 'official' },
        { value: 'Алесь Бяляцкі', script: 'cyrillic', language: 'be', kind: 'official' },
      ],
    },
  ],
  namesWithheld: 0,
  unnamed: [{ id: 'agg_1', count: 114, description: 'Handed over to Ukraine.' }],
  mediators: [{ id: 'act_coale', name: 'John Coale' }],
  destinations: ['UA', 'LT'],
  deal: { id: 'deal_potash', name: 'Prisoners for potash sanctions relief' },
  conflicts: [],
  reports: [
    src('src_a', 'Wire report of the release'),
    src('src_b', 'Second account'),
    src('src_c', 'Counting the December release: 123 or 156?'),
  ],
};

export const releases: ResponseBody<'/api/releases'> = { items: [decemberRelease], total: 1 };

export const series: HeldOverTime = {
  country: 'BY',
  from: '2025-10',
  to: '2025-12',
  points: [
    { date: '2025-10-31', count: 7, named: 7, unnamed: 0 },
    { date: '2025-11-30', count: 7, named: 7, unnamed: 0 },
    { date: '2025-12-31', count: 4, named: 4, unnamed: 0 },
  ],
  reported: [
    {
      id: 'cc_1',
      country: 'BY',
      value: 1100,
      qualifier: 'more_than',
      attributedTo: 'Viasna',
      asOf: { value: '2025-12-15', precision: 'day' },
      sourceId: 'src_a',
      sourceTitle: 'How many remain',
    },
  ],
  flow: [
    { month: '2025-10', inflow: 2, outflow: 0, outflowByStatus: {} },
    { month: '2025-11', inflow: 0, outflow: 0, outflowByStatus: {} },
    { month: '2025-12', inflow: 1, outflow: 123, outflowByStatus: { pardoned: 114, released: 9 } },
  ],
};

export function queueItem(id: string, overrides: Partial<QueueItem['claim']> = {}): QueueItem {
  return {
    claim: {
      id,
      subjectId: 'per_x',
      subjectType: 'person',
      property: 'birthYear',
      value: { type: 'number', number: 1957, qualifier: 'exact' },
      sourceId: 'src_a',
      evidence: { start: 10, end: 21, quote: '67-year-old' },
      author: { kind: 'extractor', name: 'rules', version: '1' },
      createdAt: '2025-12-14T10:00:00.000Z',
      confidence: 0.6,
      initialState: 'proposed',
      supersedes: null,
      state: 'proposed',
      ...overrides,
    },
    subject: { id: 'per_x', type: 'person', label: 'Ryhor Kastusiou' },
    valueLabel: null,
    source: { id: 'src_a', title: 'Opposition leader walks free', url: null },
    context: { before: 'MINSK - the ', quote: '67-year-old', after: ' party chairman was freed' },
  };
}
