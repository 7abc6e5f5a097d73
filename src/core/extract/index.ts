// extractReport: one news report -> the releases it describes, with exact evidence.
// Pure and deterministic; see docs/extraction.md for the rules.
import { ARCHIVE_CAPTION, analyseSentence, startsSeries } from './analyse.ts';
import { buildReleases, freedIn, remainingCounts, settle } from './build-releases.ts';
import type { ExtractInput, ExtractResult } from './contract.ts';
import { datelineOf, type FoundDate, isValidIsoDate, newestYear, writesDayFirst } from './dates.ts';
import { detentionAnchorOf } from './detention-anchor.ts';
import type { AnchorSource } from './detention-trace.ts';
import { findDetentions } from './detentions.ts';
import { settleGoals } from './goal-settle.ts';
import { groupSentences } from './group.ts';
import { guessLanguage, reportLexicon } from './language.ts';
import type { Lexicon } from './lexicons/index.ts';
import { completeMediatorNames } from './mediator-full-names.ts';
import { monthYears } from './month-years.ts';
import { countWithOthers } from './others-count.ts';
import type { PersonMention } from './people.ts';
import { releaseCountry } from './release-country.ts';
import type { ReleasePath } from './released-people.ts';
import { type Sentence, splitSentences } from './text.ts';

export type * from './contract.ts';
export { detectLanguage } from './language.ts';
export { normaliseForHash } from './normalise-text.ts';
export { refines } from './release-count.ts';
export { releaseCountry } from './release-country.ts';

export const EXTRACTOR = { name: 'habeas-rules', version: '1.0.0' };

/** How far into a report its dateline may be (after a headline and a byline). */
const DATELINE_CHARS = 300;

function problemsFor(input: ExtractInput): string[] {
  const problems: string[] = [];
  if (!input.text.trim()) problems.push('empty text');
  if (input.publishedAt !== undefined && !isValidIsoDate(input.publishedAt)) {
    problems.push(`publishedAt is not a YYYY-MM-DD date: ${JSON.stringify(input.publishedAt)}`);
  }
  return problems;
}

/** A story date, read within its own line of the opening (a headline ends before a dateline). */
function storyInLine(open: string, d: FoundDate, lx: Lexicon): boolean {
  const from = open.lastIndexOf('\n', d.start - 1) + 1;
  return startsSeries(open.slice(from), { ...d, start: d.start - from, end: d.end - from }, lx);
}

/** The report's first DATELINE_CHARS, without the caption of an archive photo. */
function opening(sentences: Sentence[]): string {
  return sentences
    .filter((s) => s.start < DATELINE_CHARS && !ARCHIVE_CAPTION.test(s.text))
    .map((s) => s.text)
    .join('\n')
    .slice(0, DATELINE_CHARS);
}

/**
 * What the rules saw on the way, for the measuring scripts only (scripts/real-paths.ts,
 * scripts/real-detention-paths.ts): the path that freed each name (by personKey), every person
 * mention the sentences hold, and where the detentions' anchor date came from (null: none).
 * Detained items and their dates are tagged beside them (detention-trace.ts).
 */
export interface ExtractTrace {
  paths: Map<string, ReleasePath>;
  mentions: PersonMention[];
  detentionAnchor?: AnchorSource | null;
}

export function extractReport(input: ExtractInput, trace?: ExtractTrace): ExtractResult {
  const text = typeof input.text === 'string' ? input.text : '';
  const problems = problemsFor({ ...input, text });
  const published =
    input.publishedAt && isValidIsoDate(input.publishedAt) ? input.publishedAt : undefined;
  // The rules read the words of the report's language (and a few more: reportLexicon), not
  // of every language: each rule then tries a few hundred words, not thousands.
  const guess = input.language ? { language: input.language, close: [] } : guessLanguage(text);
  const language = guess.language;
  const lx = reportLexicon(text, language, guess.close);
  const country = releaseCountry(text, input.title, lx);
  // No published date: a dateline in the opening anchors 'on Wednesday' and '11 September'.
  // (The newest year a report names was tried as well and is not one: on the real-news set it
  // is as often a background year, 2022 for a February 2025 release, and a wrong year splits
  // an event where no date joins it.)
  const sentences = splitSentences(text, lx);
  const open = opening(sentences);
  // Not a date of the story ('detenidas tras los comicios del 28 de julio de 2024').
  const story = (d: FoundDate) => !storyInLine(open, d, lx);
  const anchor = published ?? datelineOf(open, story, lx) ?? undefined;
  const facts = sentences.map((s) => analyseSentence(text, s, anchor, country, language, lx));
  const anyRelease = facts.some((f) => f.release);
  if (trace) trace.mentions.push(...facts.flatMap((f) => f.people));
  const freedAt = new Map<string, number>();
  const releases = settle(
    buildReleases(
      facts,
      groupSentences(facts, anchor),
      text,
      country,
      language,
      lx,
      freedAt,
      trace?.paths,
    ),
    anyRelease,
  );
  completeMediatorNames(releases, facts, text);
  settleGoals(releases, facts, lx);
  countWithOthers(
    releases.find((r) => r.role === 'main'),
    facts,
    text,
  );
  if (!anyRelease) problems.push('no release described in the text');
  if (!published && anyRelease && !releases[0]?.date) {
    problems.push('release date unknown (no published date to resolve relative dates)');
  }
  // A dateline in digits, or a page's stamp further on, anchors detentions only: the release
  // rules were tuned without.
  const dayFirst = writesDayFirst(language);
  const detentionAnchor = detentionAnchorOf({
    text,
    url: input.url,
    sentences,
    published,
    story: (o) => (d) => !storyInLine(o, d, lx),
    archive: ARCHIVE_CAPTION,
    lx,
    dayFirst,
  });
  if (trace) trace.detentionAnchor = detentionAnchor?.source ?? null;
  return {
    report: {
      url: input.url ?? null,
      title: input.title ?? null,
      publishedAt: published ?? null,
      language,
    },
    releases,
    detentions: findDetentions({
      facts,
      text,
      anchor: detentionAnchor?.value,
      country,
      language,
      lx,
      released: freedIn(releases, freedAt),
      ...(detentionAnchor
        ? {}
        : {
            newestYear: newestYear(text),
            yearOf: monthYears(text, lx, dayFirst),
          }),
    }),
    remainingCounts: remainingCounts(facts, text, country),
    problems,
  };
}
