// The released count of a release: the best-scored figure of its sentences, a pardoned count
// giving way to the smaller count freed from prison, and a rounded figure ('more than 50') to
// the exact one the body gives (52).
import type { SentenceFacts } from './analyse.ts';
import type { CountQualifier, ReleasedCount } from './contract.ts';
import { partsFreed } from './count-partitive.ts';
import { type CountCandidate, findCountCandidates, releaseKind } from './counts.ts';
import type { Lexicon } from './lexicons/index.ts';
import { sentenceEvidence } from './text.ts';

export function bestCount(facts: SentenceFacts[], text: string): ReleasedCount | null {
  let best: ReleasedCount | null = null;
  let bestScore = -Infinity;
  for (const f of facts) {
    for (const c of f.counts) {
      const score = c.score + (f.strong ? 1 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = {
          value: c.value,
          qualifier: c.qualifier,
          evidence: sentenceEvidence(text, f.sentence, c.start, c.end),
        };
      }
    }
  }
  return best;
}

/**
 * A count of the pardoned gives way to a smaller count of those freed from prison in the same
 * release: the decree may also cover people who were not held (suspended sentences, fines).
 */
export function freedOverPardoned(
  best: ReleasedCount | null,
  facts: SentenceFacts[],
  text: string,
  lx: Lexicon,
): ReleasedCount | null {
  if (!best) return best;
  const at = facts.find(
    (f) => f.sentence.start <= best.evidence.start && best.evidence.end <= f.sentence.end,
  );
  const own = at?.counts.find((c) => at.sentence.start + c.start === best.evidence.start);
  if (!at || !own || releaseKind(at.sentence.text, own) !== 'pardoned') return best;
  for (const f of facts) {
    for (const c of f.counts) {
      if (c.qualifier !== 'exact' || c.value >= best.value || c.value < best.value / 2) continue;
      if (releaseKind(f.sentence.text, c) !== 'freed') continue;
      return {
        value: c.value,
        qualifier: c.qualifier,
        evidence: sentenceEvidence(text, f.sentence, c.start, c.end),
      };
    }
  }
  // '463 of them were released from prison': a part freed, counted by a partitive pronoun.
  for (const f of facts) {
    for (const c of partsFreed(f.sentence.text, lx)) {
      if (c.value >= best.value || c.value < best.value / 2) continue;
      return {
        value: c.value,
        qualifier: 'exact',
        evidence: sentenceEvidence(text, f.sentence, c.start, c.end),
      };
    }
  }
  return best;
}

/** How far an exact figure may lie from a rounded one it refines ('more than 50' -> 52). */
const REFINE_SPREAD = 0.25;

/** Whether an exact figure is what a rounded one ('more than 2,100', 'about 4,900') stands for. */
export function refines(exact: number, rounded: number, qualifier: CountQualifier): boolean {
  // 'at least 87' is a figure in its own right; only round ones (50, 550, 2,100) stand in.
  if (rounded % 5 !== 0 || Math.abs(exact - rounded) > rounded * REFINE_SPREAD) return false;
  switch (qualifier) {
    case 'more_than':
      return exact > rounded;
    case 'at_least':
      return exact >= rounded;
    case 'almost':
    case 'up_to':
      return exact <= rounded;
    case 'about':
      return Math.abs(exact - rounded) <= rounded * 0.1;
    default:
      return false;
  }
}

/**
 * A headline or lead rounds ('más de 550', 'mehr als 50') and the body gives the figure (553,
 * 52): the exact figure that fits the rounded one wins. Release sentences are searched first,
 * then the others of the release ('52 prisoners crossed the border'), in text order.
 */
export function refineCount(
  best: ReleasedCount | null,
  facts: SentenceFacts[],
  text: string,
  language: string,
  lx: Lexicon,
): ReleasedCount | null {
  if (!best || best.qualifier === 'exact') return best;
  const fits = (c: CountCandidate) =>
    c.qualifier === 'exact' && c.score >= 2 && refines(c.value, best.value, best.qualifier);
  for (const pass of [true, false]) {
    for (const f of facts) {
      if (f.release !== pass) continue;
      const counts = pass ? f.counts : otherCounts(f, language, lx);
      const c = counts.find(fits);
      if (c) {
        return {
          value: c.value,
          qualifier: 'exact',
          evidence: sentenceEvidence(text, f.sentence, c.start, c.end),
        };
      }
    }
  }
  return best;
}

/** Count candidates of a sentence that reports no release, outside its dates. */
function otherCounts(f: SentenceFacts, language: string, lx: Lexicon): CountCandidate[] {
  return findCountCandidates(f.sentence.text, language, undefined, lx).filter(
    (c) =>
      !f.dates.some((d) => c.start < d.end && d.start < c.end) &&
      !f.remaining.some((r) => c.start < r.end && r.start < c.end),
  );
}
