import {
  isVietnameseSurname,
  joinCompounds,
  type NameFamily,
  nameFamily,
  PARTICLES,
  stripArticle,
  syllabic,
} from './families.ts';
import { foldToken, foldVariants } from './fold.ts';
import { romaniseName } from './foreign.ts';
import { type ForeignScript, foreignScripts, hasForeignLetter } from './foreign-scripts.ts';
import { type GroupRef, isKnownGivenFold, lookupGiven } from './given-names.ts';
import {
  czechFeminineBases,
  georgianNominativeStem,
  looksLikePatronymic,
  mansGenitiveGiven,
  mansGenitiveSurname,
  mongolianGenitive,
  nominativeCandidates,
  patronymicGender,
  patronymicRoots,
  surnameGender,
} from './morphology.ts';
import { isPlain, normaliseToken } from './script.ts';
import { phoneticKey, skeleton } from './sound-keys.ts';
import { dropLeadingTitles } from './titles.ts';
import { split, type TokenInfo, tokenReadAs } from './tokens.ts';
import type { Gender } from './types.ts';

export type { TokenInfo } from './tokens.ts';

/** A surname spelling reduced to its keys; an inflected query token gives extra forms. */
export interface SurnameForm {
  text: string;
  fold: string;
  skel: string;
  phon: string;
  gender: Gender;
  stem: string;
  inflected: boolean;
}

export interface GivenInfo {
  token: TokenInfo;
  groups: GroupRef[];
  /** Set when the groups were found through a nominative of an inflected form (Сергея). */
  lemma?: string;
}

export type NameOrder = 'given_first' | 'surname_first' | 'comma' | 'caps' | 'single';

export interface NameParse {
  order: NameOrder;
  surname: { text: string; forms: SurnameForm[] } | null;
  given: GivenInfo | null;
  patronymic: { token: TokenInfo; roots: GroupRef[]; gender: Gender } | null;
  middle: TokenInfo[];
}

export interface ParsedName {
  input: string;
  tokens: TokenInfo[];
  parses: NameParse[];
  /** Scripts other than Latin and Cyrillic the name is written in (absent when none). */
  scripts?: ForeignScript[];
  /** The name as read into Latin letters, when it was written in another script. */
  reading?: string;
  /** A naming tradition whose romanisations need their own rules (absent for the default). */
  family?: NameFamily;
  /** Both readings of a two-word name, built on first use (bothOrders). */
  orders?: NameParse[];
  /** The readings compared for a name of the Arabic family, built on first use (compare.ts). */
  givenFirst?: NameParse[];
}

/**
 * A parsed name with every field present (the absent ones undefined): all parsed names share
 * one object shape, so the comparison's property reads stay monomorphic.
 */
export function parsedName(input: string, tokens: TokenInfo[], parses: NameParse[]): ParsedName {
  return {
    input,
    tokens,
    parses,
    scripts: undefined,
    reading: undefined,
    family: undefined,
    orders: undefined,
    givenFirst: undefined,
  };
}

const formsCache = new Map<string, SurnameForm[]>();

/** Surname forms, cached by the surname's words (the same surname recurs across aliases). */
export function surnameForms(tokens: TokenInfo[]): SurnameForm[] {
  // Only recurring words (given names read as surnames) are kept: a new surname would stay
  // alive through garbage collections for no later hit. givenLike depends on a word's text
  // alone, so other words are never in the cache and need no look-up.
  if (!allGivenLike(tokens)) return computeForms(tokens);
  const key = tokens.length === 1 ? tokens[0]!.text : tokens.map((t) => t.text).join(' ');
  const hit = formsCache.get(key);
  if (hit) return hit;
  const forms = computeForms(tokens);
  if (formsCache.size > 10_000) formsCache.clear();
  formsCache.set(key, forms);
  return forms;
}

function allGivenLike(tokens: TokenInfo[]): boolean {
  for (const t of tokens) if (!t.givenLike) return false;
  return true;
}

function addForm(forms: SurnameForm[], fold: string, inflected: boolean, text: string): void {
  for (const f of forms) if (f.fold === fold) return;
  forms.push(surnameForm(fold, inflected, text));
}

/** A surname spelling's keys, from its fold. */
export function surnameForm(fold: string, inflected: boolean, text: string): SurnameForm {
  const skel = skeleton(fold);
  const g = surnameGender(fold);
  return { text, fold, skel, phon: phoneticKey(skel), gender: g.gender, stem: g.stem, inflected };
}

/** Fold combinations of a (possibly multi-word) surname; one word is the common case. */
function surnameFolds(tokens: TokenInfo[]): string[] {
  if (tokens.length === 1) return tokens[0]!.folds;
  let acc = [''];
  for (const t of tokens) acc = acc.flatMap((a) => t.folds.map((f) => a + f));
  return acc.slice(0, 4);
}

function computeForms(tokens: TokenInfo[]): SurnameForm[] {
  const text = tokens.length === 1 ? tokens[0]!.text : tokens.map((t) => t.text).join(' ');
  const forms: SurnameForm[] = [];
  for (const v of surnameFolds(tokens)) addForm(forms, v, false, text);
  const last = tokens[tokens.length - 1];
  if (last) {
    const head =
      tokens.length === 1
        ? ''
        : tokens
            .slice(0, -1)
            .map((t) => t.folds[0] ?? '')
            .join('');
    for (const lemma of nominativeCandidates(last.text)) {
      for (const f of foldVariants(lemma)) addForm(forms, head + f, true, lemma);
    }
    // A Czech or Slovak feminine -ová keeps the word's text: the evidence names the rule.
    // Czech ch is х, also at the end of the stem (Belichová = Белых).
    for (const base of czechFeminineBases(last.text)) {
      for (const f of foldVariants(base)) addForm(forms, head + f, true, last.text);
      addForm(forms, head + foldToken(base, true), true, last.text);
    }
    const father = tokens.length === 1 ? mongolianGenitive(last.text) : null;
    if (father) for (const f of foldVariants(father)) addForm(forms, f, true, father);
  }
  return forms;
}

/**
 * Given-name groups by token text; `info` is the last GivenInfo made from the entry, handed
 * out again for the same token object (parses are never mutated).
 */
const givenCache = new Map<string, { groups: GroupRef[]; lemma?: string; info?: GivenInfo }>();

function cyrillicNameIn(ref: GroupRef, folds: string[]): boolean {
  return ref.group.names.some(
    (n) => /[\u0400-\u04ff]/.test(n) && folds.includes(foldVariants(normaliseToken(n))[0] ?? ''),
  );
}

/**
 * Groups of a given name. A Cyrillic token must match a Cyrillic spelling of the group, else
 * it is read as an inflected form: 'Марии' folds like English 'Mary' but is Мария in a case.
 */
function resolveGiven(token: TokenInfo): { groups: GroupRef[]; lemma?: string } {
  const groups = token.folds.flatMap((f) => lookupGiven(f));
  const cyr = /[\u0400-\u04ff]/.test(token.text);
  const named = groups.some(
    (r) => r.kind !== 'translation' && (!cyr || cyrillicNameIn(r, token.folds)),
  );
  if (token.initial) return { groups };
  if (named) return { groups: withEgyptianG(token.text, groups) };
  for (const lemma of nominativeCandidates(token.text)) {
    for (const f of foldVariants(lemma)) {
      const found = lookupGiven(f);
      if (found.length > 0) return { groups: found, lemma };
    }
  }
  const lemma = mansGenitiveGiven(token.text);
  if (lemma) {
    const found = foldVariants(lemma).flatMap((f) => lookupGiven(f));
    if (mansGroups(found)) return { groups: found, lemma };
  }
  return { groups: withEgyptianG(token.text, groups) };
}

/** `groups` and, when none is Arabic, the Arabic groups of the name's Egyptian reading. */
function withEgyptianG(text: string, groups: GroupRef[]): GroupRef[] {
  const egyptian = egyptianG(text);
  if (!egyptian || groups.some((r) => r.group.family === 'arabic')) return groups;
  const found = foldVariants(egyptian).flatMap((f) => lookupGiven(f));
  const arabic = found.filter((r) => r.group.family === 'arabic');
  return arabic.length > 0 ? [...groups, ...arabic] : groups;
}

/**
 * Egyptian Arabic says ج as g, and Egyptian spellings write it so (Galal for Jalal, Ragab for
 * Rajab, Naguib for Najib, Maged for Majed): a Latin given name no table knows, read with j
 * for g, when that is a name of the Arabic family. Rule translit:ar egyptian g.
 */
function egyptianG(text: string): string | null {
  // Not ng or gh (Chinese Heng, Persian Ghader), nor in a short word (Korean Go).
  if (text.length < 4 || !/^[a-z]+$/.test(text) || !EGYPTIAN_G.test(text)) return null;
  return text.replace(/gu(?=[ei])/g, 'j').replace(EGYPTIAN_G_ALL, 'j');
}

const EGYPTIAN_G = /(?<!n)g(?!h)/;
const EGYPTIAN_G_ALL = /(?<!n)g(?!h)/g;

export function givenInfo(token: TokenInfo): GivenInfo {
  let hit = givenCache.get(token.text);
  if (!hit) {
    hit = resolveGiven(token);
    // Cached for names the table knows (directly or through a case ending), not for
    // surnames read as given names in the other reading of a name.
    if (hit.groups.length > 0) {
      if (givenCache.size > 5_000) givenCache.clear();
      givenCache.set(token.text, hit);
    }
  }
  if (hit.info?.token === token) return hit.info;
  // lemma always present (undefined when none): one object shape.
  const info: GivenInfo = { token, groups: hit.groups, lemma: hit.lemma };
  // Only a token the token cache keeps comes back as the same object.
  if (token.givenLike || token.initial) hit.info = info;
  return info;
}

function patronymicInfo(token: TokenInfo): NonNullable<NameParse['patronymic']> {
  const fold = token.folds[0] ?? '';
  const roots = patronymicRoots(fold).flatMap((r) => lookupGiven(r));
  return { token, roots, gender: patronymicGender(fold) };
}

const isGiven = (t: TokenInfo) => !t.initial && t.givenLike;
const isPatronymic = (t: TokenInfo) =>
  !t.initial &&
  t.folds.some(
    (f) => looksLikePatronymic(f) && patronymicRoots(f).some((r) => isKnownGivenFold(r)),
  );

function build(order: NameOrder, surname: TokenInfo[], rest: TokenInfo[]): NameParse {
  const { given, patr, middle } = rest.length > 1 ? restParts(rest) : oneRest(rest);
  const gi = given ? givenBeside(givenInfo(given), surname) : null;
  return {
    order,
    surname: surname.length
      ? { text: surnameText(surname), forms: formsBeside(surname, gi) }
      : null,
    given: gi,
    patronymic: patr ? patronymicInfo(patr) : null,
    middle,
  };
}

/**
 * A surname's forms, and beside a man's given name read through a case ending (Андрея), the
 * man's nominative of a surname in -ова, -ина (Пивоварова is then his genitive, not a woman's
 * name). A new array: the cached forms are shared.
 */
function formsBeside(surname: TokenInfo[], given: GivenInfo | null): SurnameForm[] {
  const forms = surnameForms(surname);
  if (!given?.lemma || surname.length !== 1 || !mansGroups(given.groups)) return forms;
  const extra = mansGenitiveSurname(surname[0]!.text);
  if (extra.length === 0) return forms;
  const out = [...forms];
  for (const lemma of extra) for (const f of foldVariants(lemma)) addForm(out, f, true, lemma);
  return out;
}

/**
 * A given name in -а, -я beside a surname in the accusative or dative (-у, -ю: Аляксандра
 * Фядуту, Александра Федуту) is a man's in the same case, not a woman's nominative (hers would
 * be Аляксандру Фядуту): read as the man's name the table knows without the ending.
 */
function givenBeside(given: GivenInfo, surname: TokenInfo[]): GivenInfo {
  const s = surname.length === 1 ? surname[0]!.text : '';
  const g = given.token.text;
  if (given.lemma || !/[ую]$/.test(s) || !/[бвгджзклмнпрстфхцчшщ]а$/.test(g)) return given;
  if (nominativeCandidates(s).length === 0) return given;
  const lemma = g.slice(0, -1);
  const groups = foldVariants(lemma).flatMap((f) => lookupGiven(f));
  return mansGroups(groups) ? { token: given.token, groups, lemma } : given;
}

function mansGroups(groups: GroupRef[]): boolean {
  let man = false;
  for (const r of groups) {
    if (r.group.gender === 'f') return false;
    if (r.group.gender === 'm') man = true;
  }
  return man;
}

interface RestParts {
  given: TokenInfo | null;
  patr: TokenInfo | null;
  middle: TokenInfo[];
}

/** restParts of no word or one (the common case): the word is the given name. */
function oneRest(rest: TokenInfo[]): RestParts {
  return { given: rest[0] ?? null, patr: null, middle: [] };
}

/** The given name, patronymic and middle words among the words beside the surname. */
function restParts(rest: TokenInfo[]): RestParts {
  const full = rest.filter((t) => !t.initial);
  const inits = rest.filter((t) => t.initial);
  const given = full[0] ?? inits[0] ?? null;
  const others = rest.filter((t) => t !== given);
  const patr =
    (full.length >= 2 ? others.find((t) => isPatronymic(t)) : undefined) ??
    (full[0] ? null : (inits[1] ?? null));
  return { given, patr, middle: others.filter((t) => t !== patr) };
}

function surnameText(surname: TokenInfo[]): string {
  return surname.length === 1 ? surname[0]!.text : surname.map((t) => t.text).join(' ');
}

function without(tokens: TokenInfo[], t: TokenInfo): TokenInfo[] {
  return tokens.filter((x) => x !== t);
}

type Item = { info: TokenInfo; caps: boolean };

function parsesFor(items: Item[]): NameParse[] {
  if (items.length === 2) {
    const two = twoWords(items[0]!, items[1]!);
    if (two) return two;
  }
  const tokens = items.map((i) => i.info);
  const capsTokens = items.filter((i) => i.caps && !i.info.initial).map((i) => i.info);
  if (capsTokens.length > 0 && capsTokens.length < items.length) {
    return [
      build(
        'caps',
        capsTokens,
        tokens.filter((t) => !capsTokens.includes(t)),
      ),
    ];
  }
  const full = tokens.filter((t) => !t.initial);
  if (full.length === 0) return [build('single', [], tokens)];
  if (full.length === 1) {
    const only = full[0]!;
    if (tokens.length === 1 && isGiven(only)) return [build('single', [], tokens)];
    return [
      build(
        'single',
        [only],
        tokens.filter((t) => t !== only),
      ),
    ];
  }
  // Patronymics only come with a given name and a surname: three words or more.
  const patr = full.length >= 3 ? full.find((t, i) => i > 0 && isPatronymic(t)) : undefined;
  const core = full.filter((t) => t !== patr);
  const first = core[0]!;
  const last = core[core.length - 1]!;
  // Each reading is built only when chosen: it costs surname forms and a given-name lookup.
  if (core.length === 1) return [build('single', [first], without(tokens, first))];
  let givenFirst = true;
  let both = false;
  if (patr) {
    // Patronymic last: 'Surname Given Patronymic', unless the first word is the given name
    // ('Igor Losik Gennadievich', as some English reports write it).
    const last3 = full.indexOf(patr) === full.length - 1;
    givenFirst = !last3 || (isGiven(first) && !isGiven(last));
  } else if (
    core.length >= 3 &&
    isVietnameseSurname(first.text) &&
    !isVietnameseSurname(last.text)
  ) {
    givenFirst = false;
  } else {
    const gf = isGiven(first);
    const gl = isGiven(last);
    if (gl && !gf) givenFirst = false;
    else if (gf === gl) both = core.length === 2;
  }
  const gFirst = both || givenFirst ? build('given_first', [last], without(tokens, last)) : null;
  const sFirst =
    both || !givenFirst ? build('surname_first', [first], without(tokens, first)) : null;
  return [gFirst, sFirst].filter((p): p is NameParse => p !== null);
}

/**
 * parsesFor of two full words (most names), without the lists the general case makes; null
 * when a word is an initial. One word in capitals is the surname; otherwise a given name
 * the table knows on one side only is the given name, and on neither or both sides the name
 * is read both ways.
 */
function twoWords(a: Item, b: Item): NameParse[] | null {
  const x = a.info;
  const y = b.info;
  if (x.initial || y.initial) return null;
  // A word repeated is one token object, also in capitals: then both or neither are.
  if (a.caps !== b.caps) return a.caps ? [build('caps', [x], [y])] : [build('caps', [y], [x])];
  const gf = x.givenLike;
  const gl = y.givenLike;
  const givenFirst = !(gl && !gf);
  const both = gf === gl;
  const out: NameParse[] = [];
  if (both || givenFirst) out.push(build('given_first', [y], x === y ? [] : [x]));
  if (both || !givenFirst) out.push(build('surname_first', [x], x === y ? [] : [y]));
  return out;
}

/**
 * Both readings of a two-word name. East Asian names come in either order (Li Zhiying as the
 * Chinese write it, Zhiying Li in some English reports); the given-name table cannot tell.
 */
export function bothOrders(p: ParsedName): NameParse[] {
  if (p.tokens.length !== 2 || p.parses.length !== 1) return p.parses;
  if (p.orders) return p.orders;
  const [x, y] = p.tokens as [TokenInfo, TokenInfo];
  // Kept on the parsed name: a query is compared with several candidates.
  p.orders = [build('surname_first', [x], [y]), build('given_first', [y], [x])];
  return p.orders;
}

/**
 * The readings of a Chinese or Korean name: bothOrders, and for three one-syllable words
 * (Yoon Suk Yeol, Kim Dae Jung) also the first word as the surname, the others as the given
 * name, as those names are written.
 */
export function eastAsianOrders(p: ParsedName): NameParse[] {
  if (p.tokens.length !== 3 || p.parses.length !== 1 || p.parses[0]!.order !== 'given_first')
    return bothOrders(p);
  const [x, y, z] = p.tokens as [TokenInfo, TokenInfo, TokenInfo];
  if (!syllabic(x.text) || !syllabic(y.text) || !syllabic(z.text)) return p.parses;
  return [p.parses[0]!, build('surname_first', [x], [y, z])];
}

const parseCache = new Map<string, ParsedName>();

/**
 * Tokenises and reads a name: 'Given Surname', 'SURNAME Given', 'Surname, Given', initials.
 * Results are cached (bounded): parsed names are treated as immutable by every caller.
 */
export function parseName(input: string): ParsedName {
  const hit = parseCache.get(input);
  if (hit) return hit;
  const parsed = parseUncached(input);
  if (parseCache.size > 5_000) parseCache.clear();
  parseCache.set(input, parsed);
  return parsed;
}

/** parseName without the cache, for inputs read once (building an index). */
export function parseUncached(input: string): ParsedName {
  // ASCII input is already NFC; only other input pays for normalisation.
  const plain = isPlain(input);
  const nfc = plain ? input : input.normalize('NFC');
  let text = dropLeadingTitles(
    (/[«»"“”„()[\]{}<>]/.test(nfc) ? nfc.replace(/[«»"“”„()[\]{}<>]/g, ' ') : nfc).trim(),
  );
  let scripts: ForeignScript[] | undefined;
  // Spaces for brackets, trimming and dropping words keep a plain text plain.
  if (!plain && !isPlain(text) && hasForeignLetter(text)) {
    scripts = foreignScripts(text);
    if (!scripts.includes('unread')) text = romaniseName(text, scripts);
  }
  return readText(input, text, scripts);
}

/**
 * A name in another script parsed from its Latin reading (`parsed.reading`, stored by the
 * index), so the script is not read again. Equal to parseUncached(input).
 */
export function parseReading(input: string, reading: string): ParsedName {
  return readText(input, reading, foreignScripts(input));
}

function readText(input: string, text: string, scripts: ForeignScript[] | undefined): ParsedName {
  const parsed = parseText(input, text);
  if (scripts) {
    parsed.scripts = scripts;
    parsed.reading = text;
    if (scripts.length === 1 && scripts[0] === 'ka') addGeorgianStems(parsed);
  }
  const family = nameFamily(parsed);
  if (family) parsed.family = family;
  // Arabic, Persian and South Asian names put the given name first (see compare.ts).
  if (family === 'arabic' && parsed.parses.length > 1 && !surnameOpens(parsed)) {
    const first = parsed.parses.filter((x) => x.order !== 'surname_first');
    if (first.length > 0) parsed.parses = first;
  }
  return parsed;
}

/** Each reading's one-word surname also without the Georgian nominative -i (new arrays). */
function addGeorgianStems(parsed: ParsedName): void {
  for (const p of parsed.parses) {
    const first = p.surname?.forms[0];
    const stem = first && !first.inflected ? georgianNominativeStem(first.fold) : null;
    if (!p.surname || !stem || p.surname.text.includes(' ')) continue;
    const forms = [...p.surname.forms];
    addForm(forms, stem, true, stem);
    p.surname = { ...p.surname, forms };
  }
}

/**
 * Whether a name of the Arabic family may open with its surname: when the first word is no
 * given name and ends like a family name of the Turkic, Persian, Caucasian or Slavic kind
 * (Jafarov Rasul, Mohammadi Narges, Hajiyev Bakhtiyar). Jawar Mohammed stays given-first.
 */
export function surnameOpens(p: ParsedName): boolean {
  const first = p.tokens[0];
  return !!first && !first.givenLike && FAMILY_NAME_END.test(first.text);
}

const FAMILY_NAME_END =
  /(?:ov|ev|ova|eva|yev|yeva|li|lı|lu|lü|oğlu|oglu|zade|zadeh|yan|ian|pour|nejad|nezhad|[^aeiou]i)$/;

/** Longest particle (binti, della): longer words need no set look-up. */
const MAX_PARTICLE = Math.max(...[...PARTICLES].map((p) => p.length));
const isParticle = (text: string) => text.length <= MAX_PARTICLE && PARTICLES.has(text);
/** A particle as written: Catalan i in lower case only (I is an initial: Ivan I. Ivanov). */
const particleWord = (t: TokenInfo) => isParticle(t.text) && (t.text !== 'i' || t.raw === 'i');

/** Words of a name part without particles (bin, al, van, de), unless nothing else is left. */
function words(part: string): Array<{ info: TokenInfo; caps: boolean }> {
  const items = azerbaijaniLetters(part, split(part));
  // A particle is dropped after the first word only: Ben Stiller keeps his given name.
  let particles = 0;
  // Vietnamese Văn (van without its mark) is a middle name, not the Dutch particle.
  const viet = items.length > 0 && isVietnameseSurname(items[0]!.info.text);
  for (let i = 1; i < items.length; i++) if (!viet && particleWord(items[i]!.info)) particles++;
  const kept = particles > 0 ? items.filter((x, i) => i === 0 || !particleWord(x.info)) : items;
  return joinCompounds(kept.map((i) => stripArticle(i)));
}

/** Letters Turkish and Azerbaijani write, and the x and q only Azerbaijani of the two has. */
const TURKIC_CUE = /[əƏığĞçÇşŞ]/u;
const X_OR_Q = /[xqXQ]/;

/**
 * In a name with Azerbaijani or Turkish letters, x is kh and q is g in every word, not only in
 * a word with such a letter of its own (Rəşadət Axundov = Rashadat Akhundov, Vaqif Xaçatryan
 * = Vagif Khachatryan): nm43. Turkish writes neither x nor q, so such a name is Azerbaijani.
 */
function azerbaijaniLetters<T extends { info: TokenInfo }>(part: string, items: T[]): T[] {
  if (!X_OR_Q.test(part) || !TURKIC_CUE.test(part)) return items;
  return items.map((item) => {
    const t = item.info.text;
    if (!X_OR_Q.test(t)) return item;
    return { ...item, info: tokenReadAs(item.info.raw, t.replace(/x/g, 'kh').replace(/q/g, 'g')) };
  });
}

function parseText(input: string, text: string): ParsedName {
  const comma = text.indexOf(',');
  if (comma > 0) {
    const before = words(text.slice(0, comma)).map((i) => i.info);
    const after = words(text.slice(comma + 1)).map((i) => i.info);
    if (before.length > 0 && after.length > 0) {
      return parsedName(input, [...before, ...after], [build('comma', before, after)]);
    }
  }
  const items = words(comma < 0 ? text : text.replace(/,/g, ' '));
  return parsedName(
    input,
    items.map((i) => i.info),
    parsesFor(items),
  );
}
