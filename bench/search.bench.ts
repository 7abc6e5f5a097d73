// Full-text search of reports (docs/search.md): latency of `sources.searchSources` over 100,000
// reports on one connection, on PGlite and (when HABEAS_TEST_DATABASE_URL is set) PostgreSQL.
// The reports are generated from a seed: six languages (English, German, French, Lithuanian and
// Russian with PostgreSQL configurations, Polish without), words drawn Zipf-like from made-up
// vocabularies of 20,000 words each, a person's name in each report. The queries mix a rare,
// a middling and a common word, a name, two words, a phrase and a search with filters; each is
// asked 5 times after one warm-up. One JSON line per figure; the p50 target is 50 ms.
// SEARCH_BENCH_REPORTS overrides the count.

import { randomBytes } from 'node:crypto';
import { openDatabase } from '../src/adapters/db/connect.ts';
import type { Source } from '../src/core/model/source.ts';
import type { Database, ReportSearch } from '../src/core/ports.ts';
import { adminQuery } from '../test/support/admin-query.ts';
import { Rng } from '../test/support/random.ts';

const REPORTS = Number(process.env.SEARCH_BENCH_REPORTS ?? 100_000);
const TARGET_P50_MS = 50;
const ROUNDS = 5;

function emit(figure: string, value: number, extra: Record<string, unknown> = {}) {
  console.log(
    JSON.stringify({ bench: 'search', figure, value: Math.round(value * 10) / 10, ...extra }),
  );
}

const latin = [
  'ka',
  'ro',
  'mi',
  'le',
  'tu',
  'sa',
  'vo',
  'ne',
  'pri',
  'sto',
  'da',
  'ju',
  'bel',
  'an',
];
const cyrillic = ['ка', 'ро', 'ми', 'ле', 'ту', 'са', 'во', 'не', 'при', 'сто', 'да', 'ю', 'бел'];
const languages = ['en', 'de', 'fr', 'lt', 'ru', 'pl'] as const;
const VOCABULARY = 20_000;

function vocabulary(lang: string, rng: Rng): string[] {
  const syllables = lang === 'ru' ? cyrillic : latin;
  const words = new Set<string>();
  while (words.size < VOCABULARY) {
    const n = 2 + Math.floor(rng.next() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += rng.pick(syllables);
    words.add(w + (lang === 'ru' ? 'ов' : 'en'));
  }
  return [...words];
}

/** Zipf-like rank: word k is drawn about 1/k as often as word 1. */
function zipf(rng: Rng): number {
  return Math.min(VOCABULARY - 1, Math.floor(Math.exp(rng.next() * Math.log(VOCABULARY))) - 1);
}

// Seeded: the same corpus in every run.
const rng = new Rng(20261204);
const vocab = Object.fromEntries(languages.map((l) => [l, vocabulary(l, rng)])) as Record<
  (typeof languages)[number],
  string[]
>;
const names = Array.from({ length: 2000 }, (_, i) => `Ivan${i}ko Petr${(i * 7) % 2000}enka`);

function* reports(): Generator<Source> {
  // Its own generator: both databases get the same corpus.
  const rng = new Rng(7);
  for (let i = 0; i < REPORTS; i++) {
    const lang = languages[i % languages.length]!;
    const words = vocab[lang];
    const body: string[] = [];
    for (let w = 0; w < 60; w++) body.push(words[zipf(rng)]!);
    body.splice(20, 0, names[i % names.length]!);
    const text = `${body.join(' ')}.`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    yield {
      id: `src_b${i}`,
      url: `https://news${i % 50}.example.org/${i}`,
      title: `${words[zipf(rng)]} ${words[zipf(rng)]}`,
      publisher: `Publisher ${i % 50}`,
      publishedAt: `${2015 + (i % 11)}-${month}-${day}`,
      language: lang,
      contentHash: `h${i}`,
      text,
      ingestedAt: '2026-01-01T00:00:00.000Z',
      duplicateOf: null,
    };
  }
}

const queries: Array<[string, ReportSearch]> = [
  ['rare_word', { q: vocab.en[15_000]! }],
  ['middling_word', { q: vocab.de[800]! }],
  ['common_word', { q: vocab.fr[3]! }],
  ['cyrillic_word', { q: vocab.ru[400]! }],
  ['name', { q: names[1234]! }],
  ['two_words', { q: `${vocab.lt[50]} ${vocab.lt[300]}` }],
  ['phrase', { q: `"${vocab.pl[1]} ${vocab.pl[2]}"` }],
  ['filtered', { q: vocab.en[200]!, language: 'en', from: '2020-01-01', to: '2023-12-31' }],
  ['no_words_newest', { source: 'news7.example.org' }],
];

async function run(name: string, db: Database) {
  const t0 = performance.now();
  let batch: Source[] = [];
  for (const s of reports()) {
    batch.push(s);
    if (batch.length === 1000) {
      await db.sources.putSources!(batch);
      batch = [];
    }
  }
  if (batch.length) await db.sources.putSources!(batch);
  emit(`${name}_load_s`, (performance.now() - t0) / 1000, { reports: REPORTS });
  const all: number[] = [];
  for (const [label, search] of queries) {
    await db.sources.searchSources(search);
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      total = (await db.sources.searchSources(search)).total;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    emit(`${name}_${label}_p50_ms`, times[Math.floor(times.length / 2)]!, { matches: total });
  }
  all.sort((a, b) => a - b);
  emit(`${name}_p50_ms`, all[Math.floor(all.length / 2)]!, {
    target: TARGET_P50_MS,
    reports: REPORTS,
    queries: all.length,
  });
  emit(`${name}_p90_ms`, all[Math.floor(all.length * 0.9)]!, { reports: REPORTS });
}

if (process.env.SEARCH_BENCH_ONLY !== 'postgres') {
  const pglite = await openDatabase({ memory: true });
  try {
    await run('pglite', pglite);
  } finally {
    await pglite.close();
  }
}

const url = process.env.HABEAS_TEST_DATABASE_URL?.trim();
if (url) {
  const name = `habeas_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    const db = await openDatabase({ databaseUrl: target.toString() });
    try {
      await run('postgres', db);
    } finally {
      await db.close();
    }
  } finally {
    // SEARCH_BENCH_KEEP=1 keeps the database to look at plans (EXPLAIN); drop it by hand after.
    if (process.env.SEARCH_BENCH_KEEP === '1') console.error(`kept database ${name}`);
    else await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
