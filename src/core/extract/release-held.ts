// Whose is a negation ('remains behind bars', 'sigue preso', 'по-прежнему за решёткой',
// '仍在狱中服刑')? A sentence often joins the freed and the still held in two clauses: 'X was
// freed, while Y remains in prison', 'Liberaron a X, mientras que Y sigue preso', 'Освобождён X,
// однако Y остаётся за решёткой', 'X已获释，但Y仍在服刑'. The negation holds the one in its own
// clause; a name in the other clause, whose clause holds a release word, stays freed.
import type { SentenceFacts } from './analyse.ts';
import type { Lexicon } from './lexicons/index.ts';
import { allMatches } from './regex-all.ts';
import { releaseCues } from './release-bystanders.ts';

// A clause ends at ';' or at a comma and a conjunction that opens another clause, in the
// languages served ('but', 'while', 'whereas', 'however' and their kin). Han script writes no
// space after the conjunction, so it is matched without a word edge.
export const CLAUSE_BREAK =
  /[;；:]|[,，、،]\s*(?:(?:but|while|whereas|though|although|pero|mientras(?:\s+que)?|aunque|mais|tandis\s+que|alors\s+que|aber|während|doch|jedoch|но|однако|а|тогда\s+как|але|проте|тоді\s+як|ale|natomiast|zaś|podczas\s+gdy|ma|mentre|invece|mas|enquanto|porém|ancak|fakat|oysa|maar|terwijl|wohingegen|لكن|ولكن|بينما|فيما|في\s+حين|اما|ولی|در\s+حالی\s+که)(?![\p{L}\p{M}])|(?:但是|但|而|不过|不過|然而|却|卻))|(?<![\p{L}\p{M}])(?:بينما|فيما|في\s+حين)(?![\p{L}\p{M}])/giu;

interface Break {
  start: number;
  end: number;
}

const memo = new WeakMap<SentenceFacts, Break[]>();

/** The clause breaks of a sentence, read once a sentence. */
function breaksOf(f: SentenceFacts): Break[] {
  let out = memo.get(f);
  if (out) return out;
  out = allMatches(CLAUSE_BREAK, f.sentence.text).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  memo.set(f, out);
  return out;
}

/**
 * The negation at `negation` (an offset in the sentence) and the name from `from` to `to` stand
 * in two clauses, and the name's clause holds a release word: the negation holds someone else.
 */
export function heldElsewhere(
  f: SentenceFacts,
  from: number,
  to: number,
  negation: number,
  lx: Lexicon,
): boolean {
  // Cheap test first: most sentences with a negation have no second clause.
  if (!/[;；:,，、،]|بينما|فيما|في حين/u.test(f.sentence.text)) return false;
  const breaks = breaksOf(f);
  const lo = Math.min(to, negation);
  const hi = Math.max(from, negation);
  if (!breaks.some((b) => b.start >= lo && b.end <= hi)) return false;
  // The name's own clause: from the last break before it to the first one after it.
  const start = breaks.findLast((b) => b.end <= from)?.end ?? 0;
  const end = breaks.find((b) => b.start >= to)?.start ?? f.sentence.text.length;
  return releaseCues(f, lx).some((c) => c.start >= start && c.end <= end);
}
