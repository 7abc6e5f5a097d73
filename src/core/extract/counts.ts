// Released-count candidates in a sentence: "Fifty-two prisoners", "pardoned 18",
// "Tsikhanouski and 13 others" (= 14). Sub-counts and unrelated numbers are skipped.
import type { CountQualifier } from './contract.ts';
import { CUSTODIAL_SIBLING_BONUS, nonCustodial } from './count-custody.ts';
import { countsDetained, hanFreedBefore } from './count-detained.ts';
import { nameAndCount, namedInList } from './count-named.ts';
import {
  ALL_LANGUAGES,
  type Lexicon,
  orWords,
  perLexicon,
  wordsOf,
  wordsSource,
} from './lexicons/index.ts';
import { findQuantities, type Quantity } from './numbers.ts';
import { PLACES } from './places.ts';
import { requestedRelease } from './release-request.ts';
import { EdgeRule } from './word-edge.ts';

export interface CountCandidate {
  value: number;
  qualifier: CountQualifier;
  /** Relative to the sentence. */
  start: number;
  end: number;
  /** Higher wins: exact figures beat 'dozens', prisoners beat 'foreign nationals'. */
  score: number;
  /** A noun names who was counted ('52 prisoners'), not only a verb ('freed 52'). */
  noun?: boolean;
  /** The value already includes a named person ('Losik and 13 others' = 14). */
  withNamed?: boolean;
  /** A sum of parts ('10 Americans and 20 Venezuelans'): each part's span. */
  parts?: [number, number][];
}

// Chinese writes no space around a count ('5800多名囚犯'): before a Han character the space may
// be missing, and a Han noun needs no end edge.
// Japanese likewise, with kana too ('久保田氏を含む4人').
// Scripts without spaces need none between words, nor between a word and digits ('一名35歲').
const SEP = String.raw`(?:[\s-]+|(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])(?=\p{Nd}))`;
const SEP_END = String.raw`(?:\s+|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]))`;
const WEAK_NOUN =
  /^(?:citizens|nationals|foreigners|men|women|journalists|others|граждан\p{L}*|иностранц\p{L}*)$/iu;
const SUBSET_AFTER =
  /^[^,.;:]{0,40}?(?:\s(?:went|ended up|were sent|were taken|were handed|were transferred|were driven|were bused|handed over|were deported|were flown|were expelled|chose|opted|remained|stayed|refused|are foreign|were foreign|were citizens|of them|of the)\b|\s(?:отправились|переданы|вывезены|остались|отказались|из них))/iu;
const NOT_COUNT_AFTER =
  /^(?:-year|\s*years?\b|\s*-?(?:months?|days?|weeks?|hours?)\b|\s*%|\s*percent|\s*(?:billion|million|bn)\b|\s*(?:лет|год|года|месяц|дней|млрд|млн|%))/iu;
// 'и' must be a word: 'о помиловании еще 37' is no 'and 37 others'.
const OTHERS_BEFORE =
  /(?:\sand|along with|together with|with|(?<![\p{L}])(?:avec|et|mit|und)|(?<![\p{L}])и|вместе с|(?<![\p{L}])и ещ[её])\s+$|(?:вместе с (?:ним|ней)|разом (?:із|з) (?:ним|нею)|along with (?:him|her)|with (?:him|her))[^.]{0,40}?(?:ещ[её]\s+|ще\s+)?$/iu;
// Romance languages put 'others' before the figure: 'Álvarez e altri 18', 'junto con otros 12'.
const OTHERS_WORD_BEFORE =
  /(?<![\p{L}])(?:e|ed|y|et|i|insieme ad?|junto (?:con|a|com)|con|com|avec)\s+(?:altri|altre|otros|otras|outros|outras|autres)\s+$/iu;
// Running totals are not one release: "since July ... more than 400", "24 prisoners in all".
// Its leading lookbehind is checked in code (word-edge.ts).
const CUMULATIVE = new EdgeRule(
  /(?<![\p{L}])(?:since (?:then|\p{Lu}\p{L}+|\d{4})|so far|to date|in total|altogether|in all|в общей сложности|с (?:начала|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|\d{4}))(?![\p{L}])/iu,
);
// 'the largest release since 1990'; 'с мая по июль 2022 года' (from May to July: a bounded period).
const NOT_CUMULATIVE =
  /(?:largest|biggest|first|most|latest)[^,.;]{0,60}since|(?<![\p{L}])с\s+\p{L}+(?:\s+\d{4}(?:\s+года?)?)?\s+(?:по|до)\s/iu;
// The people a swap exchanged are both sides' freed, the count the ledger keeps for a swap
// ('26 prisoners were exchanged', 'the exchange of 26 individuals', 'обменяли 26 человек'):
// such a count outranks one side's ('16 freed by Russia') and a strong sentence's bonus.
const EXCHANGED_BEFORE =
  /(?:(?:exchange|swap) of(?: some| about| at least| a total of)?|(?:exchanged|swapped)|обмен(?:а|е|ом)?|обменял\p{L}*|intercambio de|canje de|troca de|échange de|Austausch von|scambio di|wymian[aęy]|takasında)\s+$/iu;
const EXCHANGED_AFTER =
  /^[^.;:!?]{0,70}?\s(?:were|have been|had been|got)\s+(?:\p{L}+ly\s+)?(?:exchanged|swapped|traded)|^[^.;:!?]{0,70}?\s(?:были обменяны|обменяны|обменялись|fueron (?:intercambiados|canjeados)|foram trocados|ont été échangés|wurden ausgetauscht|sono stati scambiati|zostali wymienieni|takas edil\p{L}*)/iu;
const EXCHANGED_SCORE = 5;
const REMAIN_BEFORE =
  /(?:holds?|holding|stands? at|still (?:holds?|has)|counts?|remain\p{L}*|there are|насчитыва\p{L}*|остаются|остается)\s+$/iu;

/**
 * An age between a count and its noun ('一名71歲本地男子', '一名四十歲男子'): digits or Han
 * numerals with one of the language's age units.
 */
function ageModifier(lx: Lexicon): string {
  const units = wordsSource(wordsOf(lx, 'ageUnits'));
  return units ? String.raw`|(?:\p{Nd}{1,3}|[一二三四五六七八九十]{1,4})\s*(?:${units})` : '';
}

/** The rules of a set of word lists: each language's words join the English and Russian. */
const rules = perLexicon((lx) => ({
  peopleNoun: new RegExp(
    String.raw`^(?:${SEP}(?:more|other|further|additional|of the|political|jailed|imprisoned|detained|incarcerated|belarusian|russian|cuban|nicaraguan|iranian|venezuelan|foreign|american|us|u\.s\.|opposition|prominent|high-profile|people|persons|individuals|prisoners?|activists?|of|their|its|the|those|whom|them|these|политических|политзаключенных|заключенных|осужденных|белорусских|иностранных${orWords(lx, 'countModifiers')}${ageModifier(lx)})){0,3}?${SEP}(prisoners?|political prisoners|people|persons|detainees|inmates|individuals|activists|opponents|dissidents|captives|convicts|critics|citizens|nationals|foreigners|americans|venezuelans|cubans|nicaraguans|belarusians|russians|others|other prisoners|men|women|journalists|политзаключенн\p{L}*|политзаключённ\p{L}*|палітвязн\p{L}*|чалавек\p{L}*|американц\p{L}*|венесуэльц\p{L}*|россиян\p{L}*|человек\p{L}*|заключенн\p{L}*|заключённ\p{L}*|граждан\p{L}*|узник\p{L}*|осужденн\p{L}*|осуждённ\p{L}*|иностранц\p{L}*${orWords(lx, 'prisonerNouns')})(?:(?<=\p{sc=Han})|(?![\p{L}]))`,
    'iu',
  ),
  // A Han counter of people ('4名前議員', '3位'): released counts only (detentions read the
  // counter themselves, detention-aggregates.ts).
  counterNoun: counterRule(lx),
  verbBefore: new RegExp(
    String.raw`(?<![\p{L}])(?:freed|released|pardoned|pardoning|releasing|freeing|освободил\p{L}*|помиловал\p{L}*|освобождены|помилованы${orWords(lx, 'verbBeforeCount')})${SEP_END}$`,
    'iu',
  ),
  subsetBefore: new RegExp(
    String.raw`(?:including|includes|included|among them|among whom|among which (?:are|were)|among them (?:are|were)|of whom|of them|of those|incl\.|such as|в том числе|из них|среди них|среди которых${orWords(lx, 'subsetBefore')})${SEP_END}(?:at least\s+|some\s+)?$`,
    'iu',
  ),
  exchangeBefore: new RegExp(
    String.raw`(?:exchange for|return for|swapped for|traded for|swap for|в обмен на${orWords(lx, 'exchangeFor')})\s+(?:the\s+)?$`,
    'iu',
  ),
  releasedAfter: new RegExp(
    String.raw`^\s+(?:(?:more\s+|others\s+|people\s+|ones\s+)?(?:were|have been|had been|walked|went|was)\s+(?:also\s+)?(?:freed|released|pardoned|free|let go)${orWords(lx, 'releasedAfterCount')})`,
    'iu',
  ),
  // Within the same clause only: "52 were freed, but 1,000 remain" keeps the 52.
  remainAfter: new RegExp(
    String.raw`^(?:(?!\s(?:but|while|whereas|though)\s)[^.;,]){0,80}?(?:remain|still|are (?:being |currently )?(?:held|behind bars|in prison|jailed|imprisoned)|behind bars|languish|остаются|остается|по-прежнему|все еще|всё ещё|за решеткой|за решёткой${orWords(lx, 'remainAfter')})`,
    'iu',
  ),
  // 'the deaths of more than 100 political prisoners', 'στο θάνατο περισσότερων από 100': people
  // who died or were killed are not freed (deathBefore).
  deathBefore: deathRule(lx),
  // A sentence about a swap: its counts may be either side's.
  swapWord: new EdgeRule(
    new RegExp(
      String.raw`(?<![\p{L}])(?:exchang\p{L}*|swap\p{L}*|trade[ds]?|обмен\p{L}*|troca\p{L}*|trocou|intercambi\p{L}*|canje\p{L}*|échang\p{L}*|austausch\p{L}*|scambi\p{L}*|takas\p{L}*|wymian\p{L}*|mainai\p{L}*${orWords(lx, 'exchangeFor')})`,
      'iu',
    ),
  ),
}));

function counterRule(lx: Lexicon): RegExp | null {
  const words = wordsSource(wordsOf(lx, 'personCounters'));
  return words ? new RegExp(`^(${words})`, 'u') : null;
}

function deathRule(lx: Lexicon): RegExp | null {
  const words = wordsSource(wordsOf(lx, 'deathBefore'));
  return words ? new RegExp(String.raw`(?<![\p{L}])(?:${words})\s+$`, 'iu') : null;
}

/** The text before a figure without its 'and others' words ('y otros', 'and', 'insieme ad altri'). */
function headBeforeOthers(head: string): string {
  const cut = OTHERS_WORD_BEFORE.exec(head) ?? OTHERS_BEFORE.exec(head);
  return cut ? head.slice(0, cut.index) : head;
}

function candidate(s: string, q: Quantity, lx: Lexicon): CountCandidate | null {
  const r = rules(lx);
  const before = s.slice(Math.max(0, q.start - 40), q.start);
  const after = s.slice(q.end, q.end + 80);
  if (NOT_COUNT_AFTER.test(after) || s[q.start - 1] === '$' || s[q.end] === '-') return null;
  if (r.subsetBefore.test(before) || SUBSET_AFTER.test(after)) return null;
  if (r.exchangeBefore.test(before) || r.remainAfter.test(after) || REMAIN_BEFORE.test(before))
    return null;
  if (r.deathBefore?.test(before)) return null;
  const noun = r.peopleNoun.exec(after) ?? r.counterNoun?.exec(after) ?? null;
  const freedAfter = r.releasedAfter.test(after);
  const hasVerb = r.verbBefore.test(before) || freedAfter || hanFreedBefore(s, q.start, lx);
  // 'insieme ad altri 18 religiosi': Romance 'others' before the figure names people itself.
  const othersWord = OTHERS_WORD_BEFORE.test(before);
  if (!noun && !hasVerb && !othersWord) return null;
  // '45人被判…', '12 activists were arrested', '初選47人案': the detained, or a case's name.
  if (noun && !freedAfter && countsDetained(s, q.start, q.end + noun[0].length, lx)) return null;
  // 'asked Minsk to free 1,300 prisoners': a release asked for, unless the count's own verb
  // frees it ('petitioned for 44 and 36 were released').
  if (requestedRelease(s, q.start, lx) && !r.releasedAfter.test(after)) return null;
  if (!noun && q.value >= 1900 && q.value <= 2100) return null; // a year: "released in 2024"
  let value = q.value;
  let end = noun ? q.end + noun[0].length : q.end;
  // "Ihar Losik and 13 others": the named person plus the others.
  // 'Álvarez and 18 other priests', '... and 18 additional clergymen' count the named too.
  const others =
    noun !== null &&
    /(?<![\p{L}])(?:others?|additional|further|autres|weitere[nr]?|anderen?)(?![\p{L}])/iu.test(
      noun[0],
    );
  const withOthers =
    ((others || /(?<![\p{L}])(?:ещ[её]|ще)\s+$/iu.test(before)) && OTHERS_BEFORE.test(before)) ||
    othersWord;
  // 'Bishop Diaz and 18 clergymen' freed: the named with them (count-named.ts).
  const withNamed = withOthers || (noun !== null && hasVerb && nameAndCount(before));
  if (withOthers) value += namedInList(headBeforeOthers(s.slice(0, q.start)));
  else if (withNamed) value += 1;
  else if (noun && /^others?$/iu.test(noun[1]!)) return null;
  end = Math.min(end, s.length);
  let score = q.vague ? 1 : 3;
  if (!q.vague && (EXCHANGED_BEFORE.test(before) || EXCHANGED_AFTER.test(after)))
    score = EXCHANGED_SCORE;
  if (noun && WEAK_NOUN.test(noun[1]!)) score -= 1;
  if (q.value === 1 && !hasVerb) return null; // "one of the prisoners"
  // 'un', 'una', 'une', 'um' are articles too: "liberó a un grupo" frees a group, not one person.
  if (q.value === 1 && !noun && !/\p{Nd}/u.test(s[q.numberStart]!)) return null;
  return {
    value,
    qualifier: q.qualifier,
    start: q.start,
    end,
    score,
    noun: noun !== null,
    withNamed,
  };
}

// Between two parts of one count: a list separator at the end ('dos obispos, ..., a 13
// sacerdotes y tres seminaristas', '12 kobiet i 13 mężczyzn'), no figure or clause end before it.
const PART_GAP =
  /^[^\d.;:!?]{0,120}?(?:,|(?<![\p{L}])(?:and|plus|y|e|i|et|und|и|і|та|ve|és|en|oraz|ir|ja|og|och))\s+(?:a\s+)?$/iu;
// A run after another count of people in the same sentence is the tail of a longer list or the
// breakdown of a total ('65 hombres en Aragua, así como tres mujeres ... y tres adolescentes',
// '52 prisoners, 12 women and 13 men'): its sum is no count of its own.
const TAIL_GAP = /^[^\d.!?]{0,160}$/u;
/** Parts add up to a count only when they are listed side by side and this much better. */
const SUM_BONUS = 0.5;

/**
 * Counts given only in parts: each run of exact, noun-led candidates joined by list separators
 * adds a candidate for their sum. A total followed by its breakdown ('52 prisoners, ... and 14
 * foreigners') is no sum: a first part larger than the rest is read as that total.
 */
const sumOf = (cs: CountCandidate[]) => cs.reduce((n, c) => n + c.value, 0);

function sums(s: string, found: CountCandidate[]): CountCandidate[] {
  const out: CountCandidate[] = [];
  let run: CountCandidate[] = [];
  let lead: CountCandidate | undefined;
  const close = () => {
    const tail =
      lead?.noun === true &&
      lead.qualifier === 'exact' &&
      run.length > 0 &&
      TAIL_GAP.test(s.slice(lead.end, run[0]!.start));
    // A first part that joins others to named people ('X y otros 15 sacerdotes y dos
    // seminaristas') is no total its breakdown follows.
    const first = run[0];
    const breakdown = first && !first.withNamed && first.value > sumOf(run.slice(1));
    if (run.length > 1 && !tail && !breakdown) {
      out.push({
        value: sumOf(run),
        qualifier: 'exact',
        start: run[0]!.start,
        end: run.at(-1)!.end,
        score: Math.max(...run.map((c) => c.score)) + SUM_BONUS,
        noun: true,
        parts: run.map((c) => [c.start, c.end]),
      });
    }
    run = [];
  };
  found.forEach((c, i) => {
    const part = c.noun === true && c.qualifier === 'exact';
    const prev = run.at(-1);
    if (part && prev && PART_GAP.test(s.slice(prev.end, c.start))) run.push(c);
    else {
      close();
      lead = found[i - 1];
      if (part) run.push(c);
    }
  });
  close();
  return out;
}

function clauseAround(s: string, at: number): string {
  const start = s.lastIndexOf(';', at) + 1;
  const end = s.indexOf(';', at);
  return s.slice(start, end < 0 ? s.length : end);
}

/** Stems of each country's one-word names ('venezu', 'venezo'): they open its demonyms too. */
const STEMS = new Map<string, string[]>(
  PLACES.map((p) => [
    p.code,
    [...new Set(p.words.filter((w) => w.length >= 5 && !/\s/.test(w)).map((w) => w.slice(0, 6)))],
  ]),
);
const WORDS = /\p{L}+/gu;

/** Length of the word after position i and the spaces before it. */
function nextWord(s: string, i: number): number {
  const m = /^\s*\p{L}+/u.exec(s.slice(i, i + 40));
  return m ? m[0].length : 0;
}

/** Whether a count's words name the releasing country's own people ('238 Venezuelans'). */
function ownNationals(span: string, releaser: string): boolean {
  const stems = STEMS.get(releaser);
  if (!stems?.length) return false;
  for (const w of span.toLowerCase().match(WORDS) ?? [])
    if (stems.some((st) => w.startsWith(st))) return true;
  return false;
}

// Pardoned is not freed: a decree may cover people not in prison ('115 pardoned, of which 114
// freed from jail', 'помиловала 17 ... 13 освободила'). Both read within the count's clause.
const PARDON_WORD =
  /(?<![\p{L}])(?:pardon\p{L}*|помил\p{L}*|помілув\p{L}*|памілав\p{L}*|ułaskaw\p{L}*|indult\p{L}*|begnadig\p{L}*|perdon\p{L}*|graziat\p{L}*|graci[ée]\p{L}*|gracie|grâce|affet\p{L}*|affedil\p{L}*|əfv)/iu;
const FREED_WORD =
  /(?<![\p{L}])(?:freed|released|set free|free from|освобод\p{L}*|освобожд\p{L}*|excarcel\p{L}*|liberad\p{L}*|libérés?|liberat[ioe]|freigelassen|uwolni\p{L}*|zwolni\p{L}*|tahliye\p{L}*)/iu;

/** The clause of a count: from the last ',;:' before it to the next one after it. */
function clauseOf(s: string, c: CountCandidate): string {
  const before = s.slice(0, c.start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const stop = s.slice(c.end).search(/[,;:]/u);
  return s.slice(from + 1, stop < 0 ? s.length : c.end + stop);
}

/** 'pardoned' when the count's clause pardons and does not free, 'freed' the other way. */
export function releaseKind(s: string, c: CountCandidate): 'pardoned' | 'freed' | null {
  const clause = clauseOf(s, c);
  const pardon = PARDON_WORD.test(clause);
  if (pardon === FREED_WORD.test(clause)) return null;
  return pardon ? 'pardoned' : 'freed';
}

/**
 * Released-count candidates of a sentence; `language` is the report's, when known. In a swap,
 * a count of the releasing country's own nationals is the other side's release (El Salvador
 * returning 238 Venezuelans for the ten Americans Venezuela freed): it scores less.
 */
export function findCountCandidates(
  s: string,
  language?: string,
  releaser?: string | null,
  lx: Lexicon = ALL_LANGUAGES,
): CountCandidate[] {
  const found = countsOf(s, language, lx);
  if (releaser && found.length > 0 && rules(lx).swapWord.test(s)) {
    for (const c of found) {
      // A list of parts ('10 Americans and 20 Venezuelans') is one side's: it is the other
      // side's only when every part names the releaser's own people.
      if (c.parts) {
        if (c.parts.every(([start, end]) => ownNationals(s.slice(start, end), releaser)))
          c.score -= 2;
        continue;
      }
      if (ownNationals(countedWords(s, c), releaser)) c.score -= 2;
    }
  }
  return found;
}

/** The counted words, or the word after a bare figure ('libertação de 200 venezuelanos'). */
function countedWords(s: string, c: CountCandidate): string {
  return c.noun ? s.slice(c.start, c.end) : s.slice(c.start, c.end + 1 + nextWord(s, c.end));
}

interface SubsetPart {
  value: number;
  start: number;
  end: number;
  words: string;
}

/** A count 'among them', 'including' opens ('among them 12 women'), or null. */
function subsetPart(s: string, q: Quantity, lx: Lexicon): SubsetPart | null {
  const r = rules(lx);
  if (!r.subsetBefore.test(s.slice(Math.max(0, q.start - 40), q.start))) return null;
  // With its noun, or the one word after it ('3 поляка').
  const noun = r.peopleNoun.exec(s.slice(q.end, q.end + 80));
  const end = q.end + (noun ? noun[0].length : nextWord(s, q.end));
  return { value: q.value, start: q.start, end, words: s.slice(q.start, end) };
}

const WOMEN =
  /(?<![\p{L}])(?:women|женщин\p{L}*|жінок|жінки|жанчын\p{L}*|kobiet\p{L}*|mujeres|mulheres|femmes|frauen|donne|vrouwen|kadın\p{L}*)(?![\p{L}])/iu;
const MEN =
  /(?<![\p{L}])(?:men|мужчин\p{L}*|чоловік\p{L}*|мужчын\p{L}*|mężczyzn\p{L}*|hombres|homens|hommes|männer|uomini|mannen|erkek\p{L}*)(?![\p{L}])/iu;

/** Whether two parts split a group by sex: one counts women, the other men. */
function bySex(a: string, b: string): boolean {
  return (WOMEN.test(a) && MEN.test(b)) || (MEN.test(a) && WOMEN.test(b));
}

function countsOf(s: string, language: string | undefined, lx: Lexicon): CountCandidate[] {
  const out: CountCandidate[] = [];
  const cumulative = new Map<number, boolean>();
  let custodyEnd: number | null = null;
  let subset: SubsetPart | null = null;
  for (const q of findQuantities(s, language, lx)) {
    const from = s.lastIndexOf(';', q.start) + 1;
    let isTotal = cumulative.get(from);
    if (isTotal === undefined) {
      const clause = clauseAround(s, q.start);
      isTotal = CUMULATIVE.test(clause) && !NOT_CUMULATIVE.test(clause);
      cumulative.set(from, isTotal);
    }
    if (isTotal) continue;
    const sub = subsetPart(s, q, lx);
    const c = sub ? null : candidate(s, q, lx);
    // 'among them 3 Poles and 2 Lithuanians': every part of a list that 'among them' opens
    // is a subset; two parts that split the group by sex ('among the pardoned, 12 women and
    // 13 men') add up to the group.
    if (subset && (sub || c?.noun) && PART_GAP.test(s.slice(subset.end, (sub ?? c)!.start))) {
      const next = sub ?? {
        value: c!.value,
        start: c!.start,
        end: c!.end,
        words: s.slice(c!.start, c!.end),
      };
      if (c && bySex(subset.words, next.words))
        out.push({
          ...c,
          value: subset.value + c.value,
          start: subset.start,
          parts: [
            [subset.start, subset.end],
            [c.start, c.end],
          ],
        });
      subset = { ...next, value: subset.value + next.value, start: subset.start };
      continue;
    }
    subset = sub;
    if (!c) continue;
    // '14 serving non-custodial terms and 34 prisoners': the 14 leave no prison; the part
    // listed beside them is the count freed.
    if (nonCustodial(s.slice(c.end))) {
      custodyEnd = c.end;
      continue;
    }
    if (custodyEnd !== null && PART_GAP.test(s.slice(custodyEnd, c.start)))
      c.score += CUSTODIAL_SIBLING_BONUS;
    custodyEnd = null;
    out.push(c);
  }
  return out.length > 1 ? [...out, ...sums(s, out)] : out;
}

/**
 * A quantity that counts people in a sentence about arrests or recognitions ('at least 30
 * people', '12 more political prisoners'): where its noun ends, or null. The release rules'
 * exclusions hold here too: sub-counts, people still held, running totals, years and ages.
 */
export function peopleCountEnd(s: string, q: Quantity, lx: Lexicon): number | null {
  const r = rules(lx);
  const before = s.slice(Math.max(0, q.start - 40), q.start);
  const after = s.slice(q.end, q.end + 80);
  if (NOT_COUNT_AFTER.test(after) || r.subsetBefore.test(before) || SUBSET_AFTER.test(after))
    return null;
  if (r.remainAfter.test(after) || REMAIN_BEFORE.test(before)) return null;
  const clause = clauseAround(s, q.start);
  if (CUMULATIVE.test(clause) && !NOT_CUMULATIVE.test(clause)) return null;
  const noun = r.peopleNoun.exec(after);
  if (!noun || /^others?$/iu.test(noun[1]!)) return null;
  return Math.min(s.length, q.end + noun[0].length);
}
