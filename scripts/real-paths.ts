// Issue 13, rel47: which paths to "freed" (released-people.ts, ReleasePath) give right names on
// the real-news set. For a split (and HABEAS_REAL_HALF / HABEAS_REAL_IDS, as bench:real reads
// them): per path and language group, the names the main release got by that path, how many the
// annotation lists (paired as bench/real/score.ts pairs them) and the precision; then the
// annotated names nobody found, by why: no mention of them at all (people detection missed
// them), a mention in another role (actor, speaker...), a candidate no path freed, or a pick that
// went to a background release. Counts only, never the report's words. Usage:
//   npx tsx scripts/real-paths.ts [--split dev|test|all] [--ids r0960-r1049] [--by group|language]
//     [--json]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  annotationSchema,
  articleText,
  halfFromEnv,
  idsFromEnv,
  inSplit,
  mainEvent,
  parseJsonl,
  realCacheDir,
  type Split,
} from '../bench/real/annotations.ts';
import { f1, matchPairs, sameName } from '../bench/real/score.ts';
import { type ExtractTrace, extractReport } from '../src/core/extract/index.ts';
import { personKey } from '../src/core/extract/released-people.ts';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: process.env.HABEAS_REAL_SPLIT?.trim() || 'dev' },
    ids: { type: 'string' },
    by: { type: 'string', default: 'group' },
    json: { type: 'boolean', default: false },
  },
});
const split = values.split as Split;
if (!['dev', 'test', 'all'].includes(split))
  throw new Error(`--split: dev, test or all, not ${split}`);
const chosen = idsFromEnv(values.ids);
// `| head -1` (the named figure alone, as for the test split) closing the pipe is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const half = halfFromEnv();

// Scripts without capitals, where people.ts cannot lean on case (caseless-people.ts reads them).
const CASELESS = new Set(['ar', 'fa', 'ur', 'ps', 'zh', 'ja', 'ko', 'th', 'ka', 'bn', 'hi', 'he']);
const CYRILLIC = new Set(['ru', 'uk', 'be', 'bg', 'mk', 'kk', 'ky', 'tg', 'mn']);
function groupOf(language: string): string {
  if (values.by === 'language') return language;
  return CASELESS.has(language) ? 'caseless' : CYRILLIC.has(language) ? 'cyrillic' : 'latin';
}

interface Cell {
  given: number;
  right: number;
}
const cells = new Map<string, Cell>();
const cell = (path: string, group: string) => {
  const key = `${path}\t${group}`;
  let c = cells.get(key);
  if (!c) {
    c = { given: 0, right: 0 };
    cells.set(key, c);
  }
  return c;
};
const misses = new Map<string, number>();
const miss = (why: string, group: string) => {
  for (const k of [`${why}\t${group}`, `${why}\tall`]) misses.set(k, (misses.get(k) ?? 0) + 1);
};
const total = { matched: 0, predicted: 0, gold: 0 };
let reports = 0;

const here = join(import.meta.dirname, '../bench/real');
const cache = realCacheDir();
const file = readFileSync(join(here, 'annotations.jsonl'), 'utf8');
for (const a of parseJsonl(file, annotationSchema, 'annotations.jsonl').items) {
  if (!inSplit(a, split) || !chosen(a.id) || !half(mainEvent(a) ?? a.id)) continue;
  const path = join(cache, `${a.id}.txt`);
  if (!existsSync(path)) continue;
  reports++;
  const text = articleText(readFileSync(path, 'utf8'));
  const trace: ExtractTrace = { paths: new Map(), mentions: [] };
  const got = extractReport({ text, url: a.url }, trace);
  const main = got.releases.find((r) => r.role === 'main');
  const names = main?.released.map((p) => p.name) ?? [];
  const gold = a.released.map((g) => [g.name, g.canonical]);
  const pairs = matchPairs(names, gold, (p, g) => sameName(p, g));
  const right = new Set(pairs.map(([p]) => p));
  const group = groupOf(a.language);
  total.matched += pairs.length;
  total.predicted += names.length;
  total.gold += gold.length;
  names.forEach((n, i) => {
    const via = trace.paths.get(personKey(n)) ?? 'other';
    for (const c of [cell(via, group), cell(via, 'all'), cell('ALL', group), cell('ALL', 'all')]) {
      c.given++;
      if (right.has(i)) c.right++;
    }
  });
  const found = new Set(pairs.map(([, g]) => g));
  const elsewhere = got.releases.filter((r) => r !== main).flatMap((r) => r.released);
  gold.forEach((g, j) => {
    if (found.has(j)) return;
    const seen = trace.mentions.filter((m) => sameName(m.name, g));
    const why = elsewhere.some((p) => sameName(p.name, g))
      ? 'picked, background release'
      : seen.some((m) => m.role === 'candidate')
        ? 'candidate, not picked'
        : seen.length > 0
          ? `mention as ${[...new Set(seen.map((m) => m.role))].sort().join('/')}`
          : 'no mention (people missed it)';
    miss(why, group);
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const rows = [...cells.entries()]
  .map(([k, c]) => {
    const [path, group] = k.split('\t') as [string, string];
    return { path, group, given: c.given, right: c.right, precision: round(c.right / c.given) };
  })
  .sort((x, y) => x.path.localeCompare(y.path) || y.given - x.given);
const missRows = [...misses.entries()]
  .map(([k, n]) => {
    const [why, group] = k.split('\t') as [string, string];
    return { why, group, n };
  })
  .sort((x, y) => x.why.localeCompare(y.why) || y.n - x.n);
const named = {
  reports,
  matched: total.matched,
  predicted: total.predicted,
  gold: total.gold,
  precision: round(total.matched / Math.max(1, total.predicted)),
  recall: round(total.matched / Math.max(1, total.gold)),
  f1: round(f1(total)),
};
if (values.json) {
  console.log(JSON.stringify({ named, paths: rows, misses: missRows }));
} else {
  console.log(
    `named released: ${named.reports} reports, P ${named.precision} R ${named.recall} F1 ${named.f1} (${named.matched}/${named.predicted} right, ${named.gold} annotated)`,
  );
  console.log('\npath         group       given  right  precision');
  for (const r of rows)
    console.log(
      `${r.path.padEnd(12)} ${r.group.padEnd(10)} ${String(r.given).padStart(6)} ${String(r.right).padStart(6)}  ${r.precision.toFixed(3)}`,
    );
  console.log('\nannotated names not found        group       n');
  for (const m of missRows)
    console.log(`${m.why.padEnd(32)} ${m.group.padEnd(10)} ${String(m.n).padStart(3)}`);
}
