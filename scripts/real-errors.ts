// Lists, report by report, what extraction got wrong on the real-news set (bench/real/): the
// facts only (names, counts, countries, kinds), never the report's sentences, so its output may
// be pasted into notes. It reads the same cache as bench:real. Usage:
//   npx tsx scripts/real-errors.ts [--split dev|test|all] [--ids r0480-r0529] [--field F]...
// F: count, released, mediators, destinations, remaining, concessions, detentions (default all).
// A line per report and field that differs: `r0123 es released  missed: A; extra: B`.
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
import { detentionsOf } from '../bench/real/detention-score.ts';
import { detentionAnnotationSchema } from '../bench/real/detentions.ts';
import { foldName, matchPairs, sameGoBetween, sameName } from '../bench/real/score.ts';
import { type ExtractResult, extractReport } from '../src/core/extract/index.ts';

const FIELDS = [
  'count',
  'released',
  'mediators',
  'destinations',
  'remaining',
  'concessions',
  'detentions',
] as const;
type Field = (typeof FIELDS)[number];

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    ids: { type: 'string' },
    field: { type: 'string', multiple: true },
  },
});
const split = values.split as Split;
if (!['dev', 'test', 'all'].includes(split))
  throw new Error(`--split: dev, test or all, not ${split}`);
const fields = new Set<Field>((values.field as Field[] | undefined) ?? FIELDS);
for (const f of fields)
  if (!FIELDS.includes(f)) throw new Error(`--field: one of ${FIELDS.join(', ')}`);
const chosen = idsFromEnv(values.ids);
// HABEAS_REAL_HALF=a|b: one half of the split by event or case, as bench:real reads it.
const half = halfFromEnv();
// `| head` closing the pipe is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const here = join(import.meta.dirname, '../bench/real');
const cache = realCacheDir();

function textOf(id: string): string | null {
  const file = join(cache, `${id}.txt`);
  return existsSync(file) ? articleText(readFileSync(file, 'utf8')) : null;
}

/** Names on both sides paired through the name engine, as the scorer pairs them. */
function nameDiff(got: string[], gold: string[][], same = sameName): string {
  const pairs = matchPairs(got, gold, (p, g) => same(p, g));
  const gotPaired = new Set(pairs.map(([p]) => p));
  const goldPaired = new Set(pairs.map(([, g]) => g));
  const missed = gold.filter((_, j) => !goldPaired.has(j)).map((g) => g[0]);
  const extra = got.filter((_, i) => !gotPaired.has(i));
  return missed.length + extra.length === 0
    ? ''
    : `missed: ${missed.join('; ') || '-'}; extra: ${extra.join('; ') || '-'}`;
}

function keyDiff(got: string[], gold: string[]): string {
  const left = [...gold];
  const extra: string[] = [];
  for (const k of got) {
    const i = left.indexOf(k);
    if (i >= 0) left.splice(i, 1);
    else extra.push(k);
  }
  return left.length + extra.length === 0
    ? ''
    : `missed: ${left.join('; ') || '-'}; extra: ${extra.join('; ') || '-'}`;
}

function say(id: string, language: string, field: Field, diff: string): void {
  if (diff && fields.has(field)) console.log(`${id} ${language} ${field.padEnd(12)} ${diff}`);
}

const releaseFile = readFileSync(join(here, 'annotations.jsonl'), 'utf8');
for (const a of parseJsonl(releaseFile, annotationSchema, 'annotations.jsonl').items) {
  if (!inSplit(a, split) || !chosen(a.id) || !half(mainEvent(a) ?? a.id)) continue;
  const text = textOf(a.id);
  if (text === null) continue;
  const got: ExtractResult = extractReport({ text, url: a.url });
  const main = got.releases.find((r) => r.role === 'main');
  const count = main?.releasedCount?.value ?? null;
  const want = a.releasedCount?.value ?? null;
  say(a.id, a.language, 'count', count === want ? '' : `got ${count ?? '-'}, want ${want ?? '-'}`);
  const released = main?.released.map((p) => p.name) ?? [];
  say(
    a.id,
    a.language,
    'released',
    nameDiff(
      released,
      a.released.map((g) => [g.name, g.canonical]),
    ),
  );
  const mediators = main?.mediators.map((m) => m.name) ?? [];
  say(
    a.id,
    a.language,
    'mediators',
    nameDiff(
      mediators,
      a.mediators.map((m) => [m.name]),
      sameGoBetween,
    ),
  );
  const dest = [...new Set(main?.destinations.map((d) => d.country) ?? [])];
  say(
    a.id,
    a.language,
    'destinations',
    keyDiff(dest, [...new Set(a.destinations.map((d) => d.country))]),
  );
  const rem = got.remainingCounts.map((r) => `${r.value}|${r.country}`);
  say(
    a.id,
    a.language,
    'remaining',
    keyDiff(
      rem,
      a.remaining.map((r) => `${r.value}|${r.country}`),
    ),
  );
  const conc = main?.concessions.map((c) => c.kind) ?? [];
  say(
    a.id,
    a.language,
    'concessions',
    keyDiff(
      conc,
      a.concessions.map((c) => c.kind),
    ),
  );
}

const detentionFile = readFileSync(join(here, 'detentions.jsonl'), 'utf8');
for (const a of parseJsonl(detentionFile, detentionAnnotationSchema, 'detentions.jsonl').items) {
  if (
    !fields.has('detentions') ||
    !(split === 'all' || a.split === split) ||
    !chosen(a.id) ||
    !half(a.case)
  )
    continue;
  const text = textOf(a.id);
  if (text === null) continue;
  const got = detentionsOf(extractReport({ text, url: a.url })).filter((d) => d.role === 'main');
  const gold = a.items.filter((i) => i.role === 'main');
  const label = (kind: string, name: string | null | undefined, date?: string | null) =>
    `${kind}${name ? `:${name}` : ''}${date ? `@${date}` : ''}`;
  const gotNamed = got.filter((d) => d.person?.name);
  const goldNamed = gold.filter((g) => g.name);
  const spellings = (g: (typeof goldNamed)[number]) => [
    g.name!,
    ...(g.canonical ? [g.canonical] : []),
  ];
  // As bench:real pairs them: an extracted name tries the annotated one written as it is first.
  const pairs = matchPairs(
    gotNamed,
    goldNamed,
    (p, g) => sameName(p.person!.name, spellings(g)),
    (p, g) => spellings(g).some((n) => foldName(n) === foldName(p.person!.name)),
  );
  const out: string[] = [];
  for (const [p, g] of pairs) {
    const d = gotNamed[p]!;
    const w = goldNamed[g]!;
    const dateGot = d.date?.value ?? null;
    const dateWant = w.date?.value ?? null;
    if (d.kind !== w.kind || dateGot !== dateWant)
      out.push(
        `${w.name}: got ${label(d.kind, null, dateGot)} want ${label(w.kind, null, dateWant)}`,
      );
  }
  const gp = new Set(pairs.map(([p]) => p));
  const wp = new Set(pairs.map(([, g]) => g));
  const missed = goldNamed.filter((_, j) => !wp.has(j)).map((g) => label(g.kind, g.name));
  const extra = gotNamed.filter((_, i) => !gp.has(i)).map((d) => label(d.kind, d.person?.name));
  if (missed.length) out.push(`missed: ${missed.join('; ')}`);
  if (extra.length) out.push(`extra: ${extra.join('; ')}`);
  const aggGot = got.filter((d) => !d.person && typeof d.count?.value === 'number');
  const aggWant = gold.filter((g) => !g.name && g.count);
  const aggDiff = keyDiff(
    aggGot.map((d) => `${d.kind}:${d.count!.value}`),
    aggWant.map((g) => `${g.kind}:${g.count!.value}`),
  );
  if (aggDiff) out.push(`aggregates ${aggDiff}`);
  if (out.length) console.log(`${a.id} ${a.language} detentions   ${out.join(' | ')}`);
}
