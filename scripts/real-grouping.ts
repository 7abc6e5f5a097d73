// Lists how ingest grouped the real-news set (bench/real/) against the annotated events: each
// annotated event split over several made events, and each made event that joins reports of
// several annotated events, with what extraction read from each report (country, date,
// count, named people). Facts only, never the reports' sentences. Usage:
//   npx tsx scripts/real-grouping.ts [--split dev|test|all] [--dates] [--shuffle SEED]
// --shuffle feeds the reports in bench:real's shuffled order of that seed (bench/real/shuffle.ts).
// HABEAS_REAL_HALF=a|b keeps one half, as bench:real and real:errors read it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type Annotation,
  annotationSchema,
  articleText,
  givenDate,
  halfFromEnv,
  inSplit,
  mainEvent,
  parseJsonl,
  realCacheDir,
  type Split,
} from '../bench/real/annotations.ts';
import { groupReports } from '../bench/real/grouping.ts';
import { shuffled } from '../bench/real/shuffle.ts';
import { extractReport } from '../src/core/extract/index.ts';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    dates: { type: 'boolean' },
    shuffle: { type: 'string' },
  },
});
const split = values.split as Split;
if (!['dev', 'test', 'all'].includes(split))
  throw new Error(`--split: dev, test or all, not ${split}`);
const half = halfFromEnv();
const here = join(import.meta.dirname, '../bench/real');
const cache = realCacheDir();

const reports: Array<{
  a: Annotation;
  input: { text: string; url: string; publishedAt?: string };
}> = [];
const file = readFileSync(join(here, 'annotations.jsonl'), 'utf8');
for (const a of parseJsonl(file, annotationSchema, 'annotations.jsonl').items) {
  if (!inSplit(a, split) || !half(mainEvent(a) ?? a.id)) continue;
  const path = join(cache, `${a.id}.txt`);
  if (!existsSync(path)) continue;
  const publishedAt = values.dates ? givenDate(a) : undefined;
  const text = articleText(readFileSync(path, 'utf8'));
  reports.push({ a, input: { text, url: a.url, ...(publishedAt ? { publishedAt } : {}) } });
}

const inputs = reports.map((r) => ({ id: r.a.id, input: r.input }));
const seed = values.shuffle === undefined ? null : Number(values.shuffle);
if (seed !== null && !Number.isInteger(seed)) throw new Error('--shuffle: an integer seed');
const { mainEventOf } = await groupReports(seed === null ? inputs : shuffled(inputs, seed));

/** One line of what extraction read from a report's main release. */
function facts(r: (typeof reports)[number]): string {
  const got = extractReport(r.input);
  const main = got.releases.find((x) => x.role === 'main');
  if (!main) return `${r.a.id} ${r.a.language} no main release`;
  const date = main.date ? `${main.date.value}/${main.date.precision}` : '-';
  const names = main.released.map((p) => p.name);
  const shown = names.slice(0, 3).join('; ') + (names.length > 3 ? '; ...' : '');
  return `${r.a.id} ${r.a.language} ${main.country ?? '-'} ${date} n=${main.releasedCount?.value ?? '-'} named ${names.length}${names.length ? ` (${shown})` : ''}`;
}

/** The event ingest made the report the main report of (B-cubed counts none as its own). */
const madeOf = (r: (typeof reports)[number]) => mainEventOf.get(r.a.id) ?? `alone:${r.a.id}`;
const byGold = new Map<string, typeof reports>();
const byMade = new Map<string, typeof reports>();
for (const r of reports) {
  const gold = mainEvent(r.a);
  if (!gold) continue;
  byGold.set(gold, [...(byGold.get(gold) ?? []), r]);
  byMade.set(madeOf(r), [...(byMade.get(madeOf(r)) ?? []), r]);
}

let split_ = 0;
for (const [gold, rs] of byGold) {
  const made = [...new Set(rs.map(madeOf))];
  if (made.length < 2) continue;
  split_++;
  console.log(`\nSPLIT ${gold}: ${rs.length} reports in ${made.length} events`);
  for (const m of made) {
    console.log(`  ${m}`);
    for (const r of rs.filter((x) => madeOf(x) === m)) console.log(`    ${facts(r)}`);
  }
}
let joined = 0;
for (const [made, rs] of byMade) {
  const golds = [...new Set(rs.map((r) => mainEvent(r.a)))];
  if (golds.length < 2) continue;
  joined++;
  console.log(`\nJOINED ${made}: ${golds.join(', ')}`);
  for (const r of rs) console.log(`    ${mainEvent(r.a)}  ${facts(r)}`);
}
console.log(
  `\n${reports.length} reports, ${byGold.size} events: ${split_} split, ${joined} joined`,
);
