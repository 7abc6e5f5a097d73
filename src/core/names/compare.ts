import { balticMatch } from './baltic.ts';
import { benJoinedMatch } from './ben-joined.ts';
import { burmeseOrderApart, burmesePrefixApart, burmeseSyllablesOnly } from './burmese.ts';
import { cantonesePinyinMatch } from './cantonese-pinyin.ts';
import { cantoneseReading } from './cantonese-reading.ts';
import { isSpace } from './char-codes.ts';
import type { SurnameMatch } from './compare-parts.ts';
import { compareGiven, comparePatronymic, compareSurnames } from './compare-parts.ts';
import { readingGiven, readingSurname } from './compare-readings.ts';
import {
  arabicVowelsAlike,
  compareMiddle,
  familyGiven,
  familySurname,
  initialToMatch,
  joinGiven,
  surnameVariants,
} from './compare-rules.ts';
import { CLIPPED_NOTE, clippedGiven, droppedGivenMatch } from './dropped-given.ts';
import { englishAlike, latinAndCyrillic, looksEnglish } from './english.ts';
import { englishLedMatch, pinyinName } from './english-led.ts';
import { LETTER_BY_LETTER, type NameFamily } from './families.ts';
import { type ForeignScript, readerOf } from './foreign-scripts.ts';
import { listedApart } from './given-names.ts';
import { hanApartEvidence, hanCharactersApart } from './han-apart.ts';
import type { Judgements } from './judgements.ts';
import { nasabMatch } from './nasab.ts';
import {
  bothOrders,
  eastAsianOrders,
  type NameParse,
  type ParsedName,
  parseName,
  surnameOpens,
} from './parse.ts';
import { spacedOtherwise } from './spacing.ts';
import { transcriptionMatch } from './transcription.ts';
import type { CompareResult, Decision, EvidenceItem } from './types.ts';
import { unreadable } from './unreadable.ts';

/**
 * Decision thresholds (documented in docs/names.md):
 * - match: score >= 0.88, and the surname scored >= 0.84 and the given name >= 0.85, so a
 *   surname alone, an initial or a translated given name (Ivan / John) never auto-matches;
 * - review: score >= 0.70;
 * - no_match: below.
 */
export const THRESHOLDS = {
  match: 0.88,
  review: 0.7,
  surnameForMatch: 0.84,
  givenForMatch: 0.85,
} as const;

/** Weights of the two main parts; a missing given name counts 0.5. */
export const WEIGHTS = { surname: 0.6, given: 0.4 } as const;

/** Caps and factors applied by negative evidence. */
export const PENALTIES = {
  /** Surname does not match: the given name cannot carry the pair. */
  surnameMismatchCap: 0.5,
  /** Given names differ (Siarhei / Sviatlana; Viktar / Eduard). */
  givenMismatchCap: 0.6,
  /** Masculine vs feminine surname form (Tsikhanouski / Tsikhanouskaya). */
  genderCap: 0.55,
  /** Different patronymics: namesakes. */
  patronymicFactor: 0.6,
  patronymicBonus: 0.03,
} as const;

export interface CompareOptions {
  judgements?: Judgements;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function decide(
  score: number,
  surname: number,
  given: number,
): { score: number; decision: Decision } {
  const T = THRESHOLDS;
  if (score >= T.match && surname >= T.surnameForMatch && given >= T.givenForMatch) {
    return { score, decision: 'match' };
  }
  // Keep score and decision consistent: a gated pair scores just under the match threshold.
  const capped = Math.min(score, T.match - 0.01);
  return { score: capped, decision: capped >= T.review ? 'review' : 'no_match' };
}

interface Scored {
  score: number;
  decision: Decision;
  evidence: EvidenceItem[];
}

/** Scores one reading of each name against the other. */
export function scoreParses(
  a0: NameParse,
  b0: NameParse,
  family: NameFamily | null = null,
  abjad = false,
  letters = false,
  read = false,
  readSides = 0,
): Scored {
  const a = joinGiven(a0, b0);
  const b = joinGiven(b0, a0);
  const evidence: EvidenceItem[] = [];
  let given = compareGiven(a.given, b.given);
  // Between spellings read from no other script, two names the table lists apart stay apart.
  if (!read && given.how === 'given_name_group' && apart(a, b))
    given = { ...given, how: 'mismatch', score: 0, note: 'two names of the table' };
  if (family && given.score < 0.95) given = familyGiven(a, b, family, letters, readSides) ?? given;
  if (!a.surname || !b.surname) {
    evidence.push({
      part: 'surname',
      a: a.surname?.text ?? '',
      b: b.surname?.text ?? '',
      how: 'missing',
      score: 0,
    });
    evidence.push(given);
    // A given name alone never makes a match.
    return { score: round(Math.min(0.5, given.score * 0.5)), decision: 'no_match', evidence };
  }
  let sm = compareSurnames(a.surname.forms, b.surname.forms);
  if (!sm || sm.item.score < 0.92) sm = surnameVariants(a, b, given, sm);
  if (family && (!sm || sm.item.score < 0.92))
    sm = familySurname(a, b, family, abjad, letters, readSides) ?? sm;
  // Chinese and Korean syllables differ in their vowels (Jong-un / Jong-on, Jinping /
  // Jinpeng): only the syllable key joins them, never consonants alone.
  if (family === 'east_asian') {
    if (sm && BY_SOUND.has(sm.item.how)) sm = null;
    if (BY_SOUND.has(given.how)) given = { ...given, how: 'mismatch', score: 0 };
  } else if (
    family === null &&
    (BY_SOUND.has(given.how) || (sm && BY_SOUND.has(sm.item.how))) &&
    pinyinPair(a, b)
  ) {
    // A Chinese name in Pinyin without a hyphen (Yang Hengjun), read in either order, is no
    // family of its own, but its syllables differ as the family's do: Jiang Tianyong / Jiang
    // Tianyang are two people.
    if (BY_SOUND.has(given.how))
      given = { ...given, how: 'mismatch', score: 0, note: 'two Chinese names' };
    if (sm && BY_SOUND.has(sm.item.how)) sm = null;
  }
  // Two Latin spellings of an Arabic or Persian surname that agree on consonants only: the
  // vowels must be kindred too (Shekari / Shakeri are two names; compare-rules.ts).
  if (family === 'arabic' && !abjad && sm && BY_SOUND.has(sm.item.how) && !sm.item.note)
    if (bothLatin(sm.item.a, sm.item.b) && !arabicVowelsAlike(sm.item.a, sm.item.b)) sm = null;
  if (family !== 'east_asian') {
    if ((!sm || sm.item.score < 0.88) && given.score >= 0.95) sm = englishSurname(a, b) ?? sm;
    else if (given.score < 0.85 && sm && sm.item.score >= 0.92) given = englishGiven(a, b) ?? given;
    // Other orthographies' letters, last: only where one part failed and the other agrees.
    if ((!sm || sm.item.score < 0.88) && given.score >= 0.9) sm = readingSurname(a, b, abjad) ?? sm;
    else if (given.score < 0.85 && sm && sm.item.score >= 0.88)
      given = readingGiven(a, b, abjad, readSides) ?? given;
  }
  const ini = initialToMatch(given, sm);
  if (ini) given = ini;
  else if (given.how === 'mismatch' && sm && sm.item.score >= 0.95 && family !== 'east_asian')
    if (!pinyinPair(a, b)) given = clippedGiven(a, b) ?? given;
  const surname = sm?.item ?? {
    part: 'surname',
    a: a.surname.text,
    b: b.surname.text,
    how: 'mismatch',
    score: 0,
  };
  evidence.push(surname, given);
  let score = WEIGHTS.surname * surname.score + WEIGHTS.given * given.score;
  if (surname.score < THRESHOLDS.surnameForMatch - 0.04)
    score = Math.min(score, PENALTIES.surnameMismatchCap);
  if (given.how === 'mismatch') score = Math.min(score, PENALTIES.givenMismatchCap);
  if (sm?.a.gender && sm.b.gender && sm.a.gender !== sm.b.gender) {
    evidence.push({ part: 'gender', a: sm.a.gender, b: sm.b.gender, how: 'mismatch', score: 0 });
    score = Math.min(score, PENALTIES.genderCap);
  }
  // A middle word the surname took in (احمدی نژاد / احمدی‌نژاد, hyphen or space; the first
  // part of a double surname, Rocha Contreras / Rocha) is not a middle name on one side only.
  const joinedSurname = surname.note === 'hyphen or space' || surname.how === 'compound';
  const mid = compareMiddle(a, b, family === 'arabic' && !joinedSurname, abjad);
  if (mid) {
    evidence.push(mid);
    score =
      mid.how === 'missing'
        ? Math.min(score, THRESHOLDS.match - 0.01)
        : score * PENALTIES.patronymicFactor;
  }
  const patr = comparePatronymic(a, b);
  if (patr) {
    evidence.push(patr);
    if (patr.how === 'mismatch') score *= PENALTIES.patronymicFactor;
    else if (patr.how !== 'initial') score = Math.min(1, score + PENALTIES.patronymicBonus);
  }
  const d = decide(score, surname.score, given.score);
  return { score: round(d.score), decision: d.decision, evidence };
}

const LATIN_WORDS = /^[\p{Script=Latin}\s'’-]+$/u;
const bothLatin = (x: string, y: string) => LATIN_WORDS.test(x) && LATIN_WORDS.test(y);

/** Both names a Chinese name in Pinyin: one syllable and two, in either order. */
function pinyinPair(a: NameParse, b: NameParse): boolean {
  return pinyinName(a) && pinyinName(b);
}

function apart(a: NameParse, b: NameParse): boolean {
  if (!a.given || !b.given) return false;
  // A name read through a case ending (Александра beside Федуту) is its nominative's.
  const x = a.given.lemma ?? a.given.token.text;
  const y = b.given.lemma ?? b.given.token.text;
  return listedApart(x, y);
}

const ENGLISH_NOTE = 'translit:en (an English name as Russian writes it by sound)';

/** An English surname in Russian letters (Whelan / Уилан), beside a given name that agrees. */
function englishSurname(a: NameParse, b: NameParse): SurnameMatch | null {
  const x = a.surname!.forms[0]!;
  const y = b.surname!.forms[0]!;
  // The strict reading first; the looser one (any Latin surname) only beside an English given
  // name, which costs a regular expression, and only between Latin and Cyrillic letters.
  if (
    !englishAlike(x.text, y.text) &&
    !(
      latinAndCyrillic(x.text, y.text) &&
      (englishGivenName(a) || englishGivenName(b)) &&
      englishAlike(x.text, y.text, true)
    )
  )
    return null;
  const item: EvidenceItem = {
    part: 'surname',
    a: x.text,
    b: y.text,
    how: 'skeleton',
    score: 0.88,
    note: ENGLISH_NOTE,
  };
  return { item, a: x, b: y };
}

/** A Latin given name spelt as English spells (Joseph, Keith, Mike). */
function englishGivenName(p: NameParse): boolean {
  const g = p.given?.token;
  return !!g && !g.initial && looksEnglish(g.text);
}

/** An English given name in Russian letters (Mike / Майк), beside a surname that agrees. */
function englishGiven(a: NameParse, b: NameParse): EvidenceItem | null {
  const ga = a.given?.token;
  const gb = b.given?.token;
  if (!ga || !gb || ga.initial || gb.initial || !englishAlike(ga.text, gb.text)) return null;
  return { part: 'given', a: ga.raw, b: gb.raw, how: 'skeleton', score: 0.88, note: ENGLISH_NOTE };
}

/** Relations found on consonants or sound, not on the whole spelling. */
const BY_SOUND = new Set(['skeleton', 'phonetic', 'one_edit']);

function judged(a: string, b: string, opts: CompareOptions): CompareResult | null {
  const j = opts.judgements?.forNames(a, b);
  if (!j) return null;
  const same = j.verdict === 'same';
  const item: EvidenceItem = { part: 'judgement', a, b, how: j.verdict, score: same ? 1 : 0 };
  if (j.by) item.note = `judged by ${j.by}`;
  return { a, b, score: same ? 1 : 0, decision: same ? 'match' : 'no_match', evidence: [item] };
}

/** Compares two parsed names: the best-scoring reading of each (name order can be unclear). */
export function compareParsed(
  pa: ParsedName,
  pb: ParsedName,
  opts: CompareOptions = {},
): CompareResult {
  const j = judged(pa.input, pb.input, opts);
  if (j) return j;
  const u = unreadable(pa, pb, THRESHOLDS.review);
  if (u) return u;
  // A family the script fixes (백남기 is Korean) wins over one guessed from a Latin spelling
  // (Baek Nam-gi, whose Nam the given-name table lists as Arabic).
  const family = (pb.scripts && !pa.scripts ? pb.family : null) ?? pa.family ?? pb.family ?? null;
  let best: Scored | null = null;
  const east = family === 'east_asian';
  const letters = letterByLetter(pa, pb);
  const sides = (isAbjad(pa) ? 1 : 0) + (isAbjad(pb) ? 2 : 0);
  const abjad = sides > 0 || letters;
  const xs = east ? eastAsianOrders(pa) : family === 'arabic' ? givenFirst(pa) : pa.parses;
  const ys = east ? eastAsianOrders(pb) : family === 'arabic' ? givenFirst(pb) : pb.parses;
  for (const x of xs) {
    for (const y of ys) {
      const s = scoreParses(x, y, family, abjad, letters, !!(pa.scripts || pb.scripts), sides);
      if (!best || s.score > best.score) best = s;
    }
  }
  let r: Scored = best ?? { score: 0, decision: 'no_match' as const, evidence: [] };
  if (r.decision !== 'match') {
    // A Han name the Pinyin reading missed may be a Hong Kong one (黃之鋒 Wong Chi-fung).
    const yue = pa.scripts || pb.scripts ? cantoneseReading(pa, pb, r.decision) : null;
    if (yue) return yue;
    const sp = spacedOtherwise(pa, pb);
    if (sp) return sp;
    // Claudia Mo Man-ching against Mo Man-ching or Claudia Mo (english-led.ts).
    const led = englishLedMatch(pa, pb, (x, y) => compareParsed(x, y, opts));
    if (led) return led;
    // Chow Hang-tung against Zou Xingtong (cantonese-pinyin.ts).
    const yc = cantonesePinyinMatch(pa, pb);
    if (yc) return yc;
    // Warren Kizza Besigye against Kizza Besigye (dropped-given.ts).
    const dropped = droppedGivenMatch(pa, pb, (x, y) => compareParsed(x, y, opts));
    if (dropped) return dropped;
    // Safar bin Abdulrahman al-Hawali against Safar al-Hawali (nasab.ts).
    const nasab = nasabMatch(pa, pb, (x, y) => compareParsed(x, y, opts));
    if (nasab) return nasab;
    // Nawal Benaissa against نوال بن عيسى or Nawal Ben Aissa (ben-joined.ts).
    const ben = benJoinedMatch(pa, pb, (x, y) => compareParsed(x, y, opts));
    if (ben) return ben;
    // Aleksejus Navalnas, Andrejs Pivovarovs against Alexei Navalny (baltic.ts).
    const lt = balticMatch(pa, pb, (x, y) => compareParsed(x, y, opts));
    if (lt) return lt;
    // Sergei Korolev against セルゲイ・コロリョフ, 세르게이 코롤료프, 谢尔盖·科罗廖夫 (transcription.ts).
    const tr = transcriptionMatch(pa, pb);
    if (tr) return tr;
  }
  const burmese = r.decision === 'match' ? burmeseSwapped(pa, pb) : null;
  if (burmese) return burmeseApart(pa, pb, burmese);
  if (r.decision === 'match' && pa.scripts && pb.scripts) {
    const han = hanCharactersApart(pa.input, pb.input);
    if (han) {
      const item = hanApartEvidence(pa.input, pb.input, han);
      return { a: pa.input, b: pb.input, score: 0.5, decision: 'no_match', evidence: [item] };
    }
  }
  generations(pa.input, pb.input, r);
  // Jr. or Sr. says two people bear the full given name: a nickname cut from it cannot tell
  // which (Satur Ocampo / Saturnino Ocampo Jr., father and son).
  if (r.decision === 'match' && (generationOf(pa.input) || generationOf(pb.input)))
    if (r.evidence.some((e) => e.note === CLIPPED_NOTE))
      r = { ...r, score: Math.min(r.score, THRESHOLDS.match - 0.01), decision: 'review' };
  if (letters) consonantNotes(r.evidence);
  if (pa.scripts || pb.scripts) crossScript(pa, pb, r);
  return { a: pa.input, b: pb.input, score: r.score, decision: r.decision, evidence: r.evidence };
}

/**
 * Words of a name as written, or of its Burmese reading, lower case; null also when a word is
 * no Burmese syllable (burmese.ts then finds nothing apart), which most names show at once.
 */
function burmeseWords(p: ParsedName): string[] | null {
  const text = !p.scripts ? p.input : p.scripts.every((s) => s === 'my') ? p.reading : null;
  if (!text) return null;
  const lower = text.toLowerCase();
  return burmeseSyllablesOnly(lower) ? lower.split(/\s+/).filter(Boolean) : null;
}

/** Both names Burmese, the same syllables in another order or one the other's first (burmese.ts). */
function burmeseSwapped(pa: ParsedName, pb: ParsedName): string | null {
  if (pa.family || pb.family) return null;
  const wa = burmeseWords(pa);
  const wb = wa && burmeseWords(pb);
  if (!wb) return null;
  if (burmeseOrderApart(wa, wb)) return BURMESE_ORDER;
  return burmesePrefixApart(wa, wb) ? BURMESE_PREFIX : null;
}

const BURMESE_ORDER =
  'Burmese names have no surname: the same syllables in another order are another name';
const BURMESE_PREFIX =
  "burmese:prefix: Burmese names have no surname: one name's first syllables are another name";

function burmeseApart(pa: ParsedName, pb: ParsedName, note: string): CompareResult {
  const item: EvidenceItem = {
    part: 'name',
    a: pa.input,
    b: pb.input,
    how: 'mismatch',
    score: 0,
    note,
  };
  return { a: pa.input, b: pb.input, score: 0.5, decision: 'no_match', evidence: [item] };
}

/** The consonant rules read a letter-by-letter script's name, not an Arabic one: say so. */
function consonantNotes(evidence: EvidenceItem[]): void {
  for (const e of evidence) {
    if (e.note?.startsWith('translit:arabic'))
      e.note = e.note.replace('translit:arabic', 'translit:consonants');
  }
}

/**
 * Sr. and Jr. (and their Russian and Belarusian forms), and II to IV, that tell a father from his
 * son: a word of its own, at the start or after white space, a comma or a hyphen. Matched
 * (sticky) only where a word begins with a letter one of them can begin with, case-insensitively:
 * s, j, с or м, and ſ and ᲃ, which fold to s and с; i for the numerals, which count only
 * in capitals (Benigno Aquino Jr. / Benigno Aquino III, father and son). Leftmost first, as one
 * search would find it.
 */
const GENERATION_WORD =
  /(sr|snr|senior|jr|jnr|junior|ст|старший|старэйшы|мл|младший|малодшы|ii|iii|iv)\.?(?=$|[\s,])/iuy;

function generationInitial(c: number): boolean {
  if (c < 0x80)
    return c === 0x73 || c === 0x53 || c === 0x6a || c === 0x4a || c === 0x49 || c === 0x69;
  return c === 0x441 || c === 0x421 || c === 0x43c || c === 0x41c || c === 0x17f || c === 0x1c83;
}

type Generation = 'senior' | 'junior' | 'III' | 'IV';

/** i, I, v or V: the second letter of II, III and IV. */
function numeralNext(c: number): boolean {
  return c === 0x49 || c === 0x69 || c === 0x56 || c === 0x76;
}

function generationOf(input: string): Generation | null {
  for (let i = 0; i < input.length; i++) {
    if (i > 0) {
      const before = input.charCodeAt(i - 1);
      if (before !== 0x20 && before !== 0x2c && before !== 0x2d && !isSpace(before)) continue;
    }
    const c = input.charCodeAt(i);
    if (!generationInitial(c)) continue;
    // A numeral (II, III, IV) only: most words opening with an I are names (Ivan, Ilya).
    if ((c === 0x49 || c === 0x69) && !numeralNext(input.charCodeAt(i + 1))) continue;
    GENERATION_WORD.lastIndex = i;
    const m = GENERATION_WORD.exec(input);
    if (!m) continue;
    const w = m[1]!;
    if (w.charCodeAt(0) === 0x69 || w.charCodeAt(0) === 0x49) {
      // A numeral only in capitals and after a word (Aquino III); II is the son, as Jr. is.
      if (i === 0 || w !== w.toUpperCase()) continue;
      return w === 'II' ? 'junior' : (w as Generation);
    }
    return /^(?:s|ст)/iu.test(w) ? 'senior' : 'junior';
  }
  return null;
}

/** generationOf the first name compared, kept for the next comparison (a search's query). */
let lastFirst: string | null = null;
let lastFirstGeneration: Generation | null = null;

function firstGeneration(input: string): Generation | null {
  if (input !== lastFirst) {
    lastFirstGeneration = generationOf(input);
    lastFirst = input;
  }
  return lastFirstGeneration;
}

/**
 * A father and son of one name (Vladimir Kara-Murza Sr. and Jr.) are two people; one side
 * without the mark says nothing (the press drops it), so only two different marks count.
 */
function generations(a: string, b: string, r: Scored): void {
  const ga = firstGeneration(a);
  if (!ga) return;
  const gb = generationOf(b);
  if (!gb || ga === gb) return;
  r.evidence.push({ part: 'name', a: ga, b: gb, how: 'mismatch', score: 0, note: 'Sr. / Jr.' });
  r.score = round(r.score * PENALTIES.patronymicFactor);
  r.decision = r.score >= THRESHOLDS.review ? 'review' : 'no_match';
}

/**
 * Arabic, Persian and South Asian names put the given name first; reading them the other way
 * round lets Jawar Mohammed match Mohammed Jawar, two people.
 */
function givenFirst(p: ParsedName): NameParse[] {
  // Kept on the parsed name: a query is compared with several candidates.
  p.givenFirst ??= readGivenFirst(p);
  return p.givenFirst;
}

function readGivenFirst(p: ParsedName): NameParse[] {
  // A comma or a word in capitals says which word is the surname (Tohti, Ilham; DEMIRTAŞ
  // Selahattin), and a family-name ending may open the name (Jafarov Rasul).
  const only = p.parses.length === 1 ? p.parses[0]!.order : null;
  if (only === 'comma' || only === 'caps') return p.parses;
  if (surnameOpens(p)) return bothOrders(p);
  // Two words already read given first only (parse.ts twoWords): bothOrders would build that
  // same reading again, and the other one only to drop it.
  if (only === 'given_first' && p.tokens.length === 2 && p.tokens[0] !== p.tokens[1])
    return p.parses;
  const kept = bothOrders(p).filter((x) => x.order !== 'surname_first');
  return kept.length > 0 ? kept : p.parses;
}

const isAbjad = (p: ParsedName) =>
  !!p.scripts && (p.scripts.includes('ar') || p.scripts.includes('fa') || p.scripts.includes('he'));

/**
 * A Devanagari, Bengali, Ethiopic or Khmer name against a spelling in another script: the
 * library's reading writes the consonants the press writes but other vowels (शरजील srjil,
 * Sharjeel), so the pair is compared on consonants as an abjad is. Two names in the same such
 * script are read alike and compared on their letters.
 */
function letterByLetter(pa: ParsedName, pb: ParsedName): boolean {
  if (!pa.scripts && !pb.scripts) return false;
  const a = pa.scripts?.filter((s) => LETTER_BY_LETTER.has(s)) ?? [];
  const b = pb.scripts?.filter((s) => LETTER_BY_LETTER.has(s)) ?? [];
  return (a.length > 0 || b.length > 0) && a.join() !== b.join();
}

/**
 * A name read from another script says so in the evidence (which table or library read it),
 * and matches across scripts only on strong evidence for both parts: a reading can lose
 * letters (short vowels in Arabic, tones in Chinese), so a phonetic or one-edit surname, an
 * initial or a merely similar given name goes to review.
 */
function crossScript(pa: ParsedName, pb: ParsedName, r: Scored): void {
  r.evidence.push({
    part: 'script',
    a: pa.reading ?? pa.input,
    b: pb.reading ?? pb.input,
    how: 'transliteration',
    score: 1,
    note: rememberedNote(pa.scripts ?? NONE, pb.scripts ?? NONE),
  });
  const sameScript = scriptsKey(pa.scripts ?? NONE) === scriptsKey(pb.scripts ?? NONE);
  if (sameScript || r.decision !== 'match') return;
  const weak = r.evidence.some(
    (e) => (e.part === 'surname' || e.part === 'given') && e.score < 0.88,
  );
  if (weak) {
    // A foreign name in katakana, hangul or Chinese characters whose every consonant is the
    // Latin name's keeps the match (Gumilev / グミリョフ, read gumiriyofu: transcription.ts).
    const tr = transcriptionMatch(pa, pb);
    if (tr) {
      r.evidence.push(...tr.evidence);
      return;
    }
    r.score = Math.min(r.score, THRESHOLDS.match - 0.01);
    r.decision = 'review';
  }
}

const NONE: ForeignScript[] = [];

/**
 * readersNote by both names' scripts (joined), remembered: a query meets several candidates,
 * and the scripts recur. Two levels, so that no key string is built per comparison.
 */
const notes = new Map<string, Map<string, string>>();

function rememberedNote(a: ForeignScript[], b: ForeignScript[]): string {
  const ka = scriptsKey(a);
  const kb = scriptsKey(b);
  let inner = notes.get(ka);
  if (!inner) {
    if (notes.size >= 64) notes.clear();
    inner = new Map();
    notes.set(ka, inner);
  }
  let note = inner.get(kb);
  if (note === undefined) {
    note = readersNote(a, b);
    if (inner.size >= 64) inner.clear();
    inner.set(kb, note);
  }
  return note;
}

/** `scripts.join()`, without building a string for none or one. */
function scriptsKey(scripts: ForeignScript[]): string {
  return scripts.length === 0 ? '' : scripts.length === 1 ? scripts[0]! : scripts.join();
}

/** 'read as Latin by' the readers of both names' scripts, each once, in order of appearance. */
function readersNote(a: ForeignScript[], b: ForeignScript[]): string {
  const scripts: ForeignScript[] = [];
  for (const s of a) if (!scripts.includes(s)) scripts.push(s);
  for (const s of b) if (!scripts.includes(s)) scripts.push(s);
  return `read as Latin by ${scripts.map(readerOf).join(', ')}`;
}

/** Whether two spellings name the same person, with a score in 0..1 and the evidence. */
export function compareNames(a: string, b: string, opts: CompareOptions = {}): CompareResult {
  return compareParsed(parseName(a), parseName(b), opts);
}
