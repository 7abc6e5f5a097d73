// Experiment ml41 (docs/extraction.md, "Who is freed: a learned filter over the rules' names"):
// for every name the rules put among the freed of a report's main release, a vector of
// language-independent features and whether the annotation lists that person (matched as
// bench/real/score.ts matches names). Prints JSON lines of numbers and report/event ids only,
// never the report's words or names. Usage:
//   npx tsx scripts/released-features.ts [--split dev] > /tmp/released-features.jsonl
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  annotationSchema,
  articleText,
  inSplit,
  mainEvent,
  parseJsonl,
  realCacheDir,
  type Split,
} from '../bench/real/annotations.ts';
import { foldName, matchPairs, sameName } from '../bench/real/score.ts';
import {
  ARCHIVE_CAPTION,
  analyseSentence,
  type SentenceFacts,
} from '../src/core/extract/analyse.ts';
import { datelineOf } from '../src/core/extract/dates.ts';
import { extractReport } from '../src/core/extract/index.ts';
import { guessLanguage, reportLexicon } from '../src/core/extract/language.ts';
import { releaseCountry } from '../src/core/extract/release-country.ts';
import { personKey, pickReleased } from '../src/core/extract/released-people.ts';
import { splitSentences } from '../src/core/extract/text.ts';

const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' } } });
const split = values.split as Split;
const here = join(import.meta.dirname, '../bench/real');
const cache = realCacheDir();

/** The sentences' facts as extractReport reads them (same lexicon, country and dateline). */
function factsOf(text: string): { facts: SentenceFacts[]; picks: ReturnType<typeof pickReleased> } {
  const guess = guessLanguage(text);
  const lx = reportLexicon(text, guess.language, guess.close);
  const country = releaseCountry(text, undefined, lx);
  const sentences = splitSentences(text, lx);
  const open = sentences
    .filter((s) => s.start < 300 && !ARCHIVE_CAPTION.test(s.text))
    .map((s) => s.text)
    .join('\n')
    .slice(0, 300);
  const anchor = datelineOf(open, () => true, lx) ?? undefined;
  const facts = sentences.map((s) => analyseSentence(text, s, anchor, country, guess.language, lx));
  return { facts, picks: pickReleased(facts, text, country, lx) };
}

const BULLET = /^\s*(?:[-–—•*·▪]|\d{1,3}[.)])\s+\S/u;
const QUOTES = /["“”«»„]/gu;

function scriptOf(name: string): [number, number] {
  return [Number(/\p{Script=Latin}/u.test(name)), Number(/\p{Script=Cyrillic}/u.test(name))];
}

/** Inside quotation marks: an odd number of quote marks before it in its sentence. */
function quoted(f: SentenceFacts, start: number): number {
  const before = f.sentence.text.slice(0, start - f.sentence.start);
  return Number(((before.match(QUOTES) ?? []).length & 1) === 1);
}

export const FEATURES = [
  'bias',
  'relPos',
  'inLead',
  'log1pMentions',
  'fracCandidate',
  'anyActor',
  'anySpeaker',
  'freedRelease',
  'freedStrong',
  'freedHasCount',
  'freedRemaining',
  'freedNegated',
  'freedLooksBack',
  'freedMediator',
  'freedDate',
  'log1pNamesInFreed',
  'bullet',
  'latin',
  'cyrillic',
  'quoted',
  'distFirstRelease',
  'beforeFirstRelease',
  'tokens1',
  'tokens3plus',
  'descriptor',
  'log1pKept',
  'keptShareOfNamed',
  'releaseShare',
  'whyNamed',
  'whyGiven',
  'whyAge',
  'whyHeadline',
  'whyTitled',
  'log1pReleaseMentions',
  'anyNegatedSentence',
  'anyRemainingSentence',
  'freedIsFirstRelease',
  'countKnown',
  'keptOverCount',
] as const;

const WHY = ['named person', 'given name', 'age after name', 'freed (headline)'];

function features(
  facts: SentenceFacts[],
  key: string,
  freedSentence: number,
  kept: number,
  named: number,
  descriptor: boolean,
  count: number | null,
): number[] {
  const found = facts.flatMap((f) => f.people).filter((m) => personKey(m.name) === key);
  // A name no mention spells alike (a surname linked later): its freeing sentence stands in.
  const mentions =
    found.length > 0 ? found : (facts[freedSentence]!.people.slice(0, 1) as typeof found);
  const first = mentions[0] ?? {
    name: key,
    sentence: freedSentence,
    start: facts[freedSentence]!.sentence.start,
    role: 'candidate',
  };
  const f = facts[freedSentence]!;
  const n = facts.length;
  const firstRelease = facts.findIndex((x) => x.release);
  const dist = firstRelease < 0 ? 0 : freedSentence - firstRelease;
  const tokens = first.name.split(/\s+/u).length;
  const inFreed = f.people.filter((m) => m.role === 'candidate').length;
  const own = f.people.find((m) => personKey(m.name) === key) ?? first;
  const why = 'why' in own ? own.why : '';
  const sentencesOf = (test: (x: SentenceFacts) => boolean) =>
    mentions.filter((m) => test(facts[m.sentence]!)).length;
  return [
    1,
    n > 1 ? first.sentence / (n - 1) : 0,
    Number(first.sentence <= 1),
    Math.log1p(mentions.length),
    mentions.filter((m) => m.role === 'candidate').length / mentions.length,
    Number(mentions.some((m) => m.role === 'actor')),
    Number(mentions.some((m) => m.role === 'speaker')),
    Number(f.release),
    Number(f.strong),
    Number(f.counts.length > 0),
    Number(f.remaining.length > 0),
    Number(f.negatedAt.length > 0),
    Number(f.looksBack),
    Number(f.mediators.length > 0),
    Number(f.dates.length > 0),
    Math.log1p(inFreed),
    Number(BULLET.test(f.sentence.text)),
    ...scriptOf(first.name),
    quoted(facts[first.sentence]!, first.start),
    Math.min(Math.abs(dist), 20) / 20,
    Number(dist < 0),
    Number(tokens === 1),
    Number(tokens >= 3),
    Number(descriptor),
    Math.log1p(kept),
    named > 0 ? kept / named : 0,
    facts.filter((x) => x.release).length / Math.max(1, n),
    ...WHY.map((w) => Number(why === w)),
    Number(/^(?:role|title) (?:before|after) name$/u.test(why)),
    Math.log1p(sentencesOf((x) => x.release)),
    Number(sentencesOf((x) => x.negatedAt.length > 0) > 0),
    Number(sentencesOf((x) => x.remaining.length > 0) > 0),
    Number(freedSentence === firstRelease),
    Number(count !== null),
    Number(count !== null && kept > count),
  ];
}

const file = readFileSync(join(here, 'annotations.jsonl'), 'utf8');
for (const a of parseJsonl(file, annotationSchema, 'annotations.jsonl').items) {
  if (!inSplit(a, split)) continue;
  const path = join(cache, `${a.id}.txt`);
  if (!existsSync(path)) continue;
  const text = articleText(readFileSync(path, 'utf8'));
  const main = extractReport({ text, url: a.url }).releases.find((r) => r.role === 'main');
  const got = main?.released ?? [];
  const count = main?.releasedCount?.value ?? null;
  const gold = a.released.map((g) => [g.name, g.canonical]);
  const pairs = matchPairs(got, gold, (p, g) => sameName(p.name, g));
  const matched = new Set(pairs.map(([p]) => p));
  const goldLeft = gold.filter((_, j) => !pairs.some(([, g]) => g === j));
  // Not a feature: a wrong name sharing a word with an unmatched annotated one (a spelling or
  // a part of the right person's name, not a wrong person), counted apart in the report.
  const near = (name: string) => {
    const words = new Set(
      foldName(name)
        .split(' ')
        .filter((w) => w.length >= 3),
    );
    return goldLeft.some((g) =>
      g.some((s) =>
        foldName(s)
          .split(' ')
          .some((w) => words.has(w)),
      ),
    );
  };
  const { facts, picks } = factsOf(text);
  const pickAt = new Map(picks.map((p) => [personKey(p.mention.name), p.sentence]));
  const named = new Set(facts.flatMap((f) => f.people.map((m) => personKey(m.name)))).size;
  const cands = got.map((p, i) => {
    const key = personKey(p.name);
    const at = pickAt.get(key) ?? facts.findIndex((f) => f.sentence.end > p.evidence.start);
    const x = features(
      facts,
      key,
      Math.max(0, at),
      got.length,
      named,
      p.descriptor !== null,
      count,
    );
    const y = Number(matched.has(i));
    return { x, y, near: y === 0 && near(p.name) };
  });
  const event = mainEvent(a) ?? a.id;
  console.log(JSON.stringify({ id: a.id, event, gold: gold.length, cands }));
}
