/**
 * Slavic names as Lithuanian and Latvian write them: with their own nominative endings on a
 * man's names (Lithuanian Aleksejus Navalnas, Borisas Kagarlickis, Aleksandras Lukašenka;
 * Latvian Aleksejs Navaļnijs, Andrejs Pivovarovs). Read word by word, each word is a letter or
 * two away from the other spelling and nothing agrees. Asked by compare.ts when its
 * part-by-part rules did not match: the name read without those endings must then match.
 *
 * Only a name whose every word ends as a Lithuanian or Latvian nominative does (-as, -is, -us,
 * -ys, -s for a man; -a, -ė, -e for a woman; -o, which Latvian keeps: Lukašenko) and one word
 * at least in an ending no English or Slavic spelling has (-ijus, -ejus, -ajus, -ičius, -ovas,
 * -evas, -inas, -lnas, -skis, -ckis, -ijs, -ejs, -ovs, -ins, -ičs) or a first word that is a
 * given name the table knows with -as, -is, -us, -s (Aleksandras, Olegas, Aleksandrs), so that
 * Thomas Davis is read as written. `names search` asks it too, when nothing else matched.
 */
import { foldVariants } from './fold.ts';
import { isKnownGivenFold } from './given-names.ts';
import { type ParsedName, parseName } from './parse.ts';
import { type CompareResult, type EvidenceItem, matchReadOtherwise } from './types.ts';

type Compare = (a: ParsedName, b: ParsedName) => CompareResult;

const NOMINATIVE = /(?:[^aeiouy]|[^aeiou]i|[ae]j)(?:as|is|us|ys|s)$|(?:a|ė|e|o)$/u;
const BALTIC =
  /(?:ijus|ejus|ajus|ičius|ovas|evas|inas|ynas|[^aeiouy]nas|skis|ckis|ijs|ejs|ovs|evs|ins|ičs)$/u;

/** Endings read back, tried in order (the first that fits a word is used). */
const BACK: Array<[RegExp, string]> = [
  [/ijus$|ijs$/u, 'ij'],
  [/([ae])(?:jus|js)$/u, '$1j'],
  [/i?čius$|ičs$/u, 'ich'],
  [/([sc])kis$/u, '$1ki'],
  [/([^aeiouy])(?:as|is|us|ys|s)$/u, '$1'],
];

/**
 * The last parse read and its reading: compare.ts asks for the query's with every candidate
 * that did not match, and the answer depends on the parse alone. One kept, not a table by
 * parse: a weak map of every query slowed the young-generation collections. Shared: callers
 * must not change it.
 */
let lastParse: ParsedName | null = null;
let lastReading: string[] | null = null;

/** The name's words without their Baltic endings, or null when it does not look Baltic. */
export function balticReading(p: ParsedName): string[] | null {
  // A rebuilt alias parse has no tokens (alias-forms.ts): nothing to read, nothing to keep.
  if (p.scripts || p.tokens.length < 2 || p.tokens.length > 4) return null;
  if (p !== lastParse) {
    lastReading = readBaltic(p);
    lastParse = p;
  }
  return lastReading;
}

function readBaltic(p: ParsedName): string[] | null {
  const t = p.tokens;
  // Cheap first: a man's name ends in s somewhere, and every word is a nominative.
  let baltic = false;
  for (const x of t) {
    if (x.initial) continue;
    if (!NOMINATIVE.test(x.text)) return null;
    if (!baltic && BALTIC.test(x.text)) baltic = true;
  }
  // Or a man's given name the table knows, with -as, -is, -us (Aleksandras, Olegas, Igoris).
  if (!baltic) baltic = knownWithEnding(t[0]!.text);
  if (!baltic) return null;
  const words = t.map((x) => (x.initial ? x.raw : back(x.raw)));
  const last = words[words.length - 1]!;
  // Lithuanian -nas after a consonant is also the Russian adjectival -ный (Navalnas, Навальный).
  const adjectival = /[^aeiouy]nas$/u.test(t[t.length - 1]!.text) ? `${last}y` : null;
  const out = [words.join(' ')];
  if (adjectival) out.push([...words.slice(0, -1), adjectival].join(' '));
  return out;
}

/** A given name the table knows with Lithuanian -as, -is, -us or Latvian -s (Olegas, Aleksandrs). */
function knownWithEnding(word: string): boolean {
  const m = /[^aeiouy](as|is|us|s)$/u.exec(word);
  if (!m) return false;
  return isKnownGivenFold(foldVariants(word.slice(0, -m[1]!.length))[0] ?? '');
}

function back(word: string): string {
  for (const [re, to] of BACK) if (re.test(word.toLowerCase())) return word.replace(re, to);
  return word;
}

/** The pair compared with a Baltic spelling read without its endings; a match only. */
export function balticMatch(
  pa: ParsedName,
  pb: ParsedName,
  compare: Compare,
): CompareResult | null {
  const ra = balticReading(pa);
  const rb = ra ? null : balticReading(pb);
  if (!ra && !rb) return null;
  for (const read of ra ?? rb!) {
    const r = ra ? compare(parseName(read), pb) : compare(pa, parseName(read));
    if (r.decision !== 'match') continue;
    const item: EvidenceItem = {
      part: 'name',
      a: ra ? pa.input : read,
      b: ra ? read : pb.input,
      how: 'transliteration',
      score: 1,
      note: 'translit:lt/lv (Lithuanian or Latvian nominative endings read back)',
    };
    return matchReadOtherwise(pa.input, pb.input, r, item);
  }
  return null;
}
