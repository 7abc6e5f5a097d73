// Extraction throughput: reports per CPU-second on one thread for extractReport, over >= 10,000
// reports generated deterministically from the team's fixtures, and the same reports through a
// baseline built on the `compromise` NLP package (people + numbers + places). One JSON line per
// figure. BENCH_REPORTS and BENCH_BASELINE_REPORTS change the sizes (defaults 10000 and all).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import type { ExtractInput } from '../src/core/extract/contract.ts';
import { extractReport } from '../src/core/extract/index.ts';
import { loadFixtures, normName, Tally } from '../test/core/extract/fixture-support.ts';
import { Rng } from '../test/support/random.ts';
import { articleText, idLanguageSchema, parseJsonl, realCacheDir } from './real/annotations.ts';

const REAL_CACHE = realCacheDir();
const N = Number(process.env.BENCH_REPORTS ?? 10_000);
const BASELINE_N = Math.min(N, Number(process.env.BENCH_BASELINE_REPORTS ?? N));

// Neutral paragraphs (written for the benchmark) that pad variants to realistic lengths.
const FILLER = [
  "Analysts said the move fitted a pattern of small gestures aimed at easing the country's isolation, while warning that new arrests had continued throughout the year.",
  'The foreign ministry did not respond to a request for comment. Officials in neighbouring countries said they were ready to help those who arrived at the border.',
  'Families of those still in custody gathered outside the embassy, holding photographs and calling for further releases before the end of the year.',
  'Observers noted that the timing coincided with military exercises and a dispute over border crossings, which has disrupted trade and travel in the region.',
  'Several of those freed had spent years in penal colonies, some of them in solitary confinement, according to relatives and lawyers who spoke to reporters.',
];

function variants(base: ExtractInput[], n: number, minExtra = 1, maxExtra = 6): ExtractInput[] {
  const rng = new Rng(20250911);
  const out: ExtractInput[] = [];
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length]!;
    let paras = src.text.split(/\n\s*\n/);
    if (paras.length > 2 && rng.next() < 0.3) {
      const [head, ...rest] = paras;
      paras = [head!, ...rest.sort(() => rng.next() - 0.5)];
    }
    const extra = minExtra + Math.floor(rng.next() * (maxExtra - minExtra + 1));
    for (let k = 0; k < extra; k++) paras.push(rng.pick(FILLER));
    let text = paras.join('\n\n');
    // Vary the figures so no two reports are identical.
    if (rng.next() < 0.5)
      text = text.replace(/\b(\d{2,3})\b(?= (?:prisoners|people|political))/g, () =>
        String(10 + Math.floor(rng.next() * 200)),
      );
    out.push({ ...src, text });
  }
  return out;
}

function cpuSeconds(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function baseline(text: string) {
  const doc = nlp(text);
  return {
    people: doc.people().out('array') as string[],
    numbers: doc.numbers().json() as unknown[],
    places: doc.places().out('array') as string[],
  };
}

/**
 * The cached real reports (bench/real/README.md), when this machine has them: the fixtures'
 * variants are padded with English, and a report in Arabic or Georgian once took ten times
 * as long as one in English (a 2,000-entry regex of country names), which they never showed.
 * Prints the rate over all of them and the slowest language's rate (with 5 or more reports).
 */
function realNews(): void {
  if (!existsSync(REAL_CACHE)) {
    console.error(
      `no real-news cache at ${REAL_CACHE}: real_* figures skipped (bench/real/README.md)`,
    );
    return;
  }
  const language = new Map<string, string>();
  for (const file of ['annotations.jsonl', 'detentions.jsonl']) {
    const text = readFileSync(join(import.meta.dirname, 'real', file), 'utf8');
    for (const a of parseJsonl(text, idLanguageSchema, file).items) language.set(a.id, a.language);
  }
  const texts = readdirSync(REAL_CACHE)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      id: f.slice(0, -4),
      text: articleText(readFileSync(join(REAL_CACHE, f), 'utf8')),
    }));
  for (const t of texts) extractReport({ text: t.text });
  const cpu = new Map<string, { n: number; s: number }>();
  let total = 0;
  for (const t of texts) {
    const s = cpuSeconds(() => {
      for (let k = 0; k < 3; k++) extractReport({ text: t.text });
    });
    total += s;
    const lang = language.get(t.id) ?? '?';
    const c = cpu.get(lang) ?? { n: 0, s: 0 };
    cpu.set(lang, { n: c.n + 3, s: c.s + s });
  }
  emit('real_reports', texts.length);
  emit('real_reports_per_s_per_core', (texts.length * 3) / total, 2000);
  const rates = [...cpu]
    .filter(([, c]) => c.n >= 15)
    .map(([lang, c]) => ({ lang, rate: c.n / c.s }));
  rates.sort((a, b) => a.rate - b.rate);
  for (const r of rates.slice(0, 3))
    console.log(
      JSON.stringify({
        bench: 'extract',
        figure: 'real_slowest_language_reports_per_s_per_core',
        language: r.lang,
        value: Math.round(r.rate),
      }),
    );
}

function emit(figure: string, value: number, target?: number) {
  const line: Record<string, unknown> = {
    bench: 'extract',
    figure,
    value: Math.round(value * 100) / 100,
  };
  if (target !== undefined) line.target = target;
  console.log(JSON.stringify(line));
}

const fixtures = loadFixtures();
const reports = variants(
  fixtures.map((f) => f.input),
  N,
);
const chars = reports.reduce((s, r) => s + r.text.length, 0);

// Warm up the JIT on a slice before measuring.
for (const r of reports.slice(0, 500)) extractReport(r);
let releases = 0;
const ours = cpuSeconds(() => {
  for (const r of reports) releases += extractReport(r).releases.length;
});
emit('reports', reports.length);
emit('mean_report_chars', chars / reports.length);
emit('reports_per_s_per_core', reports.length / ours, 2000);
emit('chars_per_s_per_core', chars / ours);
emit('releases_found', releases);

// Seed-length reports (~3,000 characters): most of the text is context, not release facts.
const long = variants(
  fixtures.map((f) => f.input),
  3000,
  10,
  16,
);
const longCpu = cpuSeconds(() => {
  for (const r of long) extractReport(r);
});
emit('long_mean_report_chars', long.reduce((s, r) => s + r.text.length, 0) / long.length);
emit('long_reports_per_s_per_core', long.length / longCpu);

realNews();

const sample = reports.slice(0, BASELINE_N);
for (const r of sample.slice(0, 20)) baseline(r.text);
const theirs = cpuSeconds(() => {
  for (const r of sample) baseline(r.text);
});
emit('baseline_reports', sample.length);
emit('baseline_compromise_reports_per_s_per_core', sample.length / theirs);
emit(
  'speedup_vs_compromise',
  sample.length / theirs > 0 ? reports.length / ours / (sample.length / theirs) : 0,
);

// Quality next to speed: compromise's people() taken as "the released" on the fixtures.
const ourTally = new Tally();
const baseTally = new Tally();
for (const f of fixtures) {
  const expected = f.expected.releases.flatMap((r) => r.released.map((p) => normName(p.name)));
  const got = extractReport(f.input).releases.flatMap((r) =>
    r.released.map((p) => normName(p.name)),
  );
  ourTally.add(expected, got);
  baseTally.add(expected, [
    ...new Set(baseline(f.input.text).people.map((p) => normName(p.replace(/[,.;:'’]+$/u, '')))),
  ]);
}
emit('released_f1_fixtures', ourTally.f1);
emit('baseline_released_f1_fixtures', baseTally.f1);
