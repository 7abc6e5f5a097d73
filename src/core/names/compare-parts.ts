import { GIVEN_SCORES, groupInitials, relateGroups } from './given-names.ts';
import { sameLongVowels } from './long-vowels.ts';
import type { GivenInfo, NameParse, SurnameForm } from './parse.ts';
import { Recent } from './recent.ts';
import { editDistance, innerTypo, isSwap, jaroWinkler, withinOneEdit } from './similarity.ts';
import { phoneticKey, skeleton, vowelPattern } from './sound-keys.ts';
import { compoundShortened, foldVariant, spellingVariant } from './spelling-variants.ts';
import type { EvidenceItem } from './types.ts';
import { syllablesApart, vowelsApart } from './vowel-rules.ts';

/** Surname scores by how the two spellings relate (see docs/names.md). */
export const SURNAME_SCORES = {
  exact: 1,
  transliteration: 0.97,
  skeleton: 0.92,
  skeletonShort: 0.88,
  phonetic: 0.85,
  phoneticShort: 0.84,
  one_edit: 0.82,
  one_edit_long: 0.88,
  one_edit_skeleton: 0.78,
  inflectedPenalty: 0.02,
} as const;

export interface SurnameMatch {
  item: EvidenceItem;
  a: SurnameForm;
  b: SurnameForm;
}

/** Two surname forms a rule matched, as written, with the rule's way, score and note. */
export function surnameMatch(
  x: SurnameForm,
  y: SurnameForm,
  how: EvidenceItem['how'],
  score: number,
  note: string,
): SurnameMatch {
  return { item: { part: 'surname', a: x.text, b: y.text, how, score, note }, a: x, b: y };
}

/**
 * Within one level, the closer spelling scores up to 0.02 more, so that of two people whose
 * surnames share a skeleton the one spelled more alike ranks first; the level's score is the
 * ceiling and never drops by more than 0.02 (so no decision threshold is crossed).
 */
function closer(level: number, a: SurnameForm, b: SurnameForm): number {
  return Math.round((level - 0.02 + 0.02 * jaroWinkler(a.fold, b.fold)) * 1000) / 1000;
}

type Relation = Pick<EvidenceItem, 'how' | 'score'>;

/**
 * Relations of a fixed score, one object each: a comparison returns them many times per search
 * (mostly a mismatch), and callers copy what they keep, never change them. Not frozen: a frozen
 * object has another shape than the relations made with a computed score.
 */
const rel = (how: EvidenceItem['how'], score: number): Relation => ({ how, score });
const MISMATCH = rel('mismatch', 0);
const SURNAME_EXACT = rel('exact', SURNAME_SCORES.exact);
const SURNAME_TRANSLIT = rel('transliteration', SURNAME_SCORES.transliteration);
const SKELETON = rel('skeleton', SURNAME_SCORES.skeleton);
const SKELETON_SHORT = rel('skeleton', SURNAME_SCORES.skeletonShort);
const PHONETIC = rel('phonetic', SURNAME_SCORES.phonetic);
const PHONETIC_SHORT = rel('phonetic', SURNAME_SCORES.phoneticShort);
const ONE_EDIT = rel('one_edit', SURNAME_SCORES.one_edit);
const ONE_EDIT_SKELETON = rel('one_edit', SURNAME_SCORES.one_edit_skeleton);
const GIVEN_EXACT = rel('exact', GIVEN_SCORES.exact);
const GIVEN_TRANSLIT = rel('transliteration', GIVEN_SCORES.transliteration);
const GIVEN_DIMINUTIVE = rel('diminutive', GIVEN_SCORES.diminutive);
const GIVEN_INITIAL = rel('initial', GIVEN_SCORES.initial);
const INITIALS = rel('initial', 0.7);
const GIVEN_ONE_EDIT = rel('one_edit', 0.82);
/** A typo inside a long name the table knows, on the other side an unknown word: enough. */
const GIVEN_TYPO = rel('one_edit', 0.86);
const GIVEN_SKELETON = rel('skeleton', 0.9);
/** A Persian or Arabic compound given name without its second part (Heshmatollah / Heshmat). */
const GIVEN_SHORTENED = rel('diminutive', GIVEN_SCORES.diminutive);
/** Another spelling of one given name by a letter the press writes or not (spelling-variants.ts). */
const GIVEN_SPELLING = rel('transliteration', 0.95);
/** The same for a surname (Dzhakishev / Zhakishev). */
const SURNAME_SPELLING = rel('transliteration', 0.95);
const GIVEN_PHONETIC = rel('phonetic', 0.86);

function ladder(a: SurnameForm, b: SurnameForm): Relation {
  const S = SURNAME_SCORES;
  if (a.text === b.text && !a.inflected && !b.inflected) return SURNAME_EXACT;
  if (a.fold === b.fold) return SURNAME_TRANSLIT;
  if (sameLongVowels(a.text, b.text)) return SURNAME_TRANSLIT;
  const short = a.skel.length <= 3;
  // A short skeleton leaves little to go on: the vowels must agree in pattern and, letter by
  // letter, differ in two places at most (Khamenei / Khomeini share xmn and ai: two people).
  if (short && (vowelPattern(a.fold) !== vowelPattern(b.fold) || editDistance(a.fold, b.fold) > 2))
    return shortFallback(a, b);
  // Two consonants: two Latin spellings of one name also write the same syllables.
  if (a.skel.length <= 2 && syllablesApart(a.text, b.text)) return shortFallback(a, b);
  // Consonants alike, vowels of two names (Movahed / Movahedi, Gültan / Gülten): a letter
  // apart at best.
  if (a.skel === b.skel && vowelsApart(a.text, b.text)) return shortFallback(a, b);
  if (a.skel === b.skel && vichApart(a.fold, b.fold)) return shortFallback(a, b);
  if (a.skel === b.skel && cyrillicVowelApart(a, b)) return shortFallback(a, b);
  if (a.skel === b.skel && uaApart(a, b)) return shortFallback(a, b);
  if (a.skel === b.skel && a.skel.length >= 2) {
    return { how: 'skeleton', score: closer(short ? S.skeletonShort : S.skeleton, a, b) };
  }
  // Not moved by the spelling's similarity: kh against h is always a letter apart.
  if (a.skel.length >= 2 && hAsKh(a.text, b.text, a.skel, b.skel)) {
    return short ? SKELETON_SHORT : SKELETON;
  }
  if (a.phon === b.phon && a.phon.length >= 2) {
    return short ? PHONETIC_SHORT : PHONETIC;
  }
  if (spellingVariant(a.text, b.text) || foldVariant(a.fold, b.fold)) return SURNAME_SPELLING;
  if (Math.min(a.fold.length, b.fold.length) >= 5 && withinOneEdit(a.fold, b.fold)) {
    // In a long surname two neighbouring letters swapped is a typo (Navalny / Navanly); a
    // letter changed may be another family (Statkevich / Stankevich).
    const long =
      Math.min(a.fold.length, b.fold.length) >= 7 &&
      a.gender === b.gender &&
      isSwap(a.fold, b.fold);
    return { how: 'one_edit', score: closer(long ? S.one_edit_long : S.one_edit, a, b) };
  }
  // The swap typed, not folded: two swapped letters can fold apart (Kagarlitsky / Kagarlitksy,
  // where ts is one letter).
  const genders = !a.gender || !b.gender || a.gender === b.gender;
  if (Math.min(a.text.length, b.text.length) >= 7 && genders && isSwap(a.text, b.text))
    return { how: 'one_edit', score: closer(S.one_edit_long, a, b) };
  if (a.skel.length >= 4 && withinOneEdit(a.skel, b.skel)) {
    return ONE_EDIT_SKELETON;
  }
  return MISMATCH;
}

/**
 * A Latin spelling against a Cyrillic one whose vowels no romanisation, of this or of a
 * kindred Cyrillic form, turns into each other: у is never a, e or i (Kutaev / Кутуев are two
 * families), while а / о, е / и / і / я are left to the other rules (Belarusian Калеснікава,
 * Russian Колесникова). Compared slot by slot where both have as many vowel groups (nm43).
 */
const CYRILLIC = /[\u0400-\u04ff]/u;
function cyrillicVowelApart(a: SurnameForm, b: SurnameForm): boolean {
  if (CYRILLIC.test(a.text) === CYRILLIC.test(b.text)) return false;
  const va = a.fold.match(/[aeiou]+/g) ?? [];
  const vb = b.fold.match(/[aeiou]+/g) ?? [];
  if (va.length !== vb.length) return false;
  for (let i = 0; i < va.length; i++) {
    const x = va[i]![0]!;
    const y = vb[i]![0]!;
    if (x !== y && (x === 'u' || y === 'u') && 'aei'.includes(x === 'u' ? y : x)) return true;
  }
  return false;
}

/**
 * Two Latin spellings alike but for one vowel, u on one side and a on the other (Gluzman /
 * Glazman, Gafarov / Gafurov): no romanisation writes у as a or а as u, so these are two
 * names. Not before l, where Arabic compounds write the article either way (Abdulla /
 * Abdalla), nor in a short skeleton (left to the rules for short names). Rule vowel:u-a.
 */
function uaApart(a: SurnameForm, b: SurnameForm): boolean {
  if (a.skel.length < 3 || a.fold.length !== b.fold.length) return false;
  if (CYRILLIC.test(a.text) || CYRILLIC.test(b.text)) return false;
  let diff = -1;
  for (let i = 0; i < a.fold.length; i++) {
    if (a.fold[i] === b.fold[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  const pair = a.fold[diff]! + b.fold[diff]!;
  if (pair !== 'ua' && pair !== 'au') return false;
  // Not a vowel of a digraph (ou, au, ua) nor before l.
  const near = (f: string) => `${f[diff - 1] ?? ''}${f[diff + 1] ?? ''}`;
  return !/[aeiou]/.test(near(a.fold)) && !/[aeiou]/.test(near(b.fold)) && a.fold[diff + 1] !== 'l';
}

/**
 * Slavic -ovich and -evich on one stem are two families (Zenkovich / Zinkevich, Belarusian
 * -avich being -ovich unstressed): the suffix's vowel follows the stem's last consonant, hard
 * or soft, and no romanisation writes one for the other.
 */
const O_VICH = /[oa]vič$/;
const E_VICH = /[eè]vič$/;
function vichApart(x: string, y: string): boolean {
  if (!x.endsWith('vič') || !y.endsWith('vič')) return false;
  return (O_VICH.test(x) && E_VICH.test(y)) || (E_VICH.test(x) && O_VICH.test(y));
}

/** A Latin h that is no part of a digraph (kh, sh, ch, zh, th, ph, gh, dh, bh, wh). */
const LONE_H = /(?<![kscztpgdbw])h/;
const KH = /kh|[хx]/;

/**
 * Names from Central Asia and the Caucasus reach English through Russian, whose х writes their
 * h (Hayit / Хайит / Khayit, Mahmadali / Makhmadali), and Uyghur Latin writes x (Toxti): a
 * Latin spelling's lone h (folded as г) against kh, х or x on the other side, skeletons equal
 * but for that letter. Two Cyrillic spellings (Гаврилов / Хаврилов) are not read so.
 */
export function hAsKh(ta: string, tb: string, sa: string, sb: string): boolean {
  // The skeletons first (most pairs differ in length or have no x): the texts' tests cost more.
  if (sa === sb || sa.length !== sb.length || (!sa.includes('x') && !sb.includes('x')))
    return false;
  if (sa.replace(/x/g, 'g') !== sb.replace(/x/g, 'g')) return false;
  return (LONE_H.test(ta) && KH.test(tb)) || (LONE_H.test(tb) && KH.test(ta));
}

function shortFallback(a: SurnameForm, b: SurnameForm): Relation {
  if (Math.min(a.fold.length, b.fold.length) >= 5 && withinOneEdit(a.fold, b.fold)) return ONE_EDIT;
  return MISMATCH;
}

/** Whether an inflected form of the pair came from a Czech feminine -ová (czechFeminineBases). */
function czechFeminine(a: SurnameForm, b: SurnameForm): boolean {
  return (a.inflected && a.text.endsWith('ová')) || (b.inflected && b.text.endsWith('ová'));
}

/** Best relation between two surnames over their spellings and nominative forms. */
export function compareSurnames(as: SurnameForm[], bs: SurnameForm[]): SurnameMatch | null {
  let best: SurnameMatch | null = null;
  for (const a of as) {
    for (const b of bs) {
      const r = ladder(a, b);
      const inflected = a.inflected || b.inflected;
      const score = Math.max(0, r.score - (inflected ? SURNAME_SCORES.inflectedPenalty : 0));
      if (best && score <= best.item.score) continue;
      const item: EvidenceItem = { part: 'surname', a: a.text, b: b.text, how: r.how, score };
      if (inflected)
        item.note = czechFeminine(a, b) ? 'czech:-ová (feminine ending)' : 'case ending stripped';
      if (r === SURNAME_SPELLING)
        item.note = `spelling:${spellingVariant(a.text, b.text) ?? foldVariant(a.fold, b.fold)}`;
      best = { item, a, b };
    }
  }
  return best;
}

function initialsOf(g: GivenInfo): Set<string> {
  const s = new Set([g.token.initialClass]);
  for (const r of g.groups)
    if (r.kind !== 'translation') for (const c of groupInitials(r.group.id)) s.add(c);
  return s;
}

/**
 * Whether the table knows the name (not only as a translation). A module-level function: a
 * closure made per call costs a property definition each time under tsx (keepNames).
 */
function known(g: GivenInfo): boolean {
  return g.groups.some((r) => r.kind !== 'translation');
}

function fullGiven(a: GivenInfo, b: GivenInfo): Relation {
  if (a.token.text === b.token.text) return GIVEN_EXACT;
  if (a.token.folds.some((f) => b.token.folds.includes(f))) return GIVEN_TRANSLIT;
  if (sameLongVowels(a.token.text, b.token.text)) return GIVEN_TRANSLIT;
  const rel = relateGroups(a.groups, b.groups);
  if (rel) return rel;
  if (known(a) && known(b)) return MISMATCH;
  if (petForm(a, b) || petForm(b, a)) return GIVEN_DIMINUTIVE;
  const fa = a.token.folds[0] ?? '';
  const fb = b.token.folds[0] ?? '';
  const sound = unknownBySound(a, b, fa, fb);
  if (sound) return sound;
  // A letter the press writes or leaves out (Martha / Marta, Sholeh / Shole): spelling-variants.ts.
  if (spellingVariant(a.token.text, b.token.text)) return GIVEN_SPELLING;
  if (compoundShortened(a.token.text, b.token.text)) return GIVEN_SHORTENED;
  if (fa.length >= 4 && withinOneEdit(fa, fb)) {
    const typo = known(a) ? innerTypo(fa, fb) : known(b) && innerTypo(fb, fa);
    return typo ? GIVEN_TYPO : GIVEN_ONE_EDIT;
  }
  return MISMATCH;
}

/**
 * Slavic pet forms made with a suffix (Oksana / Oksanka, Mykhailo / Mykhailyk, Ostap /
 * Ostapchyk): a name no table knows that is another name, its final vowel dropped, and one
 * of the suffixes. -ka only from a name ending in -a (Ivanka is no Ivan), the others from one
 * that does not; the stem keeps four letters. Suffixes are written as folds (chyk, чык: čik).
 */
const PET_SUFFIXES_A = ['ka', 'očka', 'ečka', 'uška', 'usa', 'isa'];
const PET_SUFFIXES = ['ik', 'čik', 'ek', 'ok'];

/** On folds, so that a Latin and a Cyrillic spelling compare (Oksanka / Оксана). */
function petForm(pet: GivenInfo, full: GivenInfo): boolean {
  const p = pet.token.folds[0] ?? '';
  const f = full.token.folds[0] ?? '';
  // Most pairs stop here: the pet form starts with the name's first letters.
  if (p.length <= f.length || p.length > f.length + 5 || p.charCodeAt(1) !== f.charCodeAt(1))
    return false;
  if (p.charCodeAt(0) !== f.charCodeAt(0) || known(pet)) return false;
  const female = f.endsWith('a');
  const stem = /[aoyi]$/.test(f) ? f.slice(0, -1) : f;
  if (stem.length < 4 || !p.startsWith(stem)) return false;
  const suffix = p.slice(stem.length);
  return (female ? PET_SUFFIXES_A : PET_SUFFIXES).includes(suffix);
}

/**
 * Skeletons of given names no table knows, kept for the next comparisons: the first name's
 * (a search's query) is asked for every candidate, a candidate's for each reading of the query.
 */
const firstSkeletons = new Recent<string>(4);
const otherSkeletons = new Recent<string>(4);

/**
 * Given names the table does not know (Mahmadali / Makhmadali, Buzurgmehr in Tajik and
 * Russian Cyrillic) by their consonants, as surnames are; a short skeleton must also agree on
 * its vowels (Marat / Murat are two names). One of them known and the other not: no.
 */
function unknownBySound(a: GivenInfo, b: GivenInfo, fa: string, fb: string): Relation | null {
  if (known(a) || known(b)) return null;
  const sa = firstSkeletons.get(fa, skeleton);
  const sb = otherSkeletons.get(fb, skeleton);
  if (sa.length < 3 || (sa.length === 3 && vowelPattern(fa) !== vowelPattern(fb))) return null;
  const bySkeleton = sa === sb || hAsKh(a.token.text, b.token.text, sa, sb);
  if (!bySkeleton && !(sa.length >= 4 && phoneticKey(sa) === phoneticKey(sb))) return null;
  // The vowels only where the consonants agree (they are the costlier test).
  if (vowelsApart(a.token.text, b.token.text)) return null;
  return bySkeleton ? GIVEN_SKELETON : GIVEN_PHONETIC;
}

/** Given names: equal, same group, diminutive, translation, consistent initial, or not. */
export function compareGiven(a: GivenInfo | null, b: GivenInfo | null): EvidenceItem {
  if (!a || !b) {
    return {
      part: 'given',
      a: a?.token.raw ?? '',
      b: b?.token.raw ?? '',
      how: 'missing',
      score: 0.5,
    };
  }
  return givenItem(a, b, givenRelation(a, b));
}

function givenRelation(a: GivenInfo, b: GivenInfo): Relation {
  if (a.token.initial && b.token.initial) {
    const same = a.token.initialClass === b.token.initialClass;
    return same ? INITIALS : MISMATCH;
  }
  if (a.token.initial || b.token.initial) {
    const [ini, full] = a.token.initial ? [a, b] : [b, a];
    const ok = initialsOf(full).has(ini.token.initialClass);
    return ok ? GIVEN_INITIAL : MISMATCH;
  }
  return fullGiven(a, b);
}

function givenItem(a: GivenInfo, b: GivenInfo, r: Relation): EvidenceItem {
  const e: EvidenceItem = {
    part: 'given',
    a: a.token.raw,
    b: b.token.raw,
    how: r.how,
    score: r.score,
  };
  const lemma = a.lemma ?? b.lemma;
  if (lemma && r.how !== 'mismatch') e.note = `read as ${lemma}`;
  if (r === GIVEN_SPELLING) e.note = `spelling:${spellingVariant(a.token.text, b.token.text)}`;
  if (r === GIVEN_SHORTENED) e.note = 'compound given name shortened (-ollah, -eddin)';
  return e;
}

/** Patronymics, when both names carry one: the same father's name, or evidence against. */
export function comparePatronymic(a: NameParse, b: NameParse): EvidenceItem | null {
  const pa = a.patronymic;
  const pb = b.patronymic;
  if (!pa || !pb) return null;
  const base = { part: 'patronymic' as const, a: pa.token.raw, b: pb.token.raw };
  if (pa.gender && pb.gender && pa.gender !== pb.gender)
    return { ...base, how: 'mismatch', score: 0 };
  if (pa.token.initial || pb.token.initial) {
    const ok = pa.token.initialClass === pb.token.initialClass;
    return { ...base, how: ok ? 'initial' : 'mismatch', score: ok ? 0.75 : 0 };
  }
  if (pa.token.text === pb.token.text) return { ...base, how: 'exact', score: 1 };
  if (pa.token.folds.some((f) => pb.token.folds.includes(f))) {
    return { ...base, how: 'transliteration', score: 0.97 };
  }
  const rel = relateGroups(pa.roots, pb.roots);
  if (rel && rel.how !== 'translation') return { ...base, ...rel };
  if (skeleton(pa.token.folds[0] ?? '') === skeleton(pb.token.folds[0] ?? '')) {
    return { ...base, how: 'skeleton', score: 0.9 };
  }
  return { ...base, how: 'mismatch', score: 0 };
}
