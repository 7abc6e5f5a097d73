// 'Rusesabagina ... The sentences of his 19 co-accused were commuted too': a release told of one
// named person and, in another sentence, of a figure of others freed with him. The release then
// counts both: the figure and the people it named. Read only when the release has no figure of
// its own and names one to three people, and the figure's sentence claims no one stays held.
// The sum is a lower bound ('at_least'): someone named where the rules do not read adds to it.
import type { SentenceFacts } from './analyse.ts';
import type { ExtractedRelease } from './contract.ts';
import { sentenceEvidence } from './text.ts';

const OTHERS =
  /(?<![\p{L}\d])(\d{1,3})\s+(?:co-?accus\p{L}*|coaccus\p{L}*|co-?defendants|coimputad\p{L}*|coimputat\p{L}*|Mitangeklagte\p{L}*|other (?:people|persons|prisoners|detainees|defendants)|autres (?:personnes|détenus|prisonniers|condamnés|accusés)|weitere(?:n)? (?:Menschen|Personen|Häftlinge|Gefangene|Angeklagte)|otros (?:presos|detenidos|acusados|condenados)|otras (?:personas)|altri (?:detenuti|imputati|condannati|prigionieri)|outros (?:presos|detidos|acusados))(?![\p{L}])/iu;

const MAX_NAMED = 3;

/**
 * People among the names, forms of one person counted once: two names sharing a word of five
 * letters or more that is not the given name of both ('Paul Rusesabagina', 'Rusesabagina').
 */
function peopleIn(names: string[]): number {
  const words = names.map((n) => n.split(/\s+/u));
  const sameAs = (a: string[], b: string[]) =>
    a.some((w, i) => w.length >= 5 && b.some((x, j) => x === w && (i > 0 || j > 0)));
  let people = 0;
  words.forEach((w, i) => {
    if (!words.slice(0, i).some((v) => sameAs(w, v))) people++;
  });
  return people;
}

export function countWithOthers(
  release: ExtractedRelease | undefined,
  facts: SentenceFacts[],
  text: string,
): void {
  if (!release || release.releasedCount || release.released.length === 0) return;
  if (release.released.length > MAX_NAMED) return;
  for (const f of facts) {
    if (f.remaining.length > 0 || f.negatedAt.length > 0) continue;
    const m = OTHERS.exec(f.sentence.text);
    if (!m) continue;
    const start = m.index;
    release.releasedCount = {
      value: Number(m[1]) + peopleIn(release.released.map((p) => p.name)),
      // At least: a person named only in a quote or a list the rules miss adds to it.
      qualifier: 'at_least',
      evidence: sentenceEvidence(text, f.sentence, start, start + m[0].length),
    };
    return;
  }
}
