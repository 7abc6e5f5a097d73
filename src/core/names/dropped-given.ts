/**
 * A first given name the press leaves out, writing the name the person goes by: Warren Kizza
 * Besigye / Kizza Besigye, Bantu Stephen Biko / Steve Biko, a nickname in front (Penguin Parit
 * Chiwarak / Parit Chiwarak). Read word by word, the longer name has the left-out word as its
 * given name and nothing agrees. Asked by compare.ts when its part-by-part rules did not match:
 * the longer name without its first word must then match the shorter one.
 *
 * Not in the Arabic family, where the word after the given name is the father's (Osama Hussain
 * al-Najjar is the son of Hussain al-Najjar), nor in the East Asian one (english-led.ts has the
 * English name in front of a Chinese one); and not where the first word is a name of the other
 * gender (María José García is no José García).
 *
 * Except Muhammad in front (given-dropped:muhammad, nm47): many men of the Arabic family carry
 * Muhammad (Mohammed, Mohamed, Md., محمد) as a first name for the blessing and go by the name
 * after it (Muhammad Hosni Mubarak / Hosni Mubarak, Mohammad Yasin Malik / Yasin Malik), in Latin
 * or Arabic letters. Any other first word stays a son's own name before his father's (Ahmed Samir
 * Santawy is the son of Samir Santawy).
 */
import { isKnownGivenFold, lookupGiven } from './given-names.ts';
import { type Compare, matchLeavingOut } from './left-out.ts';
import { type NameParse, type ParsedName, parseName } from './parse.ts';
import type { TokenInfo } from './tokens.ts';
import type { CompareResult, EvidenceItem } from './types.ts';

/** The genders the table gives a word as a given name (empty when it knows none). */
function genders(fold: string): Set<string> {
  const out = new Set<string>();
  for (const r of lookupGiven(fold)) if (r.kind !== 'translation') out.add(r.group.gender);
  return out;
}

/** Two words of the table with no gender in common (María / José). */
function otherGender(x: string, y: string): boolean {
  const gx = genders(x);
  const gy = genders(y);
  if (gx.size === 0 || gy.size === 0) return false;
  for (const g of gx) if (gy.has(g)) return false;
  return true;
}

/** Arabic or Persian letters only. */
function abjadOnly(p: ParsedName): boolean {
  return !!p.scripts && p.scripts.every((s) => s === 'ar' || s === 'fa');
}

function sameFold(x: TokenInfo, y: TokenInfo): boolean {
  for (const f of x.folds) if (y.folds.includes(f)) return true;
  return false;
}

/** Muhammad as Latin spellings write it (Mohammed, Mohamed, Muhammad, Mohamud, Md.), or محمد read. */
const MUHAMMAD = /^(?:m[ou]h?amm?[aeu]d|mohd|md|mhmd)$/;

const ARTICLE_WORD = /^(?:el|al)$/;

/** The words of a name in Arabic letters without its first, when the words are its tokens. */
function arabicRest(p: ParsedName): string | null {
  const words = p.input.trim().split(/\s+/u);
  return words.length === p.tokens.length ? words.slice(1).join(' ') : null;
}

export function droppedGivenMatch(
  pa: ParsedName,
  pb: ParsedName,
  compare: Compare,
): CompareResult | null {
  const na = pa.tokens.length;
  const nb = pb.tokens.length;
  if (Math.abs(na - nb) !== 1 || Math.min(na, nb) < 2) return null;
  const [long, short, aLong] = na > nb ? [pa, pb, true] : [pb, pa, false];
  const first0 = long.tokens[0]!.text;
  // The Arabic article standing alone before a given name (El Mortada Iamrachen, for
  // al-Murtada), in a name of three words or more: Al Gore keeps his given name.
  const article = ARTICLE_WORD.test(first0) && long.tokens.length >= 3 && !long.scripts;
  const muhammad = article || MUHAMMAD.test(first0);
  if (muhammad) {
    // Only the longer side may be in Arabic letters (Hosni Mubarak / محمد حسني مبارك).
    if (short.scripts && !abjadOnly(short)) return null;
    if (long.scripts && !abjadOnly(long)) return null;
  } else if (pa.scripts || pb.scripts || pa.family || pb.family) return null;
  // Cheap first (a search asks this of every candidate it does not match): the last words,
  // the surnames, must fold alike (read through Arabic letters, the comparison decides).
  if (
    !long.scripts &&
    !short.scripts &&
    !sameFold(long.tokens[long.tokens.length - 1]!, short.tokens[short.tokens.length - 1]!)
  )
    return null;
  if (muhammad) {
    const restText = long.scripts
      ? arabicRest(long)
      : long.tokens
          .slice(1)
          .map((t) => t.raw)
          .join(' ');
    if (!restText) return null;
    return matchLeavingOut(
      {
        pa,
        pb,
        rest: parseName(restText),
        short,
        aLong,
        part: 'given',
        dropped: long.scripts ? (long.input.trim().split(/\s+/u)[0] ?? '') : long.tokens[0]!.raw,
        note: article
          ? 'given-dropped:article: the article before a given name left out (El Mortada / Mortada)'
          : 'given-dropped:muhammad: Muhammad in front left out (Muhammad Hosni Mubarak / Hosni Mubarak)',
      },
      compare,
    );
  }
  const [first, next] = long.tokens;
  if (!first || !next || first.initial || next.initial) return null;
  if (otherGender(first.folds[0] ?? '', next.folds[0] ?? '')) return null;
  const rest = parseName(
    long.tokens
      .slice(1)
      .map((t) => t.raw)
      .join(' '),
  );
  if (rest.family) return null;
  return matchLeavingOut(
    {
      pa,
      pb,
      rest,
      short,
      aLong,
      part: 'given',
      dropped: first.raw,
      note: 'given-dropped: a first given name left out (Warren Kizza Besigye / Kizza Besigye)',
    },
    compare,
  );
}

const PLAIN = /^[a-z]+$/;

export const CLIPPED_NOTE =
  'given-clipped: a given name clipped to its first or last letters (Satur / Saturnino)';

/**
 * A given name clipped to its first or last letters, as a nickname (given-clipped, nm47):
 * Satur / Saturnino, Nika / Nikanor, Yele / Omoyele, Tawan / Tantawan. The short form keeps
 * four letters, the long one has three more, and the short one is no name the table knows (Ivan
 * / Ivanka, Rashad / Rashadat, Khadija / Khadijatul, Amal / Kamal are names of their own). Asked
 * by compare.ts beside a surname that agrees, never for a Chinese or Korean name, whose
 * syllables make other names (Wenli / Wenliang).
 */
export function clippedGiven(a: NameParse, b: NameParse): EvidenceItem | null {
  const ga = a.given?.token;
  const gb = b.given?.token;
  if (!ga || !gb || ga.initial || gb.initial) return null;
  // The given name where it is written first on both sides: the other reading of a two-word
  // name would clip a surname (Kahraman / Kahramanoğlu, Nudel / Nudelman).
  if (a.order !== 'given_first' || b.order !== 'given_first') return null;
  const fa = ga.text;
  const fb = gb.text;
  const [short, long, shortToken] = fa.length < fb.length ? [fa, fb, ga] : [fb, fa, gb];
  if (short.length < 4 || long.length < short.length + 3) return null;
  if (!PLAIN.test(short) || !PLAIN.test(long)) return null;
  if (!long.startsWith(short) && !long.endsWith(short)) return null;
  if (shortToken.folds.some(isKnownGivenFold)) return null;
  return {
    part: 'given',
    a: ga.raw,
    b: gb.raw,
    how: 'diminutive',
    score: 0.9,
    note: CLIPPED_NOTE,
  };
}
