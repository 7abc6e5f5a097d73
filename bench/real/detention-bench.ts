// bench:real's detentions part (bench/real.bench.ts calls it): reads bench/real/detentions.jsonl
// and the cached texts, runs the extractor without and with publication dates, prints one JSON
// line per figure and the tables. Skipped, with a word, when the annotation file is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  articleText,
  givenDate,
  halfFromEnv,
  idsFromEnv,
  parseJsonl,
  type Split,
} from './annotations.ts';
import {
  type DetentionScope,
  detentionBreakdown,
  detentionBreakdownTable,
  detentionFigures,
  detentionOverallTable,
} from './detention-figures.ts';
import { scoreDetentions, summariseDetentions } from './detention-score.ts';
import {
  type DetentionAnnotation,
  detentionAnnotationSchema,
  splitCaseProblems,
  verbatimProblems,
} from './detentions.ts';
import type { Figure } from './figures.ts';

export interface DetentionRun {
  here: string;
  cache: string;
  split: Split;
  /** The extractor on one report; an Error when it threw. */
  extract: (id: string, input: { text: string; url: string; publishedAt?: string }) => unknown;
  emit: (f: Figure, extra: Record<string, unknown>) => void;
}

/** Runs the detentions part; false when there was nothing to score (no file or no text). */
export function runDetentions(run: DetentionRun): boolean {
  const file = join(run.here, 'detentions.jsonl');
  if (!existsSync(file)) {
    console.error('bench:real: bench/real/detentions.jsonl is absent, detentions not scored.');
    return false;
  }
  const { items, problems } = parseJsonl(
    readFileSync(file, 'utf8'),
    detentionAnnotationSchema,
    file,
  );
  for (const p of [...problems, ...splitCaseProblems(items)]) console.error(`bench:real: ${p}`);
  const ids = idsFromEnv();
  const half = halfFromEnv();
  const chosen = items.filter(
    (a) => (run.split === 'all' || a.split === run.split) && ids(a.id) && half(a.case),
  );
  const reports: { a: DetentionAnnotation; text: string }[] = [];
  const missing: string[] = [];
  for (const a of chosen) {
    const path = join(run.cache, `${a.id}.txt`);
    if (!existsSync(path)) missing.push(`${a.id}.txt`);
    else reports.push({ a, text: articleText(readFileSync(path, 'utf8')) });
  }
  if (missing.length)
    console.error(
      `bench:real: ${missing.length} of ${chosen.length} detention report texts are missing from ${run.cache}:\n  ${missing.join(' ')}\n` +
        'bench/real/README.md ("Cache") says how to rebuild them from url and query.',
    );
  run.emit({ figure: 'detention_missing_texts', value: missing.length, n: chosen.length }, {});
  // An annotation that quotes words the text lacks is wrong or its text is not the one annotated.
  for (const r of reports)
    for (const p of verbatimProblems(r.a, r.text)) console.error(`bench:real: ${p}`);
  if (reports.length === 0) return false;
  const modes = [false, true].map((dates) => {
    const scores = reports.map(({ a, text }) => {
      const publishedAt = dates ? givenDate({ publishedAt: a.publishedAt }) : undefined;
      const input = { text, url: a.url, ...(publishedAt ? { publishedAt } : {}) };
      return scoreDetentions(a, text, run.extract(a.id, input));
    });
    const overall = detentionFigures(summariseDetentions(scores));
    const breakdown = detentionBreakdown(scores);
    for (const f of [...overall, ...breakdown]) run.emit(f, { dates });
    return { overall, breakdown };
  });
  const [without, withDates] = modes as [(typeof modes)[0], (typeof modes)[0]];
  const scopes: [DetentionScope, string][] = [
    ['split', 'Per split'],
    ['language', 'Per language'],
    ['kind', 'Per kind tag (a report counts under each of its tags)'],
  ];
  console.error(
    [
      `\nbench:real detentions, split ${run.split}: ${reports.length} reports\n`,
      detentionOverallTable(without.overall, withDates.overall),
      ...scopes.flatMap(([scope, title]) => [
        `\n${title}\n`,
        detentionBreakdownTable(scope, without.breakdown, withDates.breakdown),
      ]),
      '',
    ].join('\n'),
  );
  return true;
}
