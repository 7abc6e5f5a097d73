import { Fragment } from 'react';

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Claims whose evidence covers this segment (spans may overlap). */
  ids: string[];
}

/** Cuts a text at every span boundary so overlapping evidence spans can all be shown. */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const ids = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    out.push({ start, end, text: text.slice(start, end), ids });
  }
  return out;
}

/**
 * A report's text with each evidence span marked and linked to its claim. The first segment of
 * each span carries the id `ev-<claim id>` so a claim can link back to its words.
 */
export function HighlightedText({
  text,
  spans,
  active,
  onSelect,
}: {
  text: string;
  spans: readonly Span[];
  active: string | null;
  onSelect: (id: string) => void;
}) {
  const starts = new Map<number, string[]>();
  for (const s of spans) starts.set(s.start, [...(starts.get(s.start) ?? []), s.id]);
  return (
    <div className="report-text">
      {segments(text, spans).map((seg) =>
        seg.ids.length === 0 ? (
          <Fragment key={seg.start}>{seg.text}</Fragment>
        ) : (
          <mark
            key={seg.start}
            id={starts.get(seg.start)?.map((id) => `ev-${id}`)[0]}
            className={active && seg.ids.includes(active) ? 'active' : undefined}
            data-claims={seg.ids.join(' ')}
          >
            <a
              href={`#claim-${seg.ids[0]}`}
              onClick={(e) => {
                e.preventDefault();
                onSelect(seg.ids[0]!);
                document
                  .getElementById(`claim-${seg.ids[0]}`)
                  ?.scrollIntoView?.({ block: 'nearest' });
              }}
            >
              {seg.text}
            </a>
          </mark>
        ),
      )}
    </div>
  );
}
