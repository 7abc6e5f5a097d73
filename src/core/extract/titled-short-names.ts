// 'Bà Nguyễn Thị Cẩm Thúy ... Chiều 24/6, bà Thúy bị khởi tố': a person named in full once is
// then named by a noun of who they are and one word, the last of the full name; Vietnamese
// calls people by the given name, which ends the name and is often short ('Thúy', 'Sơn'), too
// short for surname-mentions.ts to read alone. After a person noun of the language's list
// ('bà', 'ông', 'nhà báo'), the one word is that person when exactly one full name of the
// report ends in it.
import type { SentenceFacts } from './analyse.ts';
import { stripMarks } from './given-names.ts';
import { bareSource, type Lexicon, perLexicon, wordsOf } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import { allMatches } from './regex-all.ts';

// stripMarks keeps its answers: the same words are folded for every sentence of a report.
const fold = (w: string) => stripMarks(w).toLowerCase();

const rule = perLexicon((lx: Lexicon) => {
  const nouns = bareSource(wordsOf(lx, 'personNouns'));
  return nouns
    ? new RegExp(
        String.raw`(?<![\p{L}\p{M}])(?:${nouns})\s+(\p{Lu}[\p{L}\p{M}]*)(?![\p{L}\p{M}]|\s+\p{Lu})`,
        // Case-sensitive: under 'i', \p{Lu} would take any letter. The nouns are in lower case.
        'gu',
      )
    : null;
});

/** The full names (two words or more) of the report's candidates, by their folded last word. */
export function lastWords(facts: readonly SentenceFacts[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of facts)
    for (const p of f.people) {
      if (p.role !== 'candidate') continue;
      const words = p.name.split(/\s+/u);
      if (words.length < 2) continue;
      const last = fold(words.at(-1)!);
      out.set(last, (out.get(last) ?? new Set()).add(p.name));
    }
  return out;
}

/** One-word names after a person noun in a sentence, each as the full name it ends. */
export function titledShortNames(
  f: SentenceFacts,
  known: ReadonlyMap<string, ReadonlySet<string>>,
  lx: Lexicon,
): PersonMention[] {
  const re = rule(lx);
  if (!re || known.size === 0) return [];
  const s = f.sentence;
  const out: PersonMention[] = [];
  for (const m of allMatches(re, s.text)) {
    const start = s.start + m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (f.people.some((p) => start < p.end && p.start < end)) continue;
    const names = known.get(fold(m[1]!));
    if (names?.size !== 1) continue;
    const [name] = names!;
    out.push({
      name: name!,
      start,
      end,
      role: 'candidate',
      why: `last word of ${name}`,
      descriptor: null,
      sentence: f.sentence.index,
    });
  }
  return out;
}
