// Person names in scripts without capital letters (Arabic, Persian, Bengali). The capitalised-run rule of
// people.ts finds nothing there, so a name is read where the press puts one: after a word that
// introduces a person ('المواطن الفرنسي', 'شهروند فرانسوی', 'إطلاق سراح', 'آزادی') or an official
// role ('الرئيس الفرنسي'), as the next two or three words that are not function words. A sentence
// that opens with a name and then says 'از ... آزاد شد' is read too. Anything else stays unread:
// a missed name costs recall, a function word read as a name would cost precision.
import { agedPeople } from './aged-people.ts';
import { adjacent, type Word, words } from './caseless-words.ts';
import { type Lexicon, perLexicon } from './lexicons/index.ts';
import type { PersonMention } from './people.ts';
import { objectsBeforeRa } from './persian-objects.ts';
import type { Sentence } from './text.ts';

/** Arabic script: the list and go-between readers of it know its conjunction and article. */
export const ARABIC_SCRIPT = /[\u0600-\u06ff]/u;
const BENGALI_SCRIPT = /[\u0980-\u09ff]/u;
export const CASELESS_SCRIPT = /[\u0600-\u06ff\u0980-\u09ff]/u;
const MAX_NAME = 3;
// Folded as fold() reads them: 'آل' and 'أبو' lose their hamza and madda.
const JOINS = new Set(['ال', 'بن', 'بنت', 'ابن', 'ابو', 'عبد', 'ام']);
/** Letters Persian writes and Arabic does not, and the zero-width non-joiner. */
const PERSIAN_LETTERS = /[پچژگکی\u200c]/u;
/** The written ezafe: heh with hamza above, as one letter or two. */
const EZAFE = /ۀ|ه\u0654$/u;

interface Lead {
  words: string[];
  role: boolean;
}

export interface Rules {
  /** Lead phrases as word arrays, longest first; `role` marks an official's title. */
  leads: Lead[];
  /** The leads by their first word, each list in the order of `leads`. */
  leadsByFirst: ReadonlyMap<string, readonly Lead[]>;
  stops: ReadonlySet<string>;
  /** Nouns and modifiers of counted prisoners ('مواطن*', 'آخر*'): never part of a name. */
  stopStems: readonly string[];
  lightVerbs: ReadonlySet<string>;
  places: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  /** Given names in these letters ('حسن', 'مهدی'): one opens a name wherever it stands. */
  given: ReadonlySet<string>;
  /**
   * Single words of the release, arrest, charge and verdict lists ('آزادی', 'بازداشت'): a lead
   * that is one names the person of its event right after it, never in apposition.
   */
  eventNouns: ReadonlySet<string>;
  /**
   * Names in apposition after a lead and a comma (appositionAt): Persian only (its list, and a
   * sentence in its letters). Arabic sets a clause, not a name, after such a comma often enough
   * that dev half b lost a detention to it; an Arabic report may be read with both lists.
   */
  apposition: boolean;
}

/** Arabic spelling variants that the press mixes: hamza forms of alif, final yeh, ZWNJ. */
const FOLDS = /[\u064b-\u065fأإآىیک\u200c]/u;

export function fold(w: string): string {
  // Most words need none of it: leads and stops fold every word of a sentence many times.
  if (!FOLDS.test(w)) return w;
  return w
    .replace(/[\u064b-\u065f]/gu, '')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ی/gu, 'ي')
    .replace(/ک/gu, 'ك')
    .replace(/\u200c/gu, '');
}

export const caselessRules = perLexicon((lx: Lexicon): Rules => {
  const leads: Rules['leads'] = [];
  const stops = new Set<string>();
  const places = new Set<string>();
  const openers = new Set<string>();
  const stopStems: string[] = [];
  const lightVerbs = new Set<string>();
  const eventNouns = new Set<string>();
  for (const l of lx.lists) {
    for (const w of [
      ...(l.release ?? []),
      ...(l.releaseWeak ?? []),
      ...(l.arrestWords ?? []),
      ...(l.chargeWords ?? []),
      ...(l.sentenceWords ?? []),
    ])
      if (CASELESS_SCRIPT.test(w) && !/\s/u.test(w)) eventNouns.add(fold(w.replace(/\*/gu, '')));
    for (const w of [...(l.prisonerNouns ?? []), ...(l.countModifiers ?? [])]) {
      if (!CASELESS_SCRIPT.test(w) || /\s/u.test(w)) continue;
      if (w.endsWith('*')) stopStems.push(fold(w.replace(/^\*|\*$/gu, '')));
      else stops.add(fold(w.replace(/^\*/u, '')));
    }
    for (const w of l.nameLightVerbs ?? []) lightVerbs.add(fold(w));
    for (const w of l.nameLeads ?? []) leads.push({ words: split(w), role: false });
    for (const w of l.officialRoles ?? [])
      if (CASELESS_SCRIPT.test(w)) leads.push({ words: split(w), role: true });
    for (const w of l.nameStops ?? []) stops.add(fold(w));
    // 'شقيقتها' (her sister), 'السجن' (prison): a relative's or a prison's noun ends a name
    // ('علياء الهذلول شقيقة ...', 'غادر خالد درارني السجن').
    for (const w of [...(l.possessedNouns ?? []), ...(l.relativeNouns ?? []), ...(l.regimes ?? [])])
      if (CASELESS_SCRIPT.test(w) && !/\s/u.test(w)) stops.add(fold(w.replace(/^\*/u, '')));
    // 'بحبس أربعة نشطاء': a number after a lead word counts people, it names no one.
    for (const w of Object.keys(l.numbers ?? {})) if (CASELESS_SCRIPT.test(w)) stops.add(fold(w));
    // case47: 'عشرات آلاف المعتقلين' (tens of thousands of detainees): a vague number counts
    // people as a number does.
    for (const w of Object.keys(l.vague ?? {})) if (CASELESS_SCRIPT.test(w)) stops.add(fold(w));
    // 'سناء سيف لعام ونصف': the words of a prison term end a name.
    for (const w of [...(l.termYears ?? []), ...(l.termMonths ?? []), ...(l.termOneYear ?? [])])
      if (CASELESS_SCRIPT.test(w) && !/\s/u.test(w)) stops.add(fold(w));
    for (const w of l.nameOpenedBy ?? []) openers.add(fold(w));
    // 'هنوز', 'همچنان' (still): an adverb of time opens no name ('هنوز جزئیاتی از ...').
    for (const w of l.stillWords ?? [])
      if (CASELESS_SCRIPT.test(w) && !/\s/u.test(w)) stops.add(fold(w));
    for (const names of Object.values(l.places ?? {}))
      for (const p of names) if (CASELESS_SCRIPT.test(p)) for (const w of split(p)) places.add(w);
  }
  leads.sort((a, b) => b.words.length - a.words.length);
  const leadsByFirst = new Map<string, Lead[]>();
  for (const lead of leads) {
    const first = lead.words[0]!;
    leadsByFirst.set(first, [...(leadsByFirst.get(first) ?? []), lead]);
  }
  const given = new Set(
    lx.lists.flatMap((l) =>
      (l.givenNames ?? []).filter((w) => CASELESS_SCRIPT.test(w)).map(givenFold),
    ),
  );
  const apposition = lx.lists.some((l) => l.languages.includes('fa'));
  return {
    leads,
    leadsByFirst,
    stops,
    stopStems,
    lightVerbs,
    places,
    openers,
    given,
    eventNouns,
    apposition,
  };
});

/** As fold, but final alif maqsura stays: 'على' (on) is no 'علي' (Ali). */
const NEEDS_FOLD = /[\u064b-\u065fأإآیک\u200c]/u;
const givenFold = (w: string) =>
  !NEEDS_FOLD.test(w)
    ? w
    : w
        .replace(/[\u064b-\u065f]/gu, '')
        .replace(/[أإآ]/gu, 'ا')
        .replace(/ی/gu, 'ي')
        .replace(/ک/gu, 'ك')
        .replace(/\u200c/gu, '');

function split(phrase: string): string[] {
  return phrase.split(/\s+/u).filter(Boolean).map(fold);
}

/** The lead phrase (if any) that starts at word i: how many words it takes and if it is a role. */
/**
 * The lead phrase at word i, or null. `joined`: a second lead may carry the conjunction و
 * ('الناشط واليوتوبر محمد رضى': the activist and YouTuber).
 */
export function leadAt(
  ws: Word[],
  i: number,
  r: Rules,
  joined = false,
): { length: number; role: boolean } | null {
  if (i >= ws.length) return null;
  const first = fold(ws[i]!.text);
  // Only leads whose first word is this one (or, joined, this one less its 'و') can match.
  const own = r.leadsByFirst.get(first);
  const unjoined = joined && first.startsWith('و') ? r.leadsByFirst.get(first.slice(1)) : undefined;
  const candidates =
    own && unjoined
      ? r.leads.filter((l) => own.includes(l) || unjoined.includes(l))
      : (own ?? unjoined ?? []);
  for (const lead of candidates) {
    if (i + lead.words.length > ws.length) continue;
    if (lead.words.every((w, k) => k === 0 || fold(ws[i + k]!.text) === w))
      return { length: lead.words.length, role: lead.role };
  }
  return null;
}

/** A nationality or other adjective after a lead noun: 'الفرنسي', 'فرانسوی'. */
function adjective(w: string, r: Rules): boolean {
  const f = fold(w);
  // Nationalities are place words ('الفرنسي'): skipped here, never read as a name.
  return f.length >= 4 && !r.stops.has(f) && /(?:ي|ية)$/u.test(f);
}

function stopWord(f: string, r: Rules): boolean {
  if (r.stops.has(f) || r.places.has(f) || r.stopStems.some((p) => f.startsWith(p))) return true;
  // case47: the lists write prisoner nouns bare ('معتقل*'); with the article ('المعتقلين') the
  // word is the same common noun, never a surname.
  const bare = f.startsWith('ال') && f.length > 4 ? f.slice(2) : '';
  return bare !== '' && !r.places.has(bare) && r.stopStems.some((p) => bare.startsWith(p));
}

function nameWord(w: Word, first: boolean, r: Rules): boolean {
  const f = fold(w.text);
  // 'خالد علي': Ali written with yeh after a name's first word is a name; fold makes it the
  // preposition 'على', which ends a name.
  if (!first && w.text === 'علي') return true;
  if (f.length < 2 || stopWord(f, r)) return false;
  // case47: Persian writes the ezafe only on a noun that a complement follows ('نخبۀ دانشگاه':
  // the elite of the university); a given name and a surname stand side by side without it.
  if (EZAFE.test(w.text)) return false;
  // A name rarely opens with the article; a later word may carry it ('عبد الله', 'الشهاب').
  // The article is a bare alif: 'ألينا', 'ألكسندر' open with a hamza and are names.
  if (first) return !/^ال/u.test(w.text.replace(/[\u064b-\u065f]/gu, ''));
  // The conjunction is written onto the next word: 'سيسيل كولر وجاك باري' is two people. Not in
  // Persian, which writes it apart: a word with Persian letters is a surname ('ولی‌زاده').
  return !(f.startsWith('و') && f.length > 3 && !PERSIAN_LETTERS.test(w.text));
}

function familyNisba(w: string, first: string, r: Rules): boolean {
  const f = fold(w);
  return r.places.has(f) && /^ال\p{L}+ي$/u.test(f) && r.given.has(givenFold(first));
}

/** Words i.. that make a name (2 to MAX_NAME of them), or 0. */
export function nameLength(s: string, ws: Word[], i: number, r: Rules): number {
  let n = 0;
  // A name's words that join it to the next ('آل', 'بن', 'أبو', 'عبد', a detached article 'ال')
  // cannot end it: 'محمود جاسم آل طوق' is one name of four words.
  while (
    (n < MAX_NAME || (n < MAX_NAME + 2 && JOINS.has(fold(ws[i + n - 1]!.text)))) &&
    i + n < ws.length
  ) {
    const w = ws[i + n]!;
    if (n > 0 && !adjacent(s, ws[i + n - 1]!, w)) break;
    // 'ماهينور المصري': a nationality after a given name is a family name (the press puts the
    // nationality before the name: 'الناشط المصري علاء'); it ends the name.
    if (n > 0 && familyNisba(w.text, ws[i]!.text, r)) {
      n++;
      break;
    }
    if (!nameWord(w, n === 0, r) || leadAt(ws, i + n, r)) break;
    n++;
    // A Bengali case ending closes the name ('আহমেদকে কাশিমপুর': the place is no part of it).
    if (n >= 2 && caseEnding(w.text) > 0) break;
  }
  while (n > 0 && JOINS.has(fold(ws[i + n - 1]!.text))) n--;
  // 'آزادی گروندو تشکر کرد': the noun of a compound verb ('تشکر کرد') is not a name's part.
  const next = ws[i + n];
  if (n >= 2 && next && r.lightVerbs.has(fold(next.text))) n--;
  return n >= 2 ? n : 0;
}

// Bengali writes case endings onto a name's last word: the object 'আলমকে', the genitive
// 'আলমের', each with the emphatic 'ও' ('আলমকেও'). The name is read without it, as a list of
// people names them ('জিয়ার', -র after a vowel, is left: 'আনোয়ার' ends so too).
const BENGALI_ENDINGS = ['কেও', 'েরও', 'কে', 'ের'];
/** A word's Bengali case ending's length, or 0: only where three letters or more stay. */
function caseEnding(w: string): number {
  if (!BENGALI_SCRIPT.test(w)) return 0;
  const e = BENGALI_ENDINGS.find((x) => w.endsWith(x) && w.length - x.length >= 3);
  return e?.length ?? 0;
}

function mention(
  text: string,
  sentence: Sentence,
  ws: Word[],
  at: number,
  n: number,
  role: PersonMention['role'],
  descriptor: string | null,
): PersonMention {
  const start = sentence.start + ws[at]!.start;
  const end = sentence.start + ws[at + n - 1]!.end - caseEnding(ws[at + n - 1]!.text);
  return {
    name: text.slice(start, end),
    start,
    end,
    role,
    why: role === 'actor' ? 'title before name' : 'named after a lead word',
    descriptor,
    sentence: sentence.index,
  };
}

/** Names after lead words, and a name that opens a sentence followed by one of `openers`. */
export function findCaselessPeople(text: string, sentence: Sentence, lx: Lexicon): PersonMention[] {
  const s = sentence.text;
  if (!CASELESS_SCRIPT.test(s)) return [];
  const r = caselessRules(lx);
  const ws = words(s);
  const out: PersonMention[] = [];
  const persian = r.apposition && PERSIAN_LETTERS.test(s);
  let i = 0;
  while (i < ws.length) {
    const lead = leadAt(ws, i, r);
    if (!lead) {
      i++;
      continue;
    }
    let j = i + lead.length;
    let role = lead.role;
    // Further leads and adjectives qualify the first: 'المواطن الفرنسي', 'الرئيس الفرنسي'.
    for (let more = leadAt(ws, j, r, true); more; more = leadAt(ws, j, r, true)) {
      role ||= more.role;
      j += more.length;
    }
    while (j < ws.length && adjective(ws[j]!.text, r) && nameLength(s, ws, j + 1, r) > 0) j++;
    let n = j < ws.length && adjacent(s, ws[j - 1]!, ws[j]!) ? nameLength(s, ws, j, r) : 0;
    if (n === 0 && persian && !role && !r.eventNouns.has(fold(ws[i]!.text))) {
      const at = appositionAt(s, ws, j, r);
      if (at > 0) {
        j = at;
        n = nameLength(s, ws, at, r);
      }
    }
    if (n > 0) {
      const lead = s.slice(ws[i]!.start, ws[j - 1]!.end);
      // 'مدير المرصد ... الصحفي X': the lead is a noun of the office's complement.
      const actor = role || roleChain(s, ws, j, r);
      out.push(mention(text, sentence, ws, j, n, actor ? 'actor' : 'candidate', lead));
      i = j + n;
    } else i = j;
  }
  out.push(...givenLed(text, sentence, ws, r, out));
  for (const o of objectsBeforeRa(s, ws, (i) => nameLength(s, ws, i, r))) {
    const at = sentence.start + ws[o.at]!.start;
    if (!out.some((p) => p.start <= at && at < p.end))
      out.push(mention(text, sentence, ws, o.at, o.length, 'candidate', null));
  }
  out.push(
    ...agedPeople(
      text,
      sentence,
      (w) => nameWord({ text: w, start: 0, end: 0 }, false, r),
      (w) => r.given.has(givenFold(w)),
      out,
    ),
  );
  const opening = openingName(s, ws, r);
  if (opening > 0 && !out.some((m) => m.start === sentence.start + ws[0]!.start))
    out.unshift(mention(text, sentence, ws, 0, opening, 'candidate', null));
  return out.filter((m) => !givenOnly(m.name));
}

/**
 * case47: 'عبد الرضا', 'عبد العزيز' (servant of ...) is one given name written in two words, not
 * a given name and a surname: the press writes a freed or held person's name in full, and the
 * two words alone are a full name cut short (the rest fell to a stop) or a first-name mention.
 */
function givenOnly(name: string): boolean {
  const ws = name.split(/\s+/u);
  return ws.length === 2 && fold(ws[0]!) === 'عبد';
}

/** How many words of a lead's complement may stand before the comma of an apposition. */
const COMPLEMENT = 3;
const COMMA = /^[ \u00a0]*[،,][ \u00a0]*$/u;
/** 'و' (and) and 'که' (who), folded: either closes an apposition as a comma does. */
const CLOSERS: ReadonlySet<string> = new Set(['و', 'که'].map(fold));

/**
 * 'دو تبعه این کشور، سسیل کوهلر، ...' (two nationals of this country, C. K., ...): a lead noun
 * whose complement ('این کشور') keeps the name from its side; the name stands after the comma,
 * in apposition, and a comma, 'و' or 'که' closes it. Returns the name's first word, or 0.
 */
function appositionAt(s: string, ws: Word[], j: number, r: Rules): number {
  // k = j - 1: the comma right after the lead ('همسرش، ژاک پاریس': her husband, J. P.).
  for (let k = j - 1; k < Math.min(ws.length - 2, j + COMPLEMENT); k++) {
    if (k >= j && !adjacent(s, ws[k - 1]!, ws[k]!)) return 0;
    if (!COMMA.test(s.slice(ws[k]!.end, ws[k + 1]!.start))) continue;
    const n = nameLength(s, ws, k + 1, r);
    const after = ws[k + 1 + n];
    if (n === 0) return 0;
    const closed =
      !after ||
      COMMA.test(s.slice(ws[k + n]!.end, after.start)) ||
      (adjacent(s, ws[k + n]!, after) && CLOSERS.has(fold(after.text)));
    return closed ? k + 1 : 0;
  }
  return 0;
}

/** 'اولیویه گروندو از ایران آزاد شد': two name words, then an opener ('از', 'که'). */
function openingName(s: string, ws: Word[], r: Rules): number {
  if (ws.length < 3 || /\S/u.test(s.slice(0, ws[0]!.start).replace(/[«"'“]/gu, ''))) return 0;
  if (leadAt(ws, 0, r)) return 0;
  const n = nameLength(s, ws, 0, r);
  if (n !== 2) return 0;
  const next = ws[n]!;
  return adjacent(s, ws[n - 1]!, next) && r.openers.has(fold(next.text)) ? n : 0;
}

/**
 * 'بجامعة القاهرة حسن نافعة، وحازم حسني', 'مهدی نیکعهد، سردبیر': a given name of the lists and
 * the name words after it, where no lead word stands before them; the conjunction و written
 * onto the given name is left out of the name.
 */
function givenLed(
  text: string,
  sentence: Sentence,
  ws: Word[],
  r: Rules,
  found: readonly PersonMention[],
): PersonMention[] {
  if (r.given.size === 0) return [];
  const s = sentence.text;
  const out: PersonMention[] = [];
  for (let i = 0; i < ws.length; i++) {
    const f = givenFold(ws[i]!.text);
    const and = f.length > 3 && f.startsWith('و') && isGiven(f.slice(1), r);
    if (!and && !isGiven(f, r)) continue;
    const at = sentence.start + ws[i]!.start;
    if (found.some((p) => p.start <= at && at < p.end) || afterRole(ws, i, r)) continue;
    // A title that opens with a given name ('آية الله': Aya is one) is no name.
    if (leadAt(ws, i, r)?.role) continue;
    // The given name itself is read as a name's first word; the words after it as its rest.
    const n = nameLength(s, ws, i + 1, r) > 0 ? 1 + nameLength(s, ws, i + 1, r) : 0;
    // A lead word after it ('علي الناشطة': on the activist) ends the name before it starts.
    const rest =
      n === 0 && i + 1 < ws.length && adjacent(s, ws[i]!, ws[i + 1]!) && !leadAt(ws, i + 1, r)
        ? 2
        : n;
    const len = givenLength(ws, i, rest);
    if (len < 2 || !nameWord(ws[i + 1]!, false, r)) continue;
    const start = at + (and ? 1 : 0);
    const end = sentence.start + ws[i + len - 1]!.end - caseEnding(ws[i + len - 1]!.text);
    const chained = roleChain(s, ws, i, r);
    out.push({
      name: text.slice(start, end),
      start,
      end,
      role: chained ? 'actor' : 'candidate',
      why: chained ? 'title before name' : 'given name',
      descriptor: null,
      sentence: sentence.index,
    });
    i += len - 1;
  }
  return out;
}

/** Up to MAX_NAME words from i, more where a joining word ('آل', 'بن') carries the name on. */
function givenLength(ws: Word[], i: number, rest: number): number {
  let len = Math.min(rest, MAX_NAME);
  while (len < rest && len < MAX_NAME + 2 && JOINS.has(fold(ws[i + len - 1]!.text))) len++;
  while (len > 0 && JOINS.has(fold(ws[i + len - 1]!.text))) len--;
  return len;
}

/**
 * A given name of the lists, or two of them written as one word, with or without the
 * zero-width non-joiner (folded away): Persian 'محمدحسین', 'محمد‌رضا', 'علیرضا'.
 */
function isGiven(f: string, r: Rules): boolean {
  if (r.given.has(f)) return true;
  for (let k = 2; k <= f.length - 2; k++)
    if (r.given.has(f.slice(0, k)) && r.given.has(f.slice(k))) return true;
  return false;
}

/** How many words a role's complements may take before the name (roleChain). */
const CHAIN = 5;
// 'الرئيس السابق لحزب ...': a former office says who the prisoner was, not that they act now.
const FORMER = /^(?:ال)?(?:سابق|اسبق|أسبق)(?:ة|ه)?$|^(?:پیشین|سابق)$/u;

/**
 * A role a few words before word i, its complements between with no comma, stop or given name:
 * 'مدير المرصد العربي للحريات X' (the director of the Arab observatory for freedoms, X). Arabic
 * and Persian write what the role is of after the role noun (idafa), so it seldom stands right
 * before the name; the person holds the office, and is not among the freed.
 */
function roleChain(s: string, ws: Word[], i: number, r: Rules): boolean {
  if (i < 2 || !adjacent(s, ws[i - 1]!, ws[i]!)) return false;
  for (let k = i - 2; k >= Math.max(0, i - CHAIN - 1); k--) {
    const between = ws[k + 1]!.text;
    // A given name between holds the role itself ('القاضي محمد ... بحبس الناشطة X').
    if (!adjacent(s, ws[k]!, ws[k + 1]!) || FORMER.test(fold(between))) return false;
    if (r.given.has(givenFold(between))) return false;
    const lead = leadAt(ws, k, r);
    if (lead?.role && k + lead.length < i) return true;
  }
  return false;
}

/** An official's title ends right before word i ('العاهل المغربي محمد', 'الوزير الأسبق عبد'). */
function afterRole(ws: Word[], i: number, r: Rules): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const lead = leadAt(ws, k, r);
    if (!lead?.role) continue;
    let j = k + lead.length;
    while (j < i && (adjective(ws[j]!.text, r) || r.stops.has(fold(ws[j]!.text)))) j++;
    if (j === i) return true;
  }
  return false;
}
