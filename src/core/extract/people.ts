// Person-name spans in a sentence and what each person is to the story (person-roles.ts).

import { isSpace } from '../names/char-codes.ts';
import { isGivenName } from './given-names.ts';
import { NOT_NAME_TOKENS } from './lexicon.ts';
import { organisation } from './organisations.ts';
import type { Token } from './people-tokens.ts';
import { classify, descriptorAfter, descriptorBefore } from './person-roles.ts';
import type { Sentence } from './text.ts';
import { classTest, codePointBefore } from './word-edge.ts';

/** 'speaker' is a weak signal (released people speak too); 'actor' and 'relative' are strong. */
export type PersonRole = 'candidate' | 'actor' | 'relative' | 'speaker';

export interface PersonMention {
  name: string;
  /** Absolute offsets in the report text. */
  start: number;
  end: number;
  role: PersonRole;
  /** Why the role was chosen, for explanations and tests. */
  why: string;
  descriptor: string | null;
  sentence: number;
}

// An Arabic article may open a surname in lower case: 'Salma al-Shehab', 'Alaa el-Fattah'.
// Not right after a letter, mark, digit, apostrophe or hyphen (checked in code: word-edge.ts),
// except an apostrophe of a French or Italian article or preposition elided onto the name: 'aux
// côtés d'Elena X', 'l'opposant', 'dell'attivista' (ELIDED).
// The matches of /(?:(?:al|el|ad|ash|as|at|az|an|ar)-)?\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu,
// found from their capital (capToken): that regex tried its articles at every 'a' and 'e' of
// every sentence.
const CAPITAL_WORD = /\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'as', 'at', 'az', 'an', 'ar']);
const IN_WORD = classTest(/[\p{L}\p{M}\d'’-]/u);
const ELIDED = /(?<![\p{L}])(?:d|l|qu|dell|all|nell|dall|sull)['’]$/u;
// Ukrainian writes -ев after a vowel as -єв ('Сайфулаєв'). Georgian -dze/-shvili, Persian and Azerbaijani -zadeh/-zadə, Turkish -oğlu and Azerbaijani -qızı end surnames too.
// Armenian -յան (-yan; its case endings are cut first: withoutSuffix) and -ունի;
// Greek -όπουλος/-ίδης/-άκης in their cases, and foreign surnames as Greek writes them (-οφ, -σκι).
const SURNAME_SHAPE =
  /(?:sk[iy]|skiy|skyi|ska|skaya|ck[iy]|vich|vitch|wicz|ovic|evic|enk[oa]|chuk|[iy]?uk|ava|ova|eva|[oe]v|au|ou|ik|ich|in|ina|yna|ka|ko|ian|yan|ski|ій|ік|іч|ая|ов|ова|ев|ева|єв|єва|єву|ин|ина|ич|ко|ук|ского|цкого|ской|цкой|ова|ову|ину|ича|енко|еву|ёву|овым|евым|иным|овой|евой|иной|dze|shvili|švili|швили|дзе|zad[eə]h?|oğlu|oglu|qızı|qizi|gizi|kyzy|гызы|кызы|յան|ունի|ենց|πουλ(?:ος|ου|ο|οι)|πούλου|ίδης?|ιδης?|ίδου|άκης?|άκη|άδης?|ούδης?|όγλου|ογλου|οφ|εφ|σκι|σκα|σκάγια|βιτς|ένκο|ενκο|γιαν|ιάν)$/iu;
// Armenian writes the article and case endings onto a surname ('Պետրոսյանը', 'Պետրոսյանին',
// 'Պետրոսյանից'): the name is the -յան (-yan) form before them. Only that shape is cut: given
// names may end in the same letters ('Անի').
const ARMENIAN_CASE = /(?<=յան)(?:ը|ն|ի|ին|ից|ով|ում)$/u;

/**
 * A word without a possessive, a Turkish case ending after an apostrophe ('Gökçe’yi') or an
 * Armenian surname's ending ('Պետրոսյանին').
 */
export function withoutSuffix(word: string): string {
  if (/['’]/.test(word)) return word.replace(/['’](?:s|[aeıiuü]|\p{Ll}{2,5})$/u, '');
  const last = word.charCodeAt(word.length - 1);
  return last >= 0x561 && last <= 0x587 ? word.replace(ARMENIAN_CASE, '') : word;
}

interface Found {
  index: number;
  text: string;
}

/**
 * The first match from `from` of the regex with the articles (above): the first capital from
 * there, with the article written right before it when there is one. An article's match cannot
 * start earlier: its capital would come first.
 */
function capToken(s: string, from: number): Found | null {
  CAPITAL_WORD.lastIndex = from;
  const m = CAPITAL_WORD.exec(s);
  if (!m) return null;
  const j = m.index;
  let start = j;
  if (j - 4 >= from && s.startsWith('ash-', j - 4)) start = j - 4;
  else if (j - 3 >= from && s.charCodeAt(j - 1) === 45 && ARTICLES.has(s.slice(j - 3, j - 1)))
    start = j - 3;
  return { index: start, text: start === j ? m[0] : s.slice(start, j) + m[0] };
}

/** The next capitalised word from `from` that starts a word, or follows an elided article (ELIDED). */
function nextToken(s: string, from: number): Found | null {
  for (let m = capToken(s, from); m; m = capToken(s, from)) {
    const before = codePointBefore(s, m.index);
    if (!IN_WORD(before)) return m;
    if (
      (before === 39 || before === 0x2019) &&
      ELIDED.test(s.slice(Math.max(0, m.index - 5), m.index))
    )
      return m;
    from = m.index + (m.text.codePointAt(0)! > 0xffff ? 2 : 1);
  }
  return null;
}

function tokens(s: string): Token[] {
  const out: Token[] = [];
  for (let m = nextToken(s, 0); m; m = nextToken(s, m.index + m.text.length)) {
    // A possessive is not part of the name: "Tsikhanouski's"; nor is a Turkish case ending,
    // written after an apostrophe ("Akgül'ün", "Gershkovich'in", "Kılıç'a").
    const text = withoutSuffix(m.text);
    out.push({ text, start: m.index, end: m.index + text.length });
  }
  return out;
}

// A lower-case particle inside a name ('Leila de Lima', 'Alejandro González de Canales Plaza',
// 'Rafael van der Berg'): it joins the words around it only after a given name, and never
// before a word that is no name ('Gobierno de Nicaragua', 'presidente de Venezuela').
const PARTICLE =
  /^[ \u00a0](?:de|da|do|dos|das|del|della|di|van|von|der|den|ter|van der|van den|van de|von der|de la|de las|de los|bin|ibn|ben)[ \u00a0]$/u;
// The same particles written with a capital inside a name ('Marco De Luca', 'Nadia El Amrani',
// 'Karim Ben Salah'): a name word between a given name and the surname, though each alone is
// no name (NOT_NAME_TOKENS holds 'de', 'el').
const CAPITAL_PARTICLE = /^(?:De|Di|Da|Do|Dos|Del|Della|Van|Von|Ter|El|Al|Ben|Bin|Ibn|Abu|La|Le)$/u;

function particleJoins(s: string, cur: Token[], t: Token): boolean {
  const prev = cur[cur.length - 1]!;
  return (
    t.start - prev.end <= 9 &&
    PARTICLE.test(s.slice(prev.end, t.start)) &&
    cur.some((c) => isGivenName(c.text)) &&
    !NOT_NAME_TOKENS.has(prev.text.toLowerCase()) &&
    !NOT_NAME_TOKENS.has(t.text.toLowerCase())
  );
}

/** Runs of capitalised tokens separated by one space (or a particle, see PARTICLE). */
function runs(s: string, toks: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const t of toks) {
    const prev = cur[cur.length - 1];
    const gap = prev && t.start - prev.end === 1 ? s[prev.end] : undefined;
    if (gap === ' ' || gap === '\u00a0' || (prev && particleJoins(s, cur, t))) cur.push(t);
    else {
      if (cur.length) out.push(cur);
      cur = [t];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** A capitalised particle after a given name and before a last word: 'Marco De Luca'. */
function particleInside(run: Token[], i: number): boolean {
  return (
    i > 0 &&
    i < run.length - 1 &&
    CAPITAL_PARTICLE.test(run[i]!.text) &&
    isGivenName(run[i - 1]!.text) &&
    !NOT_NAME_TOKENS.has(run[i + 1]!.text.toLowerCase())
  );
}

/**
 * A word that is no name ('July', 'Caracas') unless it is also a given name followed by a name
 * word: Spanish writes its months in lower case, so 'Carlos Julio Rojas' and 'Julio Borges' are
 * people, while 'en julio' never reaches here.
 */
function notName(run: Token[], i: number): boolean {
  const t = run[i]!;
  if (!NOT_NAME_TOKENS.has(t.text.toLowerCase())) return false;
  if (particleInside(run, i)) return false;
  const next = run[i + 1];
  return !(next && isGivenName(t.text) && !NOT_NAME_TOKENS.has(next.text.toLowerCase()));
}

/**
 * 'Впервые Струкова ...', 'Задержание Семченко ...': a sentence opens with a capitalised word that
 * is neither a given name nor a surname, before a surname. In Cyrillic, where the given-name
 * table is broad, that word is taken for an ordinary word, and the pair for no name.
 */
function openingWord(s: string, name: Token[]): boolean {
  const first = name[0]!.text;
  return (
    name.length === 2 &&
    /^[\s«"„“'(—–-]*$/u.test(s.slice(0, name[0]!.start)) &&
    /^\p{Script=Cyrillic}/u.test(first) &&
    !isGivenName(first) &&
    !SURNAME_SHAPE.test(first)
  );
}

/**
 * Family names that open a name in the report's language (lexicons' familyNames: Vietnamese
 * 'Nguyễn', 'Lê'), as written: a name opened by one is read like one opened by a given name.
 * Many places are spelled like such names ('Thái Bình', 'Hà Nội'): after a place noun
 * ('tỉnh', 'tại': `placeBefore`, ending at the run) the run is the place.
 */
export interface FamilyNames {
  names: ReadonlySet<string>;
  placeBefore: RegExp | null;
}
const NO_FAMILY: FamilyNames = { names: new Set(), placeBefore: null };

/** A run opened by a family name, right after a place noun: a place ('tỉnh Thái Bình'). */
function familyPlace(s: string, name: Token[], family: FamilyNames): boolean {
  const first = name[0]!;
  return (
    family.placeBefore !== null &&
    family.names.has(first.text) &&
    family.placeBefore.test(s.slice(Math.max(0, first.start - 40), first.start))
  );
}

function looksLikeName(run: Token[], family: FamilyNames): boolean {
  if (run.length < 2 || run.length > 4) return false;
  const first = run[0]!.text;
  // 'Lê Văn Sơn': a family name of two letters opens a name too.
  const opened = family.names.has(first);
  // After a family name, a word that is also a place is a middle or given name: Vietnamese
  // 'Hoàng Đức Bình' (Đức, Germany), 'Trần Việt Hà'.
  const placeOk = (i: number) => opened && i > 0;
  if (
    run.some(
      (t, i) => (notName(run, i) && !placeOk(i)) || (t.text.length < 2 && !(i === 0 && opened)),
    )
  )
    return false;
  const last = run[run.length - 1]!.text;
  return opened || isGivenName(first) || SURNAME_SHAPE.test(last);
}

// A place noun right before a run: its first word is the place, in the genitive or in apposition
// ('Житель города Худжанда Джахонгир Муродов', 'w miejscowości Lida Ihar ...', 'city of Khujand').
const SAINT = /^(?:San|Santa|Santo|São|Saint|Sainte|St|Ste|Sankt|Sveti|Sveta|Sv)$/u;
const PLACE_NOUN_BEFORE =
  /(?<![\p{L}])(?:города|городе|город|г\.|села|селе|посёлка|поселка|деревни|района|области|горада|вёскі|міста|city\s+of|town\s+of|village\s+of|ville\s+de|ciudad\s+de|città\s+di|Stadt|miasta|mieście|miejscowości)\s+$/iu;

// Ukrainian and Russian open a sentence with an impersonal participle or a predicative before
// the name it governs ('Звільнено Нарімана Джелялова', 'Затримано ...', 'Відомо ...').
const IMPERSONAL = /^\p{Script=Cyrillic}{4,}(?:но|то)$/u;

/** The run's first word opens the sentence and is an impersonal verb form, not a name's. */
function impersonalOpening(s: string, run: Token[]): boolean {
  const first = run[0]!;
  return (
    run.length >= 3 &&
    IMPERSONAL.test(first.text) &&
    !isGivenName(first.text) &&
    /^[\s«"„“'(—–-]*$/u.test(s.slice(0, first.start))
  );
}

/** Strips leading non-name words ("US President", "Journalist") and keeps them as context. */
function trimRun(
  s: string,
  run: Token[],
  titleCase: boolean,
  family: FamilyNames,
): { name: Token[]; lead: Token[] } {
  let i = 0;
  if (
    run.length >= 3 &&
    PLACE_NOUN_BEFORE.test(s.slice(Math.max(0, run[0]!.start - 24), run[0]!.start))
  )
    i = 1;
  while (i < run.length - 1 && notName(run, i)) i++;
  if (i === 0 && impersonalOpening(s, run)) i = 1;
  // Sentence-initial descriptors: "Journalist Ihar Losik", "Philosopher ..."
  // 'Ông Nguyễn Văn Hóa', 'Nhà báo ...': so are Mr and Mrs before a family name that opens one.
  const opens = (t: Token) => isGivenName(t.text) || family.names.has(t.text);
  while (i < run.length - 2 && !opens(run[i]!) && opens(run[i + 1]!)) i++;
  // Words of an outlet or a party before a name: "Belsat TV Katsyaryna Tkachenka", "Development
  // Party Ali Aliyev". The name starts at its given name when nothing before it can be a name's.
  const given = run.findIndex((t, k) => k > i && k < run.length - 1 && isGivenName(t.text));
  if (
    given > i &&
    run.slice(i, given).every((t) => !isGivenName(t.text) && !SURNAME_SHAPE.test(t.text))
  )
    i = given;
  let j = run.length;
  // A family name opens a name of up to four words whose last may be a common word too
  // (Vietnamese 'Huỳnh Thị Tố Nga': Nga, Russia; 'Nguyễn Văn Công Em').
  const family4 = family.names.has(run[i]!.text) && j - i <= 4;
  while (!family4 && j > i + 1 && NOT_NAME_TOKENS.has(run[j - 1]!.text.toLowerCase())) j--;
  // In Title Case lines a name runs into the next words: "Sergey Tikhanovsky Walks Free".
  if (titleCase && j - i > 2) {
    let k = j - 1;
    while (k > i + 1 && !SURNAME_SHAPE.test(run[k]!.text) && !isGivenName(run[k]!.text)) k--;
    j = k + 1;
  }
  return { name: run.slice(i, j), lead: run.slice(0, i) };
}

/** s.split(/\s+/u).length, without the array: one more than its runs of white space. */
function wordCount(s: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

export function findPeople(
  text: string,
  sentence: Sentence,
  family: FamilyNames = NO_FAMILY,
): PersonMention[] {
  const s = sentence.text;
  const out: PersonMention[] = [];
  const toks = tokens(s);
  // A list of full names ('Manuel Salvador García Rodríguez, José Iván Centeno Tercero, ...') is
  // capitalised too, but commas part it: headlines rarely hold two.
  // Nor is a list item ('- Padre Pablo Antonio Villafranca Martinez, sacerdote da ...').
  // (Three tokens at least: fewer are no more than 0.6 of four words.)
  const words = toks.length >= 3 ? wordCount(s) : 0;
  const titleCase =
    words >= 4 &&
    toks.length / words > 0.6 &&
    s.split(',').length < 3 &&
    !/^\s*(?:[-–—•*·▪]|\d{1,3}[.)])\s/u.test(s);
  for (const run of runs(s, toks)) {
    // 'Dicle Fırat Gazeteciler Derneği', 'Popular Front Party', 'Movimiento Opositor Juventud
    // Despierta', 'el partido Voluntad Popular': an organisation's name.
    if (organisation(s, run)) continue;
    const { name, lead } = trimRun(s, run, titleCase, family);
    // 'San Francisco de Yare', 'São Paulo', 'Sankt Petersburg': a saint's name is a place's.
    if (SAINT.test(lead[lead.length - 1]?.text ?? '')) continue;
    if (!looksLikeName(name, family) || openingWord(s, name) || familyPlace(s, name, family))
      continue;
    const start = name[0]!.start;
    const end = name[name.length - 1]!.end;
    const { role, why } = classify(s, start, end, name, lead);
    out.push({
      name: text.slice(sentence.start + start, sentence.start + end),
      start: sentence.start + start,
      end: sentence.start + end,
      role,
      why,
      descriptor: descriptorBefore(s, start, lead) ?? descriptorAfter(s, end),
      sentence: sentence.index,
    });
  }
  return out;
}
