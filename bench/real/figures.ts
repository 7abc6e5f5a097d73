// bench:real's figures: from scores to the JSON lines of stdout and the Markdown tables of
// stderr (the tables in docs/extraction.md are pasted from them). Pure.
import {
  type BCubed,
  f1,
  groupScores,
  precision,
  type ReportScore,
  recall,
  type Summary,
  summarise,
} from './score.ts';

export interface Figure {
  figure: string;
  value: number;
  n: number;
  /** Scope of a breakdown line: { language: 'ru' } or { kind: 'no_date' }. */
  scope?: Record<string, string>;
}

export interface Grouping {
  bcubed: BCubed;
  /** Reports in the clustering: those whose annotation names a main event. */
  reports: number;
  eventsMade: number;
  eventsMadeMain: number;
  /** Reports of the clustering that ingest gave no main event (each one alone in B-cubed). */
  withoutEvent: number;
  eventsAnnotated: number;
  ingestProblems: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

const PRF = ['released', 'concessions', 'mediators', 'destinations', 'remaining'] as const;

/** The overall figures of one mode's extraction. */
export function extractionFigures(s: Summary): Figure[] {
  const out: Figure[] = [
    { figure: 'reports', value: s.reports, n: s.reports },
    {
      figure: 'released_count_accuracy',
      value: round(ratio(s.countRight, s.reports)),
      n: s.reports,
    },
  ];
  for (const k of PRF) {
    const c = s[k];
    out.push({ figure: `${k}_precision`, value: round(precision(c)), n: c.predicted });
    out.push({ figure: `${k}_recall`, value: round(recall(c)), n: c.gold });
    out.push({ figure: `${k}_f1`, value: round(f1(c)), n: c.gold + c.predicted });
  }
  out.push({
    figure: 'evidence_exact',
    value: round(ratio(s.evidence.exact, s.evidence.total)),
    n: s.evidence.total,
  });
  out.push({ figure: 'crashes', value: s.crashes, n: s.reports });
  return out;
}

/** Count accuracy and named F1 per language and per failure kind. */
export function breakdownFigures(scores: ReportScore[]): Figure[] {
  const out: Figure[] = [];
  const by = (name: 'language' | 'kind', keys: (r: ReportScore) => string[]) => {
    for (const [key, group] of groupScores(scores, keys)) {
      const s = summarise(group);
      const scope = { [name]: key };
      out.push({ figure: 'reports', value: s.reports, n: s.reports, scope });
      out.push({
        figure: 'released_count_accuracy',
        value: round(ratio(s.countRight, s.reports)),
        n: s.reports,
        scope,
      });
      out.push({
        figure: 'released_f1',
        value: round(f1(s.released)),
        n: s.released.gold + s.released.predicted,
        scope,
      });
    }
  };
  by('language', (r) => [r.language]);
  by('kind', (r) => r.kinds);
  return out;
}

export function groupingFigures(g: Grouping): Figure[] {
  return [
    { figure: 'grouping_precision', value: round(g.bcubed.precision), n: g.reports },
    { figure: 'grouping_recall', value: round(g.bcubed.recall), n: g.reports },
    { figure: 'grouping_f1', value: round(g.bcubed.f1), n: g.reports },
    { figure: 'events_made', value: g.eventsMade, n: g.reports },
    { figure: 'events_made_main', value: g.eventsMadeMain, n: g.reports },
    { figure: 'events_annotated', value: g.eventsAnnotated, n: g.reports },
    { figure: 'reports_without_event', value: g.withoutEvent, n: g.reports },
    { figure: 'ingest_problems', value: g.ingestProblems, n: g.reports },
    // Ingest ran through; when it throws, bench:real prints grouping_crashes 1 alone.
    { figure: 'grouping_crashes', value: 0, n: g.reports },
  ];
}

/** A Markdown table: the first column left-aligned, the others right-aligned. */
export function markdown(head: string[], rows: string[][]): string {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join(' | ')} |`;
  const rule = `| ${width.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

const key = (f: Figure) => `${f.figure}|${JSON.stringify(f.scope ?? {})}`;
const show = (f: Figure | undefined) =>
  f === undefined ? '' : Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(3);

// No name annotated and none found: nothing to score, not a perfect score.
const showF1 = (f: Figure | undefined) => (f?.n === 0 ? '–' : show(f));

/** The overall table: one row a figure, one column a mode. */
export function overallTable(without: Figure[], withDates: Figure[]): string {
  const other = new Map(withDates.map((f) => [key(f), f]));
  return markdown(
    ['figure', 'without dates', 'with dates', 'n'],
    without.map((f) => [f.figure, show(f), show(other.get(key(f))), String(f.n)]),
  );
}

/** Per language or per kind: reports, count accuracy and named F1 in both modes. */
export function breakdownTable(
  name: 'language' | 'kind',
  without: Figure[],
  withDates: Figure[],
): string {
  const find = (fs: Figure[], figure: string, k: string) =>
    fs.find((f) => f.figure === figure && f.scope?.[name] === k);
  const keys = without.filter((f) => f.figure === 'reports' && f.scope?.[name]);
  return markdown(
    [name, 'reports', 'count acc.', 'count acc. (dates)', 'named F1', 'named F1 (dates)'],
    keys.map((r) => {
      const k = r.scope![name]!;
      return [
        k,
        show(r),
        show(find(without, 'released_count_accuracy', k)),
        show(find(withDates, 'released_count_accuracy', k)),
        showF1(find(without, 'released_f1', k)),
        showF1(find(withDates, 'released_f1', k)),
      ];
    }),
  );
}
