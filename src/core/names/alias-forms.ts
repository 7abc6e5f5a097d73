import type { NameFamily } from './families.ts';
import { foreignScripts, hasForeignLetter } from './foreign-scripts.ts';
import { numberedGiven, numberedWord, storedGiven } from './given-words.ts';
import {
  type GivenInfo,
  type NameOrder,
  type NameParse,
  type ParsedName,
  parsedName,
  parseName,
  parseReading,
  parseUncached,
  type SurnameForm,
  surnameForm,
} from './parse.ts';
import { isPlain } from './script.ts';
import { initialClassOfLower } from './sound-keys.ts';
import { StringPages } from './string-pages.ts';
import type { TokenInfo } from './tokens.ts';

/**
 * Pre-parsed aliases for the candidate index. Scoring a candidate used to re-parse its alias
 * text (tokenising, Unicode normalisation, folding, surname forms: most of a cold lookup's
 * time). The common shape, 'given + one-word surname' in one or two readings (a two-word name
 * whose order the table cannot tell), is stored at build time as a short record instead: per
 * reading, the given name's token (a recurring word, resolved through the token and given-name
 * caches; a word no table knows brings its folds along), the surname's normalised text and its
 * folds. Rebuilding the parse from it does no folding and no text normalisation. A name in
 * another script also keeps its Latin reading, so that neither a stored nor a re-parsed alias
 * reads the script again. Other shapes (patronymics, initials, several surname words) are
 * re-parsed from the text (or from the Latin reading) as before.
 *
 * Records live in joined string pages (no object per alias). A rebuilt parse carries no token
 * list (`tokens` is empty): it is for scoring only.
 */

const FIELD = '\u0001';
const FORM = '\u0002';
/** Marks an inflected form; its text (the nominative) follows the fold. */
const LEMMA = '\u0003';
/** Between the two readings of a name. */
const READING = '\u0004';
/** Before the Latin reading of a name written in another script (last in the record). */
const LATIN = '\u0005';
/** After a given word no table knows: its normalised text and folds follow. */
const UNKNOWN = '\u0006';
/** A given word by its number in GIVEN_WORDS (one character follows, from U+0100). */
const WORD = '\u0007';
/**
 * Last in a record without a Latin reading whose text may still hold letters of another
 * script (a bare list of readings, or an Arabic title before a Latin name): decoding reads the
 * text's scripts. Without it, a record with no Latin reading has none, and decoding a
 * candidate does not scan its text.
 */
const SCAN = '\u0008';

const ORDERS: NameOrder[] = ['given_first', 'surname_first', 'comma', 'caps', 'single'];

export class AliasForms {
  private readonly records = new StringPages();

  get size(): number {
    return this.records.size;
  }

  /** Stores alias `n`'s parse (aliases are numbered densely from 0, in order). */
  push(parsed: ParsedName | NameParse[], input: string, family: NameFamily | null = null): number {
    return this.records.push(encode(parsed, input, family));
  }

  /** Reads ahead where the records of `list[0 .. count)` start (StringPages.touchOffsets). */
  touchOffsets(list: Int32Array, count: number): void {
    this.records.touchOffsets(list, count);
  }

  /** Then their first characters (StringPages.touchChars). */
  touchChars(list: Int32Array, count: number): void {
    this.records.touchChars(list, count);
  }

  /**
   * The stored parse of alias `n`; a shape that is not stored is re-parsed, from its Latin
   * reading when it has one.
   */
  get(n: number, input: string): ParsedName {
    const rec = this.records.get(n);
    if (rec === '') return parseUncached(input);
    if (rec.charCodeAt(0) === 5) return parseReading(input, rec.slice(1));
    return decode(rec, input);
  }

  /**
   * Alias `n` parsed in full, words and all, as parseName(input) parses it (a lossy stored
   * parse compared again, candidate-index.ts): from its Latin reading when it has one, so a
   * name in another script is not read again (romanising it was half of such a parse).
   */
  full(n: number, input: string): ParsedName {
    const rec = this.records.get(n);
    const at = rec.indexOf(LATIN);
    return at < 0 ? parseName(input) : parseReading(input, rec.slice(at + 1));
  }
}

/** Whether `text` holds a separator character, which no stored text may contain. */
function hasSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 1 && c <= 8) return true;
  }
  return false;
}

function storable(p: NameParse): boolean {
  const s = p.surname;
  const g = p.given;
  if (!s || !g || g.token.initial || p.patronymic || p.middle.length > 0) return false;
  return !s.text.includes(' ');
}

function encodeReading(p: NameParse, family: NameFamily | null): string {
  const s = p.surname!;
  const g = p.given!;
  let forms = '';
  for (const f of s.forms) {
    if (forms) forms += FORM;
    forms +=
      !f.inflected && f.text === s.text
        ? f.fold
        : `${f.fold}${LEMMA}${f.inflected ? 1 : 0}${f.text}`;
  }
  const fam = family ? FAMILIES[family] : '';
  // A word no table knows (a surname read as the given name, an unlisted name) is neither in
  // the token cache nor in the given-name cache: its folds are stored rather than recomputed.
  const t = g.token;
  const word =
    t.givenLike || g.groups.length > 0 || g.lemma
      ? numberedWord(t.raw, WORD)
      : `${t.raw}${UNKNOWN}${t.text}${UNKNOWN}${t.folds.join(FORM)}`;
  return `${ORDERS.indexOf(p.order)}${fam}${FIELD}${word}${FIELD}${s.text}${FIELD}${forms}`;
}

/**
 * The record of a parse, or '' when the name is re-parsed from its text. `input` is the alias
 * text: every stored string derives from it, so one check keeps the separators unambiguous.
 * A bare list of readings (no ParsedName) is stored without a Latin reading; a ParsedName
 * brings its own family.
 */
export function encode(
  parsed: ParsedName | NameParse[],
  input: string,
  family: NameFamily | null = null,
): string {
  const parses = Array.isArray(parsed) ? parsed : parsed.parses;
  const reading = Array.isArray(parsed) ? undefined : parsed.reading;
  const fam = Array.isArray(parsed) ? family : (parsed.family ?? family);
  if (hasSeparator(input) || (reading !== undefined && hasSeparator(reading))) return '';
  const latin = reading !== undefined ? `${LATIN}${reading}` : '';
  if (parses.length < 1 || parses.length > 2 || !parses.every(storable)) return latin;
  const scan = !latin && (Array.isArray(parsed) || foreignLetters(input)) ? SCAN : '';
  return parses.map((p) => encodeReading(p, fam)).join(READING) + latin + scan;
}

/** A given word stored with its folds: the token facts of a word no table knows. */
function unknownGiven(field: string): GivenInfo {
  const a = field.indexOf(UNKNOWN);
  const b = field.indexOf(UNKNOWN, a + 1);
  const text = field.slice(a + 1, b);
  const token: TokenInfo = {
    raw: field.slice(0, a),
    text,
    folds: field.slice(b + 1).split(FORM),
    initial: false,
    initialClass: initialClassOfLower(text),
    givenLike: false,
  };
  return { token, groups: [], lemma: undefined };
}

function decodeReading(rec: string, from: number, to: number): NameParse {
  // Fields by position, without split(): order digit, given word, surname text, forms.
  const a = rec.indexOf(FIELD, from);
  const b = rec.indexOf(FIELD, a + 1);
  const c = rec.indexOf(FIELD, b + 1);
  const text = rec.slice(b + 1, c);
  const forms: SurnameForm[] = [];
  for (let at = c + 1; at <= to; ) {
    let end = rec.indexOf(FORM, at);
    if (end < 0 || end > to) end = to;
    const lemma = rec.indexOf(LEMMA, at);
    if (lemma < 0 || lemma > end) forms.push(surnameForm(rec.slice(at, end), false, text));
    else
      forms.push(
        surnameForm(rec.slice(at, lemma), rec[lemma + 1] === '1', rec.slice(lemma + 2, end)),
      );
    at = end + 1;
  }
  return {
    order: ORDERS[rec.charCodeAt(from) - 48] ?? 'given_first',
    surname: { text, forms },
    given: givenField(rec, a + 1, b),
    patronymic: null,
    middle: [],
  };
}

/** The given word of a record, in rec[from .. to). */
function givenField(rec: string, from: number, to: number): GivenInfo {
  if (rec.charCodeAt(from) === 7) return numberedGiven(rec.charCodeAt(from + 1));
  const word = rec.slice(from, to);
  return word.includes(UNKNOWN) ? unknownGiven(word) : storedGiven(word);
}

export function decode(rec: string, input: string): ParsedName {
  const scan = rec.charCodeAt(rec.length - 1) === 8;
  let end = rec.indexOf(LATIN);
  const reading = end < 0 ? undefined : rec.slice(end + 1);
  if (end < 0) end = scan ? rec.length - 1 : rec.length;
  const second = rec.indexOf(READING);
  const parses =
    second < 0 || second > end
      ? [decodeReading(rec, 0, end)]
      : [decodeReading(rec, 0, second), decodeReading(rec, second + 1, end)];
  const parsed = parsedName(input, [], parses);
  // A name written in another script keeps its scripts (for the evidence and the rules across
  // scripts), its Latin reading and its naming family (a letter after the order digit).
  if ((scan || reading !== undefined) && foreignLetters(input))
    parsed.scripts = foreignScripts(input);
  if (reading !== undefined) parsed.reading = reading;
  const fam = rec.charCodeAt(1);
  if (fam === 97) parsed.family = 'arabic';
  else if (fam === 101) parsed.family = 'east_asian';
  return parsed;
}

function foreignLetters(input: string): boolean {
  return !isPlain(input) && hasForeignLetter(input);
}

const FAMILIES: Record<NameFamily, string> = { arabic: 'a', east_asian: 'e' };
