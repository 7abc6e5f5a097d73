// bench:real's detention figures: from scores to JSON lines and Markdown tables, as figures.ts
// does for releases. Pure.
import {
  type DetentionScore,
  type DetentionSummary,
  type Ratio,
  summariseDetentions,
} from './detention-score.ts';
import { type Figure, markdown } from './figures.ts';
import { f1, precision, recall } from './score.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;
// Nothing to score is shown as n 0; the value 1 then means "no error", not a measured 1.
const share = (r: Ratio) => (r.total === 0 ? 1 : r.right / r.total);

/** The overall detention figures of one mode. */
export function detentionFigures(s: DetentionSummary): Figure[] {
  const c = s.persons;
  return [
    { figure: 'detention_reports', value: s.reports, n: s.reports },
    { figure: 'detention_persons_precision', value: round(precision(c)), n: c.predicted },
    { figure: 'detention_persons_recall', value: round(recall(c)), n: c.gold },
    { figure: 'detention_persons_f1', value: round(f1(c)), n: c.gold + c.predicted },
    {
      figure: 'detention_status_f1',
      value: round(f1(s.status)),
      n: s.status.gold + s.status.predicted,
    },
    { figure: 'detention_kind_accuracy', value: round(share(s.kindRight)), n: s.kindRight.total },
    { figure: 'detention_term_exact', value: round(share(s.termExact)), n: s.termExact.total },
    {
      figure: 'detention_date_within_precision',
      value: round(share(s.dateRight)),
      n: s.dateRight.total,
    },
    {
      figure: 'detention_aggregate_count_accuracy',
      value: round(recall(s.aggregates)),
      n: s.aggregates.gold,
    },
    {
      figure: 'detention_aggregate_precision',
      value: round(precision(s.aggregates)),
      n: s.aggregates.predicted,
    },
    {
      figure: 'detention_evidence_exact',
      value: round(share({ right: s.evidence.exact, total: s.evidence.total })),
      n: s.evidence.total,
    },
    { figure: 'detention_crashes', value: s.crashes, n: s.reports },
  ];
}

const BREAKDOWN = [
  'detention_reports',
  'detention_persons_f1',
  'detention_kind_accuracy',
  'detention_term_exact',
  'detention_date_within_precision',
  'detention_aggregate_count_accuracy',
];

export type DetentionScope = 'split' | 'language' | 'kind';

/** Scores grouped by a key, largest group first; a report with several kind tags is in each. */
function group(scores: DetentionScore[], keys: (r: DetentionScore) => string[]) {
  const out = new Map<string, DetentionScore[]>();
  for (const r of scores) for (const k of keys(r)) out.set(k, [...(out.get(k) ?? []), r]);
  return [...out].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]));
}

/** The main detention figures per split, per language and per kind tag of the annotation. */
export function detentionBreakdown(scores: DetentionScore[]): Figure[] {
  const keys: Record<DetentionScope, (r: DetentionScore) => string[]> = {
    split: (r) => [r.split],
    language: (r) => [r.language],
    kind: (r) => r.kinds,
  };
  return (Object.keys(keys) as DetentionScope[]).flatMap((name) =>
    group(scores, keys[name]).flatMap(([k, g]) =>
      detentionFigures(summariseDetentions(g))
        .filter((f) => BREAKDOWN.includes(f.figure))
        .map((f) => ({ ...f, scope: { [name]: k } })),
    ),
  );
}

const show = (f: Figure | undefined) =>
  f === undefined
    ? ''
    : f.n === 0
      ? '–'
      : Number.isInteger(f.value)
        ? String(f.value)
        : f.value.toFixed(3);

/** The overall table: one row a figure, one column a mode; a dash where nothing was scored. */
export function detentionOverallTable(without: Figure[], withDates: Figure[]): string {
  const other = new Map(withDates.map((f) => [f.figure, f]));
  return markdown(
    ['figure', 'without dates', 'with dates', 'n'],
    without.map((f) => [f.figure, show(f), show(other.get(f.figure)), String(f.n)]),
  );
}

/**
 * One row a split, language or kind tag; dates are shown in both modes (the others do not
 * depend on the publication date given, apart from noise). A dash: nothing to score.
 */
export function detentionBreakdownTable(
  name: DetentionScope,
  without: Figure[],
  withDates: Figure[],
): string {
  const find = (fs: Figure[], figure: string, k: string) =>
    fs.find((f) => f.figure === figure && f.scope?.[name] === k);
  const head = [
    name,
    'reports',
    'person F1',
    'kind acc.',
    'term exact',
    'date',
    'date (dates)',
    'count acc.',
  ];
  const rows = without
    .filter((f) => f.figure === 'detention_reports' && f.scope?.[name])
    .map((r) => {
      const k = r.scope![name]!;
      return [
        k,
        String(r.value),
        show(find(without, 'detention_persons_f1', k)),
        show(find(without, 'detention_kind_accuracy', k)),
        show(find(without, 'detention_term_exact', k)),
        show(find(without, 'detention_date_within_precision', k)),
        show(find(withDates, 'detention_date_within_precision', k)),
        show(find(without, 'detention_aggregate_count_accuracy', k)),
      ];
    });
  return markdown(head, rows);
}
