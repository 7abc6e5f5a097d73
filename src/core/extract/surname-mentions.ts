// A person named in full once is then named by surname alone ('Valjantsin Stefanovic ...
// Stefanovic to nine years'; 'Алесь Бяляцкі ... Бяляцкага асудзілі'). The name rules read only
// full names, so such a sentence names no one; here a capitalised word that is the surname of
// someone the report named in full, as written or inflected, is that person.
import type { SentenceFacts } from './analyse.ts';
import { stripMarks } from './given-names.ts';
import type { PersonMention } from './people.ts';
import { allAfter, classTest } from './word-edge.ts';

interface Known {
  name: string;
  /** The surname folded: lower case, no marks. */
  surname: string;
}

// Not right after a letter, mark, apostrophe or hyphen: checked in code (word-edge.ts), as a
// leading lookbehind made the regex slow.
const WORD = /\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)?/gu;
const IN_WORD = classTest(/[\p{L}\p{M}'’-]/u);
/** The shortest surname read alone: shorter ones are too often other words. */
const MIN_SURNAME = 5;
/** Letters an inflected or respelt surname may differ by at its end (Labkovic / Labkovitcha). */
const END_SLACK = 3;

// stripMarks keeps its answers: the same words are folded for every sentence of a report.
const fold = (w: string) => stripMarks(w).toLowerCase();

/** Full names (two words or more) by surname, the first of each surname kept. */
export function surnamesOf(names: Iterable<string>): Known[] {
  const out = new Map<string, Known>();
  for (const name of names) {
    const words = name.split(/\s+/u);
    if (words.length < 2) continue;
    const surname = fold(words.at(-1)!);
    if (surname.length >= MIN_SURNAME && !out.has(surname)) out.set(surname, { name, surname });
  }
  return [...out.values()];
}

/** The full names of the report's candidates (two words or more), by surname. */
export function knownSurnames(facts: readonly SentenceFacts[]): Known[] {
  return surnamesOf(
    facts.flatMap((f) => f.people.filter((p) => p.role === 'candidate').map((p) => p.name)),
  );
}

/** The one known full name a surname written alone stands for, or null. */
export function fullNameOf(word: string, known: readonly Known[]): string | null {
  return personOf(word, known)?.name ?? null;
}

/** The one known person a word names, if exactly one fits. */
function personOf(word: string, known: readonly Known[]): Known | null {
  const w = fold(word);
  if (w.length < MIN_SURNAME) return null;
  const fits = known.filter((k) => {
    const stem = Math.max(MIN_SURNAME, Math.min(w.length, k.surname.length) - END_SLACK);
    return (
      w.slice(0, stem) === k.surname.slice(0, stem) &&
      Math.abs(w.length - k.surname.length) <= END_SLACK
    );
  });
  const names = new Set(fits.map((k) => k.name));
  return names.size === 1 ? fits[0]! : null;
}

/** Surnames alone in a sentence, outside the names already read there, as candidates. */
export function surnameMentions(
  f: SentenceFacts,
  known: readonly Known[],
  sentenceIndex: number,
): PersonMention[] {
  if (known.length === 0) return [];
  const s = f.sentence;
  const taken = (start: number, end: number) =>
    f.people.some((p) => start < p.end && p.start < end);
  const out: PersonMention[] = [];
  for (const m of allAfter(WORD, s.text, IN_WORD)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const k = personOf(m[0], known);
    if (k)
      out.push({
        name: k.name,
        start,
        end,
        role: 'candidate',
        why: `surname of ${k.name}`,
        descriptor: null,
        sentence: sentenceIndex,
      });
  }
  return out;
}

/**
 * 'Aung San Suu Kyi ... On Monday, Suu Kyi was sentenced': a name of two words that ends one
 * longer name the report gives in full is that person; that name, else null.
 */
export function longerNameOf(name: string, names: readonly string[]): string | null {
  const words = name.split(/\s+/u);
  if (words.length !== 2) return null;
  const tail = ` ${fold(name)}`;
  const fits = new Set(names.filter((n) => n.split(/\s+/u).length > 2 && fold(n).endsWith(tail)));
  return fits.size === 1 ? [...fits][0]! : null;
}
