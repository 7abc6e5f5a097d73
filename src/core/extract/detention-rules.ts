// The rules of detention reports, compiled from the word lists (lexicons/*.json): the words of
// each kind of event, and the parts of a sentence an event carries (term, article, court, who
// recognised, where to). Offsets are relative to the sentence searched.
import type { DetentionKind } from './contract.ts';
import { daysArrests } from './detention-days.ts';
import { remanded } from './detention-remand.ts';
import { termsFor } from './detention-term-for.ts';
import {
  bareSource,
  hintRegExp,
  hintSource,
  initialCaseSource,
  type Lexicon,
  type ListField,
  perLexicon,
  recogniserCountries,
  valuesOf,
  wordsOf,
  wordsSource,
} from './lexicons/index.ts';
import { allMatches } from './regex-all.ts';
import { EdgeRule } from './word-edge.ts';

/** Tried in this order; a sentence may hold several kinds ('arrested in 2021, sentenced ...'). */
const KIND_FIELDS: ReadonlyArray<readonly [DetentionKind, ListField]> = [
  ['extension', 'extensionWords'],
  ['sentence', 'sentenceWords'],
  ['recognition', 'recognitionWords'],
  ['transfer', 'transferWords'],
  ['charge', 'chargeWords'],
  ['arrest', 'arrestWords'],
];

/** How far a 'political prisoner' word may be from the recognition word it completes. */
const RECOGNITION_REACH = 120;

export interface Span {
  start: number;
  end: number;
}

export interface Cue extends Span {
  kind: DetentionKind;
}

export interface TermFound extends Span {
  years: number;
  months: number;
  days: number;
  life: boolean;
  regime: string | null;
}

export interface ArticleFound extends Span {
  article: string;
  description: string | null;
}

export interface NameFound extends Span {
  name: string;
}

export interface RecogniserFound extends NameFound {
  /** The country whose prisoners it recognises, or null for an international one. */
  country: string | null;
}

const hintOf = (lx: Lexicon, field: ListField): RegExp | null => {
  const src = hintSource(wordsOf(lx, field));
  return src ? hintRegExp(src) : null;
};

const words = (lx: Lexicon, field: ListField, flags = 'giu'): RegExp | null => {
  const src = wordsSource(wordsOf(lx, field));
  return src ? new RegExp(src, flags) : null;
};

export const detentionRules = perLexicon((lx) => {
  const kindWords = KIND_FIELDS.flatMap(([, f]) => wordsOf(lx, f));
  // Not the 'political prisoner' words: most sentences of a release report hold them, and a
  // recognition needs a recognition word too.
  const kindHint = hintSource(kindWords);
  // The verbs of a verdict without its word ('got', 'дал') are common: their rule is tried only
  // where a term's unit is written too (a substring test, as the hints are).
  const unitHint = hintSource(
    ['termYears', 'termMonths', 'termDays'].flatMap((f) => wordsOf(lx, f as ListField)),
  );
  const unit = (field: ListField) => bareSource(wordsOf(lx, field));
  const [y, m, d] = [unit('termYears'), unit('termMonths'), unit('termDays')];
  const half = unit('termHalf') ?? '(?!)';
  return {
    lx,
    /** A cheap pre-test: no word of any kind in a sentence it rejects. */
    kindHint: kindHint ? hintRegExp(kindHint) : null,
    /** The same for the term units a term verb needs ('got 5 years'). */
    unitHint: unitHint ? hintRegExp(unitHint) : null,
    // Each kind with its own pre-test: a sentence that passes kindHint holds one or two kinds'
    // words, and each kind's full rule (Unicode, case-folded) was a scan of the whole sentence.
    kinds: KIND_FIELDS.flatMap(([kind, field]) => {
      const re = words(lx, field);
      return re ? [{ kind, re, rule: new EdgeRule(re), hint: hintOf(lx, field) }] : [];
    }),
    termVerb: termVerbRule(lx, [y, m, d]),
    remand: words(lx, 'remandWords'),
    remandHint: hintOf(lx, 'remandWords'),
    politicalPrisoner: words(lx, 'politicalPrisoner'),
    listAdd: words(lx, 'listAddWords'),
    // After a number, an 'other' word and the noun it qualifies: 'five other defendants'.
    others: (() => {
      const src = bareSource(wordsOf(lx, 'otherWords'));
      return src ? new RegExp(String.raw`^\s+${src}(?![\p{L}])(?:\s+[\p{L}-]+)?`, 'iu') : null;
    })(),
    listAddHint: (() => {
      const src = hintSource([...wordsOf(lx, 'listAddWords'), ...wordsOf(lx, 'listNouns')]);
      return src ? hintRegExp(src) : null;
    })(),
    listShape: listShapeRule(lx),
    // A unit right after a number: '5 years', '5-year', 'к 5 годам'; not '45-year-old'. Turkish
    // writes suffixes onto a numeral after an apostrophe: '10’ar ay' (ten months each).
    // 'two and a half years', 'ketverius su puse metų': the half before the unit.
    unit: new RegExp(
      String.raw`^(?:['’]\p{Ll}{1,4})?(?:\s+(${half}))?(?:\s+|-|(?=\p{sc=Han}))(?:(${y ?? '(?!)'})|(${m ?? '(?!)'})|(${d ?? '(?!)'}))(?:(?<=\p{sc=Han})|(?![\p{L}-]))(?!\s+old)`,
      'iu',
    ),
    // '6 ans et demi', '2 anni e mezzo': the half after the unit.
    halfAfter: new RegExp(String.raw`^,?\s+(?:${half})(?![\p{L}])`, 'iu'),
    // Between a term and its part ('huit mois de prison, dont quatre mois ferme'): a few lower-case
    // words at most, no name and no number.
    termPart: (() => {
      const src = bareSource(wordsOf(lx, 'termPart'));
      return src
        ? new RegExp(String.raw`^[^.;\d\p{Lu}]{0,40}?[\s,(]+(?:${src})(?![\p{L}])[\s:]*$`, 'u')
        : null;
    })(),
    // 'Напомним, ...', 'შეგახსენებთ, რომ ...': a sentence that opens with a reminder tells the
    // story's past, however recent its date.
    reminder: (() => {
      const src = bareSource(wordsOf(lx, 'reminderWords'));
      return src ? new RegExp(String.raw`^[\s«"“„]*(?:${src})(?![\p{L}])`, 'iu') : null;
    })(),
    request: words(lx, 'requestWords'),
    requestHint: hintOf(lx, 'requestWords'),
    // Between two terms of one person that add up ('six years ..., plus one year').
    termPlus: words(lx, 'termPlus'),
    // Terms written without a number ('к году', 'полтора года'): [regexp, years, months].
    wordTerms: (
      [
        ['termOneYear', 1, 0],
        ['termYearAndHalf', 1, 6],
        ['termTwoYears', 2, 0],
        ['termTwoMonths', 0, 2],
      ] as const
    ).flatMap(([field, years, months]) => {
      const re = words(lx, field);
      return re ? [{ re, years, months }] : [];
    }),
    life: words(lx, 'lifeTerm'),
    regime: words(lx, 'regimes'),
    article: articleRule(bareSource(wordsOf(lx, 'articleWords'))),
    courts: courtRules(initialCaseSource(wordsOf(lx, 'courtWords'))),
    // Pre-tests: most sentences name no court and no article.
    courtHint: hintOf(lx, 'courtWords'),
    articleHint: hintOf(lx, 'articleWords'),
    recognisers: recogniserCountries(lx),
    recogniser: (() => {
      const src = wordsSource([...recogniserCountries(lx).keys()]);
      return src ? new RegExp(src, 'giu') : null;
    })(),
    // Before a place: its preposition and article ('to the', 'a la', 'в', 'ў').
    placeLead: new RegExp(
      String.raw`^\s*(?:(?:to|into|${bareSource(wordsOf(lx, 'toWords')) ?? '(?!)'})\s+)?(?:(?:the|a|an|la|el|los|las)\s+)?`,
      'iu',
    ),
  };
});

/**
 * A verb of receiving or giving ('получили', 'got', 'erhielt') followed, after up to three words
 * ('по', 'a 7 1/2', 'une peine de'), by a number and a term's unit: a verdict. The verb alone is
 * not one ('got a visit', 'получил письмо'). Group 1 is the verb.
 */
function termVerbRule(lx: Lexicon, units: (string | null)[]): RegExp | null {
  const verbs = bareSource(wordsOf(lx, 'termVerbs'));
  const unit = units.filter(Boolean).join('|');
  if (!verbs || !unit) return null;
  // 'пʼять' in the lists is written 'п’ять' or 'п'ять' too, as numbers.ts reads it.
  const numbers = bareSource([...valuesOf('numbers', lx).keys()])?.replace(/ʼ/gu, "[’'ʼ] ?");
  const number = String.raw`(?:\d{1,3}(?:[.,]\d)?(?:\s+\d\/\d)?${numbers ? `|${numbers}` : ''})`;
  return new RegExp(
    String.raw`(?<![\p{L}])(${verbs})(?![\p{L}])(?:\s+[\p{L}\p{M}'’-]+){0,3}?\s+${number}(?:[\s-]+)(?:${unit})(?![\p{L}])`,
    'giu',
  );
}

const NUMBER = String.raw`\d{1,4}(?:[.‑-]\d{1,2})*`;

/** An article word and its numbers ('ст. 342', 'articles 342 and 361-1'). */
function articleRule(word: string | null): RegExp | null {
  if (!word) return null;
  return new RegExp(
    String.raw`(?<![\p{L}])${word}\s*(?:№\s*)?(${NUMBER}(?:\s*(?:,|and|и|і|та|y)\s*${NUMBER})*)`,
    'giu',
  );
}

/**
 * A court's name ends in its court word after up to three capitalised words or adjectives
 * ('Minsk City Court', 'Гомельский областной суд', 'Мінскі гарадскі суд'), or starts with it,
 * capitalised words after ('Tribunal Supremo', 'Juzgado de Ejecución'). Case-sensitive: the
 * capitals mark the name.
 */
function courtRules(court: string | null): RegExp[] {
  if (!court) return [];
  const word = String.raw`\p{Lu}[\p{L}'’-]*`;
  // 'суд Ленинского района Минска': the district word is written in lower case.
  const district = '(?:района|раёна|району|области|вобласці|області|города|горада|міста)';
  const adjective = String.raw`\p{Ll}+(?:ой|ый|ий|ій|ы|і|ая|ская|ськ\p{Ll}*)`;
  return [
    new RegExp(
      String.raw`(?<![\p{L}])(?:[Tt]he\s+)?${word}(?:\s+(?:${word}|${adjective})){0,3}\s+${court}(?![\p{L}])`,
      'gu',
    ),
    new RegExp(
      String.raw`(?<![\p{L}])${court}(?:\s+(?:de\s+(?:la\s+|lo\s+)?)?${word}(?:\s+${district})?){1,3}`,
      'gu',
    ),
  ];
}

export type DetentionRules = ReturnType<typeof detentionRules>;

export function firstMatch(re: RegExp, s: string, from = 0): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(s);
}

/**
 * Every kind's cues in a sentence, in text order. A recognition needs a 'political prisoner'
 * word near it ('recognised ... as political prisoners'): 'a recognised writer' is none.
 */
export function findCues(s: string, rules: DetentionRules): Cue[] {
  const out: Cue[] = [];
  if (rules.kindHint?.test(s)) kindCues(s, rules, out);
  const tv = rules.termVerb;
  // Tested once: both rules below need a term's unit.
  const units = rules.unitHint?.test(s) === true;
  if (tv && units) {
    tv.lastIndex = 0;
    for (let m = tv.exec(s); m; m = tv.exec(s)) {
      const cue = { kind: 'sentence' as const, start: m.index, end: m.index + m[1]!.length };
      if (!out.some((c) => c.start < m!.index + m![0].length && cue.start < c.end)) out.push(cue);
    }
  }
  if (units) {
    daysArrests(s, rules.lx, out);
    termsFor(s, rules.lx, rules.unit, out);
  }
  // Only a verdict or extension word can be a remand's: most sentences hold none.
  if (
    rules.remand &&
    out.some((c) => c.kind === 'sentence' || c.kind === 'extension') &&
    rules.remandHint?.test(s)
  )
    remanded(s, rules.remand, out);
  return out.sort((a, b) => a.start - b.start);
}

function kindCues(s: string, rules: DetentionRules, out: Cue[]): void {
  for (const { kind, rule, hint } of rules.kinds) {
    if (hint && !hint.test(s)) continue;
    for (const m of rule.all(s)) {
      const cue = { kind, start: m.index, end: m.index + m[0].length };
      if (kind === 'recognition' && !nearPoliticalPrisoner(s, cue, rules)) continue;
      // One kind's words inside another's ('re-arrested' is also 'arrested'): the first wins.
      if (out.some((c) => c.start < cue.end && cue.start < c.end)) continue;
      out.push(cue);
    }
  }
}

/** The text speaks of political prisoners somewhere. */
export function speaksOfPrisoners(text: string, rules: DetentionRules): boolean {
  return rules.politicalPrisoner !== null && firstMatch(rules.politicalPrisoner, text) !== null;
}

/** 'Added to the list' as recognition cues (the caller knows the list is of political prisoners). */
export function findListAdds(s: string, rules: DetentionRules): Cue[] {
  if (!rules.listAddHint?.test(s)) return [];
  const found: Cue[] = [];
  for (const re of [rules.listAdd, rules.listShape]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const m of allMatches(re, s)) {
      const cue = { kind: 'recognition' as const, start: m.index, end: m.index + m[0].length };
      if (!found.some((c) => c.start < cue.end && cue.start < c.end)) found.push(cue);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// Between a verb of putting and its list: the object and a possessive ('added five activists to
// its list', 'внес в свои списки'), within the clause; between a list and its verb after, three
// words at most ('списки пополнили', 'Liste der politischen Gefangenen aufgenommen').
const VERB_TO_LIST = String.raw`[^.;:!?\n]{1,80}?`;
const LIST_TO_VERB = String.raw`(?:\s+[\p{L}'’-]+){0,3}?\s+`;

/**
 * Putting people on a list read from its parts: a verb of putting before the word 'list' in the
 * same clause, or the list and a verb of filling after it ('списки пополнили фигуранты ...').
 */
function listShapeRule(lx: Lexicon): RegExp | null {
  const nouns = bareSource(wordsOf(lx, 'listNouns'));
  if (!nouns) return null;
  const verbs = bareSource(wordsOf(lx, 'listVerbs'));
  const after = bareSource(wordsOf(lx, 'listVerbsAfter'));
  const shapes = [
    verbs ? String.raw`(?:${verbs})(?![\p{L}])${VERB_TO_LIST}(?<![\p{L}])(?:${nouns})` : null,
    after ? String.raw`(?:${nouns})${LIST_TO_VERB}(?:${after})` : null,
  ].filter((x) => x !== null);
  return shapes.length === 0
    ? null
    : new RegExp(String.raw`(?<![\p{L}])(?:${shapes.join('|')})(?![\p{L}])`, 'giu');
}

function nearPoliticalPrisoner(s: string, cue: Span, rules: DetentionRules): boolean {
  const re = rules.politicalPrisoner;
  if (!re) return false;
  const from = Math.max(0, cue.start - RECOGNITION_REACH);
  const m = firstMatch(re, s.slice(from, cue.end + RECOGNITION_REACH));
  return m !== null;
}
