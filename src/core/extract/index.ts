// extractReport: one news report -> the releases it describes, with exact evidence.
// Pure and deterministic; see docs/extraction.md for the rules.
import { ARCHIVE_CAPTION, analyseSentence, type SentenceFacts, startsSeries } from './analyse.ts';
import type {
  Concession,
  Destination,
  ExtractedRelease,
  ExtractInput,
  ExtractResult,
  Mediator,
  RemainingCount,
} from './contract.ts';
import { datelineOf, type FoundDate, isValidIsoDate } from './dates.ts';
import { findDetentions } from './detentions.ts';
import { groupSentences, MAIN } from './group.ts';
import { guessLanguage, reportLexicon } from './language.ts';
import { cueRules } from './lexicon.ts';
import { ALL_LANGUAGES, type Lexicon, perLexicon } from './lexicons/index.ts';
import { completeMediatorNames } from './mediator-full-names.ts';
import { findLowerCasePlaces, findPlaces, RELEASING } from './places.ts';
import { bestCount, freedOverPardoned, refineCount } from './release-count.ts';
import { personKey, pickReleased } from './released-people.ts';
import { evidence, type Sentence, sentenceEvidence, splitSentences } from './text.ts';

export type * from './contract.ts';
export { detectLanguage } from './language.ts';
export { normaliseForHash } from './normalise-text.ts';
export { refines } from './release-count.ts';

export const EXTRACTOR = { name: 'habeas-rules', version: '1.0.0' };

/** How far into a report its dateline may be (after a headline and a byline). */
const DATELINE_CHARS = 300;

// A dateline says where the reporter filed from ('BANGKOK (AP) —', 'ANKARA —', 'RIYADH, Saudi
// Arabia:'), not who released anyone: its places are left out of the tally. Each word of
// capitals is taken whole ((?=(...))\1: a group the engine does not backtrack into) and the
// spaces between the parts are bounded: a line of 4,000 capital letters, which the engine had
// tried to split into three words every way, took 45 s (Cyrillic ones 5 min); now linear.
const DATELINE =
  /(?:^|\n|\))[ \t]{0,8}(?:(?=(\p{Lu}{2,}))\1[ \t.'-]{0,5}){1,3}(?:,[ \t]{0,5}[\p{L} ]{2,30})?[ \t]{0,5}(?:\([^)\n]{1,30}\)[ \t]{0,5})?(?::|[—–]|-(?=\s))/gu;

function datelineSpans(s: string): [number, number][] {
  return [...s.matchAll(DATELINE)].map((m) => [m.index, m.index + m[0].length]);
}

/** A release verb right after a place, at most one word between: the place is its subject. */
const freesAfter = perLexicon(
  (lx) => new RegExp(`^\\s*(?:[^\\s\\d]\\S*\\s+)?(?:${cueRules(lx).strongRelease.source})`, 'iu'),
);

/** The country that held the prisoners: the releasing country named most often. */
export function releaseCountry(
  text: string,
  title?: string,
  lx: Lexicon = ALL_LANGUAGES,
): string | null {
  const frees = freesAfter(lx);
  const tally = new Map<string, number>();
  const all = `${title ?? ''}\n${title ?? ''}\n${text}`;
  const datelines = datelineSpans(all);
  for (const p of findPlaces(all, true)) {
    if (datelines.some(([a, b]) => p.start >= a && p.start < b)) continue;
    if (!RELEASING.has(p.code)) continue;
    // The country that does the freeing ('Россия освободила', 'Belarus freed') outweighs the
    // venue and the broker of a swap, each named as often ('в Анкаре при посредничестве Турции').
    const weight = frees.test(all.slice(p.end, p.end + 40)) ? 3 : 1;
    tally.set(p.code, (tally.get(p.code) ?? 0) + weight);
  }
  // Only when nothing else names it: lower-case adjectives ('el Gobierno cubano').
  if (tally.size === 0)
    for (const p of findLowerCasePlaces(all)) tally.set(p.code, (tally.get(p.code) ?? 0) + 1);
  let best: string | null = null;
  let bestN = 0;
  for (const [code, n] of tally) {
    if (n > bestN) [best, bestN] = [code, n];
  }
  return best;
}

function emptyRelease(role: 'main' | 'background', country: string | null): ExtractedRelease {
  return {
    role,
    country,
    date: null,
    releasedCount: null,
    released: [],
    concessions: [],
    mediators: [],
    destinations: [],
  };
}

function pushUnique<T>(list: T[], item: T, key: (x: T) => string): void {
  if (!list.some((x) => key(x) === key(item))) list.push(item);
}

function fill(release: ExtractedRelease, f: SentenceFacts, text: string): void {
  const s = f.sentence;
  for (const c of f.concessions) {
    const ev = sentenceEvidence(text, s, c.start, c.end);
    const item: Concession = {
      kind: c.kind,
      grantedBy: c.grantedBy,
      target: c.target,
      description: ev.quote,
      evidence: ev,
    };
    // One prisoner exchange per release: a described side beats a bare 'prisoner swap'.
    const same = release.concessions.findIndex((x) => x.kind === 'prisoner_exchange');
    if (item.kind === 'prisoner_exchange' && same >= 0) {
      if (release.concessions[same]!.target === null && item.target !== null)
        release.concessions[same] = item;
      continue;
    }
    pushUnique(release.concessions, item, (x) => `${x.kind}|${x.target}`);
  }
  for (const m of f.mediators) {
    const item: Mediator = {
      name: m.name,
      role: m.role,
      evidence: sentenceEvidence(text, s, m.start, m.end),
    };
    pushUnique(release.mediators, item, (x) => x.name.toLowerCase());
  }
  for (const d of f.destinations) {
    const item: Destination = {
      country: d.country,
      evidence: sentenceEvidence(text, s, d.start, d.end),
    };
    pushUnique(release.destinations, item, (x) => x.country);
  }
}

/** The best count of a release: highest score (exact over vague, strong release verb), first wins. */
function remainingCounts(
  facts: SentenceFacts[],
  text: string,
  country: string | null,
): RemainingCount[] {
  const out: RemainingCount[] = [];
  for (const f of facts) {
    for (const r of f.remaining) {
      // Stretch the evidence to cover the attribution when it sits in the same sentence.
      let start = r.start;
      let end = r.end;
      const at = r.attributedTo ? f.sentence.text.indexOf(r.attributedTo) : -1;
      if (at >= 0) {
        start = Math.min(start, at);
        end = Math.max(end, at + r.attributedTo!.length);
      }
      const item: RemainingCount = {
        country,
        value: r.value,
        qualifier: r.qualifier,
        attributedTo: r.attributedTo,
        evidence: sentenceEvidence(text, f.sentence, start, end),
      };
      pushUnique(out, item, (x) => `${x.value}|${x.qualifier}`);
    }
  }
  return out;
}

function problemsFor(input: ExtractInput): string[] {
  const problems: string[] = [];
  if (!input.text.trim()) problems.push('empty text');
  if (input.publishedAt !== undefined && !isValidIsoDate(input.publishedAt)) {
    problems.push(`publishedAt is not a YYYY-MM-DD date: ${JSON.stringify(input.publishedAt)}`);
  }
  return problems;
}

/** Sentences into releases: one per group key, each filled from its own sentences. */
function buildReleases(
  facts: SentenceFacts[],
  grouping: ReturnType<typeof groupSentences>,
  text: string,
  country: string | null,
  language: string,
  lx: Lexicon,
  freedAt: Map<string, number>,
): Map<string, ExtractedRelease> {
  const groups = new Map<string, ExtractedRelease>();
  const groupFacts = new Map<string, SentenceFacts[]>();
  const releaseOf = (key: string) => {
    let r = groups.get(key);
    if (!r) {
      r = emptyRelease(key === MAIN ? 'main' : 'background', country);
      r.date = grouping.dateOf.get(key) ?? null;
      groups.set(key, r);
      groupFacts.set(key, []);
    }
    return r;
  };
  releaseOf(MAIN);
  facts.forEach((f, i) => {
    const key = grouping.keyOf[i]!;
    fill(releaseOf(key), f, text);
    groupFacts.get(key)!.push(f);
  });
  for (const [key, r] of groups) {
    const own = groupFacts.get(key)!;
    const released = own.filter((f) => f.release);
    r.releasedCount = refineCount(
      freedOverPardoned(bestCount(released, text), released, text),
      own,
      text,
      language,
      lx,
    );
  }
  for (const p of pickReleased(facts, text, country, lx)) {
    freedAt.set(personKey(p.mention.name), facts[p.sentence]!.sentence.start);
    groups.get(grouping.keyOf[p.sentence]!)!.released.push({
      name: p.mention.name,
      personId: null,
      descriptor: p.descriptor,
      evidence: evidence(text, p.mention.start, p.mention.end),
    });
  }
  return groups;
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

export function extractReport(input: ExtractInput): ExtractResult {
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
  const sentences = splitSentences(text);
  const open = opening(sentences);
  // Not a date of the story ('tras las elecciones de este 28 de julio de 2024').
  const anchor = published ?? datelineOf(open, (d) => !storyInLine(open, d, lx), lx) ?? undefined;
  const facts = sentences.map((s) => analyseSentence(text, s, anchor, country, language, lx));
  const anyRelease = facts.some((f) => f.release);
  const freedAt = new Map<string, number>();
  const releases = settle(
    buildReleases(facts, groupSentences(facts, anchor), text, country, language, lx, freedAt),
    anyRelease,
  );
  completeMediatorNames(releases, facts, text);
  if (!anyRelease) problems.push('no release described in the text');
  if (!published && anyRelease && !releases[0]?.date) {
    problems.push('release date unknown (no published date to resolve relative dates)');
  }
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
      anchor,
      country,
      language,
      lx,
      released: freedIn(releases, freedAt),
    }),
    remainingCounts: remainingCounts(facts, text, country),
    problems,
  };
}

/** personKey of everyone the releases free -> where the sentence that frees them starts. */
function freedIn(releases: ExtractedRelease[], freedAt: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of releases.flatMap((r) => r.released)) {
    const key = personKey(p.name);
    out.set(key, freedAt.get(key) ?? p.evidence.start);
  }
  return out;
}

const hasSubstance = (r: ExtractedRelease) => r.releasedCount !== null || r.released.length > 0;

/** Main first; background releases only when they say something; promote if main is empty. */
function settle(groups: Map<string, ExtractedRelease>, anyRelease: boolean): ExtractedRelease[] {
  const main = groups.get(MAIN)!;
  const background = [...groups.entries()]
    .filter(([k, r]) => k !== MAIN && hasSubstance(r))
    .map(([, r]) => r);
  if (!hasSubstance(main) && background.length > 0) {
    // A follow-up report: the release it is about is the one it dates.
    const latest = background.reduce((a, b) =>
      (a.date?.value ?? '') >= (b.date?.value ?? '') ? a : b,
    );
    latest.role = 'main';
    latest.concessions.push(
      ...main.concessions.filter(
        (c) => !latest.concessions.some((x) => x.kind === c.kind && x.target === c.target),
      ),
    );
    latest.mediators.push(
      ...main.mediators.filter((m) => !latest.mediators.some((x) => x.name === m.name)),
    );
    latest.destinations.push(
      ...main.destinations.filter((d) => !latest.destinations.some((x) => x.country === d.country)),
    );
    return [latest, ...background.filter((r) => r !== latest)];
  }
  // A release with neither count nor names is still one when the text reports it and says
  // where (a release of someone whose name the rules cannot read): it can still be grouped.
  const said =
    main.country !== null ||
    main.concessions.length + main.mediators.length + main.destinations.length > 0;
  if (!hasSubstance(main) && !(anyRelease && said)) return background;
  return [main, ...background];
}
