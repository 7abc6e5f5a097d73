// bench:real: extraction and event grouping scored on real published reports (bench/real/,
// docs/extraction.md "Measured on real news"). The texts are not in the repository: they are
// read from ~/.cache/habeas-real/texts/<id>.txt (HABEAS_REAL_CACHE overrides the folder; the
// README says how to rebuild it). HABEAS_REAL_SPLIT: dev (default), test or all. Two modes:
// texts with their url only, as a new user feeds them, and with the publication date too.
// When bench/real/detentions.jsonl exists, the `detentions` of the same extractor are scored on
// its reports too (bench/real/detention-bench.ts). One JSON line per figure on stdout; Markdown
// tables on stderr.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportInput } from '../src/app/ingest/ingest-report.ts';
import { type ExtractResult, extractReport } from '../src/core/extract/index.ts';
import {
  type Annotation,
  annotationSchema,
  articleText,
  eventSchema,
  givenDate,
  halfFromEnv,
  idsFromEnv,
  inSplit,
  mainEvent,
  parseJsonl,
  realCacheDir,
  type Split,
} from './real/annotations.ts';
import { runDetentions } from './real/detention-bench.ts';
import {
  breakdownFigures,
  breakdownTable,
  extractionFigures,
  type Figure,
  groupingFigures,
  overallTable,
} from './real/figures.ts';
import { groupReports, shuffledGrouping } from './real/grouping.ts';
import { bcubed, scoreReport, summarise } from './real/score.ts';

const HERE = join(import.meta.dirname, 'real');
const CACHE = realCacheDir();

function splitFromEnv(): Split {
  const v = process.env.HABEAS_REAL_SPLIT?.trim() || 'dev';
  if (v === 'dev' || v === 'test' || v === 'all') return v;
  console.error(`HABEAS_REAL_SPLIT: expected dev, test or all, got '${v}'`);
  process.exit(2);
}

function load<T>(file: string, schema: Parameters<typeof parseJsonl<T>>[1]): T[] {
  const { items, problems } = parseJsonl(readFileSync(join(HERE, file), 'utf8'), schema, file);
  if (problems.length) {
    console.error(`bench/real/${file} has lines that do not fit its schema:`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(2);
  }
  return items;
}

const split = splitFromEnv();
const emit = (f: Figure, extra: Record<string, unknown> = {}) =>
  console.log(
    JSON.stringify({
      bench: 'real',
      split,
      ...extra,
      ...f.scope,
      figure: f.figure,
      value: f.value,
      n: f.n,
    }),
  );

const chosenIds = idsFromEnv();
const chosenHalf = halfFromEnv();
const annotations = load('annotations.jsonl', annotationSchema).filter(
  (a) => inSplit(a, split) && chosenIds(a.id) && chosenHalf(mainEvent(a) ?? a.id),
);
const events = load('events.jsonl', eventSchema);

interface Report {
  a: Annotation;
  text: string;
}
const reports: Report[] = [];
const missing: string[] = [];
for (const a of annotations) {
  const file = join(CACHE, `${a.id}.txt`);
  if (existsSync(file)) reports.push({ a, text: articleText(readFileSync(file, 'utf8')) });
  else missing.push(`${a.id}.txt`);
}

if (missing.length) {
  console.error(
    `bench:real: ${missing.length} of ${annotations.length} report texts of the '${split}' split are missing from ${CACHE}:\n  ${missing.join(' ')}\n` +
      'The texts are third-party and never committed; bench/real/README.md ("Cache") says how to rebuild the cache from the annotations.',
  );
}
console.log(
  JSON.stringify({ bench: 'real', split, figure: 'missing_texts', value: missing.length }),
);

function input(r: Report, dates: boolean): ReportInput & { text: string } {
  const publishedAt = dates ? givenDate(r.a) : undefined;
  return { text: r.text, url: r.a.url, ...(publishedAt ? { publishedAt } : {}) };
}

function safeExtract(id: string, report: ReportInput & { text: string }): ExtractResult | Error {
  try {
    return extractReport(report);
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    console.error(`bench:real: extractReport threw on ${id}: ${error.stack ?? error.message}`);
    return error;
  }
}

function extract(r: Report, dates: boolean): ExtractResult | Error {
  return safeExtract(r.a.id, input(r, dates));
}

function goldEvents(): Map<string, string> {
  const gold = new Map<string, string>();
  for (const r of reports) {
    const event = mainEvent(r.a);
    if (event) gold.set(r.a.id, event);
  }
  return gold;
}

async function grouping(dates: boolean): Promise<Figure[]> {
  const items = reports.map((r) => ({ id: r.a.id, input: input(r, dates) }));
  let grouped: Awaited<ReturnType<typeof groupReports>>;
  try {
    grouped = await groupReports(items);
  } catch (e) {
    // A bug in ingest is a finding, not the end of the run: the extraction figures still count.
    console.error(`bench:real: ingest failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
    return [{ figure: 'grouping_crashes', value: 1, n: reports.length }];
  }
  const gold = goldEvents();
  const predicted = new Map([...grouped.mainEventOf].filter(([id]) => gold.has(id)));
  const annotated = new Set(gold.values());
  const known = new Set(events.map((e) => e.event));
  for (const e of annotated)
    if (!known.has(e)) console.error(`bench:real: event ${e} is not in events.jsonl`);
  for (const p of grouped.problems)
    console.error(`bench:real: ingest refused ${p.origin}: ${p.message}`);
  return [
    ...groupingFigures({
      bcubed: bcubed(predicted, gold),
      reports: gold.size,
      eventsMade: grouped.eventsMade,
      // Reports with no main event each count as one event of their own, as B-cubed treats them.
      eventsMadeMain: new Set([...gold.keys()].map((id) => predicted.get(id) ?? `alone:${id}`))
        .size,
      eventsAnnotated: annotated.size,
      withoutEvent: gold.size - predicted.size,
      ingestProblems: grouped.problems.length,
    }),
    ...(await shuffledGrouping(items, gold)),
  ];
}

// The release set: extraction and grouping, both modes, and its tables.
async function releases(): Promise<void> {
  const modes = [false, true].map((dates) => ({
    dates,
    overall: [] as Figure[],
    breakdown: [] as Figure[],
  }));
  for (const mode of modes) {
    const t0 = performance.now();
    const scores = reports.map((r) => scoreReport(r.a, r.text, extract(r, mode.dates)));
    mode.overall = [...extractionFigures(summarise(scores)), ...(await grouping(mode.dates))];
    mode.breakdown = breakdownFigures(scores);
    mode.overall.push({
      figure: 'seconds',
      value: Math.round((performance.now() - t0) / 100) / 10,
      n: reports.length,
    });
    for (const f of [...mode.overall, ...mode.breakdown]) emit(f, { dates: mode.dates });
  }

  const [without, withDates] = modes as [(typeof modes)[0], (typeof modes)[0]];
  const dated = reports.filter((r) => givenDate(r.a)).length;
  console.error(
    [
      `\nbench:real, split ${split}: ${reports.length} reports (${dated} with a publication date to give)${missing.length ? `, ${missing.length} texts missing` : ''}\n`,
      overallTable(without.overall, withDates.overall),
      '\nPer language\n',
      breakdownTable('language', without.breakdown, withDates.breakdown),
      '\nPer failure kind (a report counts under each of its kinds)\n',
      breakdownTable('kind', without.breakdown, withDates.breakdown),
      '',
    ].join('\n'),
  );
}

if (reports.length === 0)
  console.error('bench:real: no text of the release set, releases not scored.');
else await releases();
const detentionsScored = runDetentions({
  here: HERE,
  cache: CACHE,
  split,
  extract: safeExtract,
  emit,
});
if (reports.length === 0 && !detentionsScored) {
  console.error('bench:real: no report text at all, nothing to score.');
  process.exit(1);
}
