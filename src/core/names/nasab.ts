/**
 * A father's name the press leaves out where the name says it is one: Safar bin Abdulrahman
 * al-Hawali / Safar al-Hawali. Read word by word the longer name has a middle name the shorter
 * lacks, which compare.ts sends to review (Imran Khan / Imran Riaz Khan are two people, and a
 * bare middle word may be a second given name). With bin, ibn or bint before it, the word is
 * the father's name (nasab), which short forms drop, and the name without the chain must match
 * the shorter one. Asked by compare.ts when its part-by-part rules did not match.
 *
 * Without bin, a father's name between the given name and an al- family name (withoutFather).
 *
 * Not read: a chain with no family name after it (Mohammed bin Salman is not Mohammed
 * Salman), a chain of two fathers or more (a dynasty's names), ben (a Maghrebi surname's first word: Ben Mbarek), a shorter name that has a bin
 * chain of its own (two fathers), and names in Arabic letters.
 */
import { foldToken } from './fold.ts';
import { lookupGiven } from './given-names.ts';
import { type Compare, matchLeavingOut } from './left-out.ts';
import { type ParsedName, parseName } from './parse.ts';
import { normaliseToken } from './script.ts';
import type { CompareResult } from './types.ts';

const BIN = /^(bin|ibn|bint)$/i;
const BIN_WORD = /(?:^|\s)(?:bin|ibn|bint)\s/iu;

/** The name without its bin chains, and the chains' words; null when it has none to drop. */
export function withoutNasab(input: string): { rest: string; chain: string } | null {
  const words = input.trim().split(/\s+/u);
  const n = words.length;
  if (n < 4 || BIN.test(words[n - 2]!)) return null;
  const keep: string[] = [];
  const chain: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (i > 0 && i < n - 2 && BIN.test(w)) {
      chain.push(w, words[i + 1]!);
      i++;
    } else keep.push(w);
  }
  // One father's name only: a longer chain is a dynasty's way of telling its many Mohammeds
  // apart (Mohammed bin Nayef bin Abdulaziz Al Saud is no Mohammed Al Saud).
  return chain.length === 2 && keep.length >= 2
    ? { rest: keep.join(' '), chain: chain.join(' ') }
    : null;
}

export function nasabMatch(pa: ParsedName, pb: ParsedName, compare: Compare): CompareResult | null {
  if (pa.scripts || pb.scripts) return null;
  const na = pa.tokens.length;
  const nb = pb.tokens.length;
  if (na === nb || Math.min(na, nb) < 2) return null;
  const [long, short, aLong] = na > nb ? [pa, pb, true] : [pb, pa, false];
  const cut = BIN_WORD.test(long.input)
    ? BIN_WORD.test(short.input)
      ? null
      : withoutNasab(long.input)
    : withoutFather(long, short);
  if (!cut) return null;
  const rest = parseName(cut.rest);
  if (rest.tokens.length !== short.tokens.length) return null;
  return matchLeavingOut(
    {
      pa,
      pb,
      rest,
      short,
      aLong,
      part: 'name',
      dropped: cut.chain,
      note: cut.chain.includes(' ')
        ? "a father's name after bin left out (Safar bin Abdulrahman al-Hawali / Safar al-Hawali)"
        : "father-dropped: a father's name before an al- family name (or an Abu one) left out (Omar Hassan al-Bashir / Omar al-Bashir)",
    },
    compare,
  );
}

/** A family name with the article joined by a hyphen, as both names must end: al-Bashir. */
const ARTICLE = /^(?:al|el|as|ash|ad|at|az|an|ar)-\p{L}/iu;

/** A word that could be a name: three letters or more, a vowel, no three consonants running. */
function nameLike(fold: string): boolean {
  return /^[a-z]{3,}$/.test(fold) && /[aeiouy]/.test(fold) && !/[^aeiouy]{3}/.test(fold);
}

/** The first word of a family name that is a kunya, Abu Ismail, Abou Khalil. */
const ABU = /^(?:abu|abou)$/iu;

/** An Arabic family name the way the name ends: al-Z as one word, or Abu Z as two. */
function familyWords(words: string[]): number {
  const n = words.length;
  if (n >= 3 && ABU.test(words[n - 2]!)) return 2;
  return ARTICLE.test(words[n - 1]!) ? 1 : 0;
}

/**
 * X M al-Z against X al-Z, with M the father's name: in the Gulf and Sudanese way of naming,
 * the father's name between the person's and the family's (Omar Hassan al-Bashir, Issa Hamid
 * al-Nukheifi); and X M Abu Z against X Abu Z (Hazem Salah Abu Ismail, father-dropped, nm47).
 * The short name is the usual one, so it says no less than an exact match of the short names
 * would. Not without the article or Abu: Imran Riaz Khan is no Imran Khan, nor Jose Manuel
 * Diokno Jose Diokno. M is a word the given-name table has in the Arabic family, or one it does
 * not know at all but could be a name (Farhan, Ajwad: the place says what it is, since nm47:
 * vowels, no three consonants in a row, so no Zxqv); not one it has only outside the family
 * (Maria), nor a particle.
 */
function withoutFather(
  long: ParsedName,
  short: ParsedName,
): { rest: string; chain: string } | null {
  const words = long.input.trim().split(/\s+/u);
  const shortWords = short.input.trim().split(/\s+/u);
  if (words.length !== shortWords.length + 1 || shortWords.length < 2) return null;
  const family = familyWords(words);
  if (family === 0 || words.length !== family + 2 || familyWords(shortWords) !== family)
    return null;
  const [x, m] = words as [string, string];
  if (ARTICLE.test(m) || ABU.test(m) || BIN.test(m)) return null;
  const fold = foldToken(normaliseToken(m));
  const known = lookupGiven(fold).filter((g) => g.kind !== 'translation');
  if (known.length > 0 ? !known.some((g) => g.group.family === 'arabic') : !nameLike(fold))
    return null;
  return { rest: [x, ...words.slice(2)].join(' '), chain: m };
}
