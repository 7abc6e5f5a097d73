// Two frames that name who is counted before the figure, so the figure needs no noun of its own:
// - a number noun over a political noun, then a short predicate: 'the number of political
//   prisoners stands at 1,187', 'число политзаключённых составляет', 'liczba więźniów
//   politycznych wynosi', 'a politikai foglyok száma', 'siyasi tutukluların sayısı', 'عدد
//   المعتقلين السياسيين', '政治犯人数达到';
// - a verb of recognising with a political noun as its predicate: 'признают политзаключёнными
//   1187 человек', 'uznaje za więźniów politycznych 1187 osób', 'reconoce como presos políticos
//   a 887 personas'.
// Each is grammar, not a group's wording: the count noun (or the verb) and the political word
// say the figure is a whole of political prisoners, whatever verb links them to it.

// Nouns of number or total, as they stand before or after the noun they count.
const NUMBER_NOUN =
  /(?<![\p{L}])(?:number|figure|total|tally|count|número|cifra|chiffre|cantidad|nombre|bilan|numero|totale|zahl|anzahl|gesamtzahl|liczba|liczbę|liczby|число|количество|численность|кількість|колькасць|лік|skaičius|skaičių|broj|број|število|száma|számát|sayısı|sayısının|شمار|تعداد|عدد|რაოდენობა|số lượng|aantal)(?![\p{L}])|人数|人數|数目|數目|数量|數量|总数|總數/giu;
// A word that makes the counted people political prisoners (or prisoners of conscience).
const POLITICAL_WORD =
  /(?:polit|polít|полит|політ|паліт|siyasi|سياسي|سیاسی|政治|chính trị|პოლიტ|conscien|concien|совести|sumienia|coscienza|gewissens)/iu;
// The stretch between the frame and its figure: a short predicate, no other figure, no clause end.
const STRETCH_MAX_WORDS = 7;
const STRETCH_BREAK = /[\d.;:!?。；]/u;
// A figure right after 'since', 'in', 'from' is a year or a date, not a total.
const TIME_BEFORE =
  /(?<![\p{L}])(?:since|in|from|until|by|desde|en|depuis|seit|im|von|bis|с|со|з|од|od|w|dal|nel|dall|do|до|від|ад|از|منذ|في|منذ عام|kể từ|năm)\s+$/iu;
const SINCE =
  /(?<![\p{L}])(?:since|desde|depuis|seit|dal|dall|od|с|со|від|з|ад|منذ|از|kể từ)\s+(?:\p{L}+\s+)?\d{4}/iu;
const RECOGNISE =
  /(?<![\p{L}])(?:recogni[sz]\p{L}*|consider\p{L}*|признa\p{L}*|призна\p{L}*|визна\p{L}*|прызна\p{L}*|uzna\p{L}*|anerkann\p{L}*|anerkenn\p{L}*|erkennt|reconoc\p{L}*|reconna\p{L}*|reconhec\p{L}*|riconosc\p{L}*|priznal\p{L}*|priznaj\p{L}*|prizna\p{L}*|elismer\p{L}*|tanı\p{L}*|pripozna\p{L}*|pripažin\p{L}*|pripažint\p{L}*)(?![\p{L}])/giu;

const RECOGNISED_WHOLE_MIN = 100;
// Names added to the list: 'another', 'more', 'new', 'otras', 'ещё', 'weitere', 'kolejnych'.
const ADDED =
  /(?<![\p{L}])(?:other|another|more|new|further|otr[oa]s|nuev[oa]s|autres|nouveaux|nouvelles|altri|altre|nuovi|nuove|weitere|neue|ещё|еще|новых|других|kolejn\p{L}*|nowych|innych|інших|ще|нових|daha|yeni)(?![\p{L}])/iu;
const words = (s: string) => s.split(/\s+/u).filter((w) => w.length > 0).length;

/** The last match of a global regex in s, or null. */
function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    last = m;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

/**
 * 'The number of political prisoners stands at ': the text before a figure ends with a number
 * noun beside a political word (within 40 characters either side, in the same clause) and a
 * short predicate with no figure, release word or time word before the figure.
 */
export function numberOfBefore(before: string, freed: RegExp): boolean {
  const m = lastMatch(NUMBER_NOUN, before);
  if (!m) return false;
  const stretch = before.slice(m.index + m[0].length);
  if (STRETCH_BREAK.test(stretch) || words(stretch) > STRETCH_MAX_WORDS) return false;
  if (TIME_BEFORE.test(before)) return false;
  // The political word before the number noun ('politikai foglyok száma', '政治犯人数') or after
  // it ('the number of political prisoners', 'عدد المعتقلين السياسيين'); a release word on either
  // side counts the freed ('liczba uwolnionych', 'serbest bırakılan ... sayısı', '获释政治犯人数').
  const head =
    before
      .slice(Math.max(0, m.index - 40), m.index)
      .split(STRETCH_BREAK)
      .pop() ?? '';
  const near = `${head} ${m[0]} ${stretch}`;
  return POLITICAL_WORD.test(near) && !freed.test(near);
}

/**
 * 'Признают политзаключёнными 1187 человек': a verb of recognising in the 50 characters before
 * the figure, no figure after it, and a political word between them or within 40 characters
 * after the figure ('reconoce a 887 personas como presos políticos').
 */
export function recognisedAs(value: number, before: string, after: string, freed: RegExp): boolean {
  // 'Reconoció como presos políticos a otras 25 personas': new names on the list are a
  // recognition (detentions), not the whole still held, which runs to hundreds.
  if (value < RECOGNISED_WHOLE_MIN) return false;
  const head = before.slice(-50);
  // 'Since 2020 it has recognised 3,000 people': a tally of years, not of those held now.
  if (SINCE.test(before)) return false;
  const m = lastMatch(RECOGNISE, head);
  if (!m) return false;
  const stretch = head.slice(m.index + m[0].length);
  if (STRETCH_BREAK.test(stretch) || freed.test(stretch) || ADDED.test(stretch)) return false;
  const tail = after.slice(0, 40).split(STRETCH_BREAK)[0] ?? '';
  return POLITICAL_WORD.test(stretch) || POLITICAL_WORD.test(tail);
}

/**
 * 'Recognised 120 more people as political prisoners', 'reconoció a otras 40': names added to
 * a list, by a verb of recognising and an additive word beside the figure.
 */
export function addedToList(before: string, after: string): boolean {
  const head = before.slice(-50);
  if (lastMatch(RECOGNISE, head) === null) return false;
  return ADDED.test(before.slice(-15)) || ADDED.test(after.slice(0, 12));
}

// A political word among the first words after the figure: 'personas encarceladas por motivos
// políticos', '800 Menschen aus politischen Gründen', 'людей по политическим мотивам'.
const POLITICAL_NEAR = new RegExp(
  String.raw`^\s+(?:[\p{L}’'-]+,?\s+){0,4}?\p{L}*?${POLITICAL_WORD.source}\p{L}*`,
  'iu',
);

/** The words from the figure to a political word within its first five, or null. */
export function politicalNear(after: string): RegExpExecArray | null {
  const clause = after.split(STRETCH_BREAK)[0] ?? '';
  return POLITICAL_NEAR.exec(clause);
}

// A passive of arresting or sentencing in the figure's clause: 'people have been detained for
// political reasons', 'fueron detenidas', 'wurden ... festgenommen', 'были задержаны'. The
// arrested since a date, not those held now.
const ARRESTED_AFTER =
  /^[^.;:!?]{0,60}?(?<![\p{L}])(?:were|have been|had been|fueron|han sido|foram|ont été|sont été|sono stati|wurden|zostali|zostało|были|було)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:arrest|detain|sentenc|convict|jail|imprison|detenid|arrestad|condenad|encarcelad|arrêt|condamn|détenu|incarcér|arrestat|condannat|fermat|festgenommen|verhaftet|verurteilt|inhaftiert|aresztowan|skazan|zatrzyman|uwięzion|арестован|задержан|осужден|осуждён|заарештован|затриман|засуджен)/iu;

// 'Most of the 1,150 political prisoners ... were jailed after 2020': the verb is the part's.
const PART_OF_BEFORE =
  /(?:most|many|some|majority|half|all) of(?: the)?\s+$|большинств\p{L}* из\s+$|многие из\s+$|(?:mayoría|mayor parte|parte) de (?:los|las)\s+$|die meisten der\s+$|la plupart des\s+$|(?:maggior parte|maggioranza) dei\s+$|większość(?: z)?\s+$|spośród\s+$/iu;

/** Whether the figure's own clause arrests or sentences its people. */
export function arrestedAfter(before: string, after: string): boolean {
  return ARRESTED_AFTER.test(after) && !PART_OF_BEFORE.test(before);
}
