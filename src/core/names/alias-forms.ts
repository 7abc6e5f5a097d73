import type { NameFamily } from './families.ts';
import { foreignScripts, hasForeignLetter } from './foreign.ts';
import {
  type GivenInfo,
  givenInfo,
  type NameOrder,
  type NameParse,
  type ParsedName,
  type SurnameForm,
  surnameForm,
} from './parse.ts';
import { isPlain } from './script.ts';
import { StringPages } from './string-pages.ts';
import { tokenInfo } from './tokens.ts';

/**
 * Pre-parsed aliases for the candidate index. Scoring a candidate used to re-parse its alias
 * text (tokenising, Unicode normalisation, folding, surname forms: most of a cold lookup's
 * time). The common shape, one reading of 'given + one-word surname', is stored at build time
 * as a short record instead: the given name's token (a recurring word, resolved through the
 * token and given-name caches), the surname's normalised text and its folds. Rebuilding the
 * parse from it does no folding and no text normalisation. Other shapes (patronymics, initials,
 * several surname words, two readings) are re-parsed from the text as before.
 *
 * Records live in joined string pages (no object per alias). A rebuilt parse carries no token
 * list (`tokens` is empty): it is for scoring only.
 */

const FIELD = '\u0001';
const FORM = '\u0002';
/** Marks an inflected form; its text (the nominative) follows the fold. */
const LEMMA = '\u0003';

const ORDERS: NameOrder[] = ['given_first', 'surname_first', 'comma', 'caps', 'single'];

export class AliasForms {
  private readonly records = new StringPages();

  get size(): number {
    return this.records.size;
  }

  /** Stores alias `n`'s parse (aliases are numbered densely from 0, in order). */
  push(parses: NameParse[], input: string, family: NameFamily | null = null): number {
    return this.records.push(encode(parses, input, family));
  }

  /** Reads ahead where the records of `list[0 .. count)` start (StringPages.touchOffsets). */
  touchOffsets(list: Int32Array, count: number): void {
    this.records.touchOffsets(list, count);
  }

  /** Then their first characters (StringPages.touchChars). */
  touchChars(list: Int32Array, count: number): void {
    this.records.touchChars(list, count);
  }

  /** The stored parse of alias `n`, or null when its shape is not stored (re-parse it). */
  get(n: number, input: string): ParsedName | null {
    const rec = this.records.get(n);
    return rec ? decode(rec, input) : null;
  }
}

/** Whether `text` holds a separator character, which no stored text may contain. */
function hasSeparator(text: string): boolean {
  return text.includes(FIELD) || text.includes(FORM) || text.includes(LEMMA);
}

/**
 * The record of a parse, or '' when the parse is not of the stored shape. `input` is the alias
 * text: every stored string derives from it, so one check keeps the separators unambiguous.
 */
export function encode(
  parses: NameParse[],
  input: string,
  family: NameFamily | null = null,
): string {
  if (parses.length !== 1) return '';
  const p = parses[0]!;
  const s = p.surname;
  const g = p.given;
  if (!s || !g || g.token.initial || p.patronymic || p.middle.length > 0) return '';
  if (s.text.includes(' ') || hasSeparator(input)) return '';
  let forms = '';
  for (const f of s.forms) {
    if (forms) forms += FORM;
    forms +=
      !f.inflected && f.text === s.text
        ? f.fold
        : `${f.fold}${LEMMA}${f.inflected ? 1 : 0}${f.text}`;
  }
  const fam = family ? FAMILIES[family] : '';
  return `${ORDERS.indexOf(p.order)}${fam}${FIELD}${g.token.raw}${FIELD}${s.text}${FIELD}${forms}`;
}

/**
 * Given-name facts of stored given words, shared by every record that names them (a handful
 * of names recur across a million aliases; parses are never mutated). Only words the token
 * cache keeps are kept here too, so an odd word read as a given name does not stay alive.
 */
const givenByWord = new Map<string, GivenInfo>();

function storedGiven(word: string): GivenInfo {
  const hit = givenByWord.get(word);
  if (hit) return hit;
  const token = tokenInfo(word);
  const info = givenInfo(token);
  if (token.givenLike || token.initial) {
    if (givenByWord.size > 20_000) givenByWord.clear();
    givenByWord.set(word, info);
  }
  return info;
}

export function decode(rec: string, input: string): ParsedName {
  // Fields by position, without split(): order digit, given word, surname text, forms.
  const a = rec.indexOf(FIELD);
  const b = rec.indexOf(FIELD, a + 1);
  const c = rec.indexOf(FIELD, b + 1);
  const text = rec.slice(b + 1, c);
  const forms: SurnameForm[] = [];
  for (let at = c + 1; at <= rec.length; ) {
    let end = rec.indexOf(FORM, at);
    if (end < 0) end = rec.length;
    const lemma = rec.indexOf(LEMMA, at);
    if (lemma < 0 || lemma > end) forms.push(surnameForm(rec.slice(at, end), false, text));
    else
      forms.push(
        surnameForm(rec.slice(at, lemma), rec[lemma + 1] === '1', rec.slice(lemma + 2, end)),
      );
    at = end + 1;
  }
  const parse: NameParse = {
    order: ORDERS[rec.charCodeAt(0) - 48] ?? 'given_first',
    surname: { text, forms },
    given: storedGiven(rec.slice(a + 1, b)),
    patronymic: null,
    middle: [],
  };
  const parsed: ParsedName = { input, tokens: [], parses: [parse] };
  // A name written in another script keeps its scripts (for the evidence and the rules across
  // scripts) and its naming family (a letter after the order digit).
  if (!isPlain(input) && hasForeignLetter(input)) parsed.scripts = foreignScripts(input);
  if (a > 1) parsed.family = rec[1] === 'a' ? 'arabic' : 'east_asian';
  return parsed;
}

const FAMILIES: Record<NameFamily, string> = { arabic: 'a', east_asian: 'e' };
