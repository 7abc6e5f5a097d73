// The releases of a report from its sentences' facts: one per group of sentences, each filled
// from its own sentences (concessions, mediators, destinations, count, the people freed), then
// settled (main first, a follow-up report's release promoted). Pure; see docs/extraction.md.
import type { SentenceFacts } from './analyse.ts';
import { mergeRelief } from './concession-merge.ts';
import type {
  Concession,
  Destination,
  ExtractedRelease,
  Mediator,
  RemainingCount,
} from './contract.ts';
import { type groupSentences, MAIN } from './group.ts';
import type { Lexicon } from './lexicons/index.ts';
import { bestCount, freedOverPardoned, refineCount } from './release-count.ts';
import { personKey, pickReleased, type ReleasePath } from './released-people.ts';
import { evidence, sentenceEvidence } from './text.ts';

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
    if (mergeRelief(release.concessions, item)) continue;
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

/** The figures of prisoners still held that the report gives, each once, with its attribution. */
export function remainingCounts(
  facts: SentenceFacts[],
  text: string,
  country: string | null,
): RemainingCount[] {
  const out: RemainingCount[] = [];
  for (const f of facts) {
    for (const r of f.remaining) {
      if (r.world) continue;
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

/** Sentences into releases: one per group key, each filled from its own sentences. */
export function buildReleases(
  facts: SentenceFacts[],
  grouping: ReturnType<typeof groupSentences>,
  text: string,
  country: string | null,
  language: string,
  lx: Lexicon,
  freedAt: Map<string, number>,
  /** Filled, when given, with the path that freed each name (scripts/real-paths.ts). */
  paths?: Map<string, ReleasePath>,
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
      freedOverPardoned(bestCount(released, text), released, text, lx),
      own,
      text,
      language,
      lx,
    );
  }
  // A go-between the report names is none of the freed: an envoy whose title the role rules
  // miss ('wysłannikiem USA ds. Białorusi Johnem Coalem') still stands in a release sentence.
  const goBetweens = new Set(facts.flatMap((f) => f.mediators.map((m) => personKey(m.name))));
  for (const p of pickReleased(facts, text, country, lx, language)) {
    if (goBetweens.has(personKey(p.mention.name))) continue;
    freedAt.set(personKey(p.mention.name), facts[p.sentence]!.sentence.start);
    paths?.set(personKey(p.mention.name), p.path);
    groups.get(grouping.keyOf[p.sentence]!)!.released.push({
      name: p.mention.name,
      personId: null,
      descriptor: p.descriptor,
      evidence: evidence(text, p.mention.start, p.mention.end),
    });
  }
  return groups;
}

/** personKey of everyone the releases free -> where the sentence that frees them starts. */
export function freedIn(
  releases: ExtractedRelease[],
  freedAt: Map<string, number>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of releases.flatMap((r) => r.released)) {
    const key = personKey(p.name);
    out.set(key, freedAt.get(key) ?? p.evidence.start);
  }
  return out;
}

const hasSubstance = (r: ExtractedRelease) => r.releasedCount !== null || r.released.length > 0;

/** Main first; background releases only when they say something; promote if main is empty. */
export function settle(
  groups: Map<string, ExtractedRelease>,
  anyRelease: boolean,
): ExtractedRelease[] {
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
