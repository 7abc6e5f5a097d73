// Claims of how many political prisoners remain: "more than 1,000 ... according to Viasna".
import type { CountQualifier } from './contract.ts';
import { cueRules } from './lexicon.ts';
import {
  ALL_LANGUAGES,
  hintRegExp,
  hintSource,
  initialCaseSource,
  type Lexicon,
  orWords,
  perLexicon,
  wordsOf,
  wordsSource,
} from './lexicons/index.ts';
import { findQuantities } from './numbers.ts';
import { arabicDualOthers } from './remaining-dual.ts';
import {
  addedToList,
  arrestedAfter,
  numberOfBefore,
  politicalNear,
  recognisedAs,
} from './remaining-total.ts';
import { classTest, testAfter } from './word-edge.ts';

export interface RemainingFound {
  value: number;
  qualifier: CountQualifier;
  attributedTo: string | null;
  /** A few others than the freed ('two other French citizens still held'): the sentence may still tell of the release. */
  others?: boolean;
  /** A tally of the whole world ('182 journalists held worldwide'): still no count of the freed, but no country's figure. */
  world?: boolean;
  /** Relative to the sentence. */
  start: number;
  end: number;
}

// Words between a figure and its noun ('politieke', 'politikai', the Chinese measure word 名):
// the lists' countModifiers, or nothing.
// Not Arabic's partitive 'من' ('عن 33 من نشطاء', the release of 33 of the activists): it is how
// the freed are counted too, and says nothing of who they are.
const PARTITIVE = new Set(['من']);
const mods = (lx: Lexicon) =>
  wordsSource(wordsOf(lx, 'countModifiers').filter((w) => !PARTITIVE.has(w))) ?? '(?!)';
// 'still holds more than 1,100' needs no noun: the verb says who they are (stillHoldBefore).
const holdBefore = (lx: Lexicon) => {
  const src = wordsSource(wordsOf(lx, 'stillHoldBefore'));
  // No space before a figure in Han text ('仍关押1000多名').
  return src ? new RegExp(`${src}\\s*$`, 'iu') : null;
};
const nounAfter = (lx: Lexicon) =>
  new RegExp(
    String.raw`^\s+(?:(?:la cantidad|el número|the number) de\s+)?(?:(?:more|other|people|jailed|imprisoned|political)\s+)?(?:political prisoners|політв[’'ʼ]?язн\p{L}*|політичних в[’'ʼ]язнів|političkih zatvorenika|prisoners of conscience|people|prisoners|dissidents|detainees|inmates|belarusians|cubans|nicaraguans|venezuelans|iranians|russians|политзаключенн\p{L}*|политзаключённ\p{L}*|политических заключенных|заключенн\p{L}*|человек)(?![\p{L}])|^(?:\s+|(?=\p{sc=Han}))(?=(?:(?:${mods(lx)})\s*){0,2}(?:remain|are still|still${orWords(lx, 'prisonerNouns')}${orWords(lx, 'remainAfter')}))|^\s+(?:other\s+)?(?:\p{Lu}\p{L}+\s+)?(?:citizens|nationals)(?![\p{L}])`,
    'iu',
  );
const REMAIN_BASE =
  'remain|still|are (?:being |currently )?(?:held|behind bars|in prison|jailed|imprisoned|detained)|behind bars|languish|currently|continue to be|holds|stands at|остаются|остается|по-прежнему|все еще|всё ещё|за решеткой|за решёткой|находятся|залишаються|досі|за ґратами|se nalazi|nalaze se';
const TALLY_BASE =
  'according to|по даних|counts?|estimates?|tally|lists|reckon|number of political prisoners|(?:says|say|said|reports?) (?:that )?(?:there are )?|по данным|по подсчетам|насчитывает|считает|называют';
// Cheap first test: a remain word, a tally word, a total's verb (TALLY_BEFORE, TOTAL_BEFORE) or
// a political noun (EXIST_BEFORE, IN_COUNTRY),
// with the word lists' entries as plain text (hintSource) in place of their full alternations.
function gate(lx: Lexicon): RegExp {
  const words = hintSource([
    ...wordsOf(lx, 'remainAfter'),
    ...wordsOf(lx, 'accordingTo'),
    ...wordsOf(lx, 'stillHoldBefore'),
  ]);
  return hintRegExp(
    `(?:${REMAIN_BASE}|${TALLY_BASE}|say|said|report|polit|polít|полит|політ|паліт|პოლიტ|siyasi|سياسي|سیاسی|政治|recogni|насчитыва|asciende a|se eleva a|llega a|totals|reaches|amounts to|ammonta a|chega a|beträgt|wynosi|составляет|достигает${words ? `|${words}` : ''})`,
  );
}
// A tally verb right before the figure: "Viasna counts 1,100", "says there are 1,100".
const TALLY_BEFORE =
  /(?:according to [^,.;]{1,40},|counts?|estimates?|lists|tally (?:of|at)|says|say|said|reports?|reckons?|stands at|holds|recogni[sz]es|recogni[sz]ed|considers|(?:sitúa|sitúan|cifra|cifran|fija|fijan|estima|estiman|eleva|elevan|chiffre|chiffrent|estime|estiment|évalue|stima|stimano|fissa|estimam|situa|situam)\s+(?:en|em|a|à|in)|насчитыва\p{L}*|называют цифру|по данным [^,.;]{1,40},)(?:\s+that)?(?:\s+there\s+(?:are|were))?\s+$/iu;
// A group's verb of recording before the figure: 'Foro Penal registra 887', 'HRANA has
// documented', 'Viasna verzeichnet', 'ОВД-Инфо насчитал', 'odnotowała', 'وثقت'.
const RECORDS_BEFORE =
  /(?<![\p{L}])(?:registra|registran|registraba|documenta|documentó|reporta|has (?:recorded|documented|registered)|recorded|documented|registers|records|verzeichnet|dokumentiert|zählt|répertorie|recense|dénombre|enregistre|conta|contabilizza|registrou|contabilizou|фиксирует|зафиксировал\p{L}*|насчитал\p{L}*|нарахував|налічує|фіксує|odnotował\p{L}*|odnotowuje|naliczył\p{L}*|kaydetti|kayıt altına aldı|[وف]?(?:وثق|رصد|سجل)\p{L}*|ثبت کرده|ثبت کرد)(?:\s+\p{L}+)?(?:\s+(?:at least|más de|over|more than|ya|ahora|already|now|au moins|mindestens|almeno|pelo menos|не менее|более|ponad|en az|أكثر من|nearly|casi|около))?\s+$/iu;
const VERB =
  '(?:say|says|said|report|reports|reported|count|counts|estimate|estimates|believe|reckon|caution|warn|warns|list|lists)';
type Attribution = [RegExp, (m: RegExpExecArray) => string];
const BASE_ATTRIBUTIONS: Attribution[] = [
  [/(Viasna|Вясна|Vyasna|Wiasna)/u, (m) => m[1]!],
  [
    /according to (?:the )?((?:[\p{Lu}][\p{L}'’-]*\s?){1,4}|(?:human )?rights (?:groups|defenders|activists|organi[sz]ations)|activists|rights groups)/u,
    (m) => m[1]!.trim(),
  ],
  [
    new RegExp(
      String.raw`(?:group|centre|center|organi[sz]ation|monitor)\s((?:[\p{Lu}\d][\p{L}\d]*\s?){1,3})\s*${VERB}\b`,
      'u',
    ),
    (m) => m[1]!.trim(),
  ],
  [
    new RegExp(
      String.raw`((?:[Hh]uman )?[Rr]ights (?:groups?|defenders|activists|organi[sz]ations|monitors|centre|center)|[Aa]ctivists|[Mm]onitors|[Cc]ampaigners)\s+${VERB}\b`,
      'u',
    ),
    (m) => m[1]!.trim(),
  ],
  [
    /(?:по данным|по подсчетам|по словам)\s+((?:правозащитн\p{L}+\s+)?(?:центра\s+)?[«"]?[\p{Lu}][\p{L}-]*[»"]?|правозащитник\p{L}*)/u,
    (m) => m[1]!.replace(/[«»"]/g, '').trim(),
  ],
  [/([Пп]равозащитник\p{L}*)/u, (m) => m[1]!],
];

/** Who a figure is attributed to, tried in order: the base forms, then the lists' cues. */
function attributions(lx: Lexicon): Attribution[] {
  // Either initial case, without the 'i' flag: under it '\p{Lu}' would take lowercase words as names.
  const accordingTo = initialCaseSource(wordsOf(lx, 'accordingTo'));
  return [
    ...BASE_ATTRIBUTIONS,
    // 'secondo Viasna', 'según la ONG Foro Penal', 'laut Viasna': other languages' 'according to'.
    ...(accordingTo
      ? ([
          [
            // Only the cue ignores case: under the 'i' flag \p{Lu} would take any letter, and the
            // name would start at the first lowercase word ('organizacije Vjasna').
            new RegExp(
              String.raw`(?<![\p{L}])${accordingTo}\s+(?:\p{Ll}+\s+){0,3}?((?:[\p{Lu}][\p{L}'’-]*\s?){1,4})`,
              'u',
            ),
            (m: RegExpExecArray) => m[1]!.trim(),
          ],
        ] as Attribution[])
      : []),
    [new RegExp(String.raw`((?:[\p{Lu}][\p{L}'’-]+\s){1,3})${VERB}\b`, 'u'), (m) => m[1]!.trim()],
  ];
}

function attribution(s: string, found: readonly Attribution[]): string | null {
  for (const [re, pick] of found) {
    const m = re.exec(s);
    if (m) return pick(m);
  }
  return null;
}

// Only a count of political prisoners may rest on its attribution alone ('según Foro Penal, hay
// 1.887 presos políticos'): 'personas' or 'detenidos' alone are as often the freed.
const POLITICAL =
  /^\s+(?:(?:la cantidad|el número|the number|un total|el total|le nombre|le total|il numero|il totale|o número|o total) (?:de|dei|degli|delle|di|des|dos|do)\s+)?(?:political prisoners|political detainees|prisoners of conscience|presos (?:políticos|por (?:razones|motivos) polític[oa]s)|(?:detenidos|personas) por (?:razones|motivos) polític[oa]s|prigionieri politici|prisonniers politiques|presos políticos|politische[n]? (?:Gefangenen?|Häftlinge)|więźniów politycznych|политзаключ\p{L}*|политических заключ\p{L}*|політв[’'ʼ]?язн\p{L}*|політичних в[’'ʼ]язнів|političkih zatvorenika|politinių kalinių|politieke gevangenen|politiek gevangenen|siyasi tutuklu\p{L}*|siyasi mahkum\p{L}*|siyasi məhbus\p{L}*|палітвязн\p{L}*|палітычных вязняў|პოლიტპატიმ\p{L}*|المعتقلين السياسيين|معتقل(?:ا|ين)? سياسي(?:ا|ين)?|السجناء السياسيين|زندانی(?:ان)? سیاسی|政治犯|政治囚犯)(?![\p{L}])/iu;
// The verb before its count: 'there are still 1,150 political prisoners', 'hay 1.100 presos
// políticos', 'zaten er 311 politieke gevangenen vast'. Only with a political noun after.
const EXIST_BEFORE =
  /(?<![\p{L}])(?:there (?:are|remain|were)|hay|quedan|il y a|gibt es|on (?:en )?compte|on dénombre|on recense|restent|es gibt|ci sono|restano|rimangono|há|existem|restam|er zijn|zaten er|zitten er|bevinden zich|jest|są|przebywa|przebywają|pozostaje|pozostają|siedzi|есть|остаются|остается|находятся|находится|насчитывается|є|залишаються|перебувають|var|bulunuyor|يوجد|هناك|لا يزال|ما زال|وجود دارد|仍有|还有|尚有)(?:\s+[\p{L}’']+){0,5}?\s+$/iu;
// The country's whole count: 'the 1,150 political prisoners in Belarus', 'z 1400 więźniów
// politycznych na Białorusi'. The place right after the political noun.
// Or the country by a noun: 'in the country', 'del país', 'du pays', 'в стране', 'w kraju'.
const IN_COUNTRY = /^\s+(?:in|в|во|на|na|w|we|en|dans|nel|nella|no|na|em|u|у)\s+\p{Lu}/u;
const IN_THE_COUNTRY =
  /^\s+(?:in the country|del país|en el país|du pays|dans le pays|im land|nel paese|del paese|do país|no país|в стране|в країні|у країні|w kraju|u zemlji|у земљи|v državi|az országban|šalyje|in het land)(?![\p{L}])/iu;
// A country's own, in English: "Belarus's 1,150 political prisoners", "the country's more than".
const OWNER_BEFORE = /(?:\p{Lu}\p{L}+|country|nation|regime|government)['’]s?\s+$/u;
// Turkic and Georgian put 'there is' after the noun: '350 siyasi məhbus var', '80 პოლიტპატიმარი
// არის'.
const EXIST_AFTER =
  /^\s*(?:var|vardır|bulunuyor|bulunmaktadır|mövcuddur|qalır|არის|არიან|რჩება)(?![\p{L}])/iu;
// A total named before its figure: 'el número total de presos políticos asciende a 1.887'.
// Or the noun, then a copula and the figure: 'i prigionieri politici russi sono attualmente
// 764', 'political prisoners now number 1,100', 'les prisonniers politiques sont aujourd'hui 300'.
const NOW =
  "(?:now|currently|today|attualmente|ora|oggi|actualmente|ahora|hoy|actuellement|aujourd['’]hui|désormais|derzeit|aktuell|inzwischen|heute|momenteel|nu|thans|atualmente|agora|hoje|obecnie|teraz|сейчас|теперь|зараз|наразі)";
const TOTAL_NOUN =
  '(?:political prisoners|presos políticos|prigionieri politici|prisonniers politiques|politischen Gefangenen|politische Gefangene|politieke gevangenen|więźniów politycznych|политзаключенных|политзаключённых)';
const TOTAL_BEFORE = new RegExp(
  String.raw`${TOTAL_NOUN}[^.;]{0,40}(?:asciende a|se eleva a|llega a|stands at|totals|reaches|amounts to|ammonta a|chega a|beträgt|wynosi|составляет|достигает|(?:now |currently )?number)\s+$`,
  'iu',
);
// A copula says the whole only when the figure ends the clause: 'of the political prisoners, 40
// are women' counts a part.
const COPULA_TOTAL = new RegExp(
  String.raw`${TOTAL_NOUN}[^.;]{0,40}(?:(?:are|is) ${NOW}|(?:sono|son|sont|sind|zijn|são)(?:\s+${NOW})?)\s+$`,
  'iu',
);
const FIGURE_ENDS = /^\s*(?:[.;:)»"”]|,\s|$)/u;
/** TOTAL_BEFORE's match, unless it counts the freed ('liczba uwolnionych ... wynosi'). */
function totalBefore(before: string, freed: RegExp, after = ''): RegExpExecArray | null {
  const m =
    TOTAL_BEFORE.exec(before) ?? (FIGURE_ENDS.test(after) ? COPULA_TOTAL.exec(before) : null);
  return m && !freed.test(before.slice(Math.max(0, m.index - 30))) ? m : null;
}
// The figure is the freed, not the held: 'Belarus Frees 52 Political Prisoners', 'на свободе 52',
// 'la excarcelación de 24', '350 presos políticos excarcelados', '2,153 ... would be released'.
const freedBefore = (strong: RegExp) =>
  new RegExp(
    String.raw`(?:(?<![\p{L}])(?:free|freed|frees|releas|pardon|освобо|помилова|на свободе|на волі)\p{L}*(?:\s+of)?|(?:${strong.source}))(?:\s+[\p{L}\d]+){0,2}\s*$`,
    'iu',
  );
const freedAfter = (strong: RegExp) =>
  new RegExp(
    String.raw`^[^.;,:]{0,50}?(?:(?<![\p{L}])(?:released|freed|pardoned|let go)(?![\p{L}])|${strong.source})`,
    'iu',
  );
// 'privadas de libertad', 'deprived of liberty': held, whatever the release word in it.
const DEPRIVED =
  /(?:privad\p{L}*|privat\p{L}*|deprived|pozbawi\p{L}*|лишен\p{L}*)\s+(?:de|del|of|della|wolności|свободы)\s+\p{L}+/giu;

// Persian and Arabic put 'other' after the noun ('دو تبعهٔ دیگر فرانسوی', 'مواطنين آخرين').
const OTHERS =
  /^\s+(?:other|others|autres|otros|otras|outros|outras|altri|altre|weitere|andere|другие|других|інші|інших|inni|innych|drugih|diğer|(?:[\p{sc=Arabic}\p{M}\u200c]+\s+)?(?:دیگر|آخر\p{L}*|الآخر\p{L}*))(?![\p{L}])/iu;
// The other-word before the number: 'otros tres', 'altri due', 'ещё двое', 'another two'.
const OTHERS_BEFORE =
  /(?<![\p{L}])(?:another|otros|otras|outros|outras|altri|altre|ещё|еще|jeszcze|inni|weitere)\s+$/iu;
const RELATIVE =
  /^\s+(?:[\p{L}’'-]+\s+){1,3}?,?\s*(?:que|quienes|who|that|which|qui|che|die|der|welche|которые|які|które|koji|kteří|akik)\s/iu;
// A piece of text every word of freedBefore and freedAfter holds, the strong release cues' and
// their lists' included: most figures have none near them. Under the same flags as those rules
// ('iu'), so it lets through whatever they can match.
const FREED_HINT_BASE =
  'مفرج|free|releas|pardon|освобо|помилова|на свобод|на волі|walk|let |loose|liberat|swap|expell|deport|вышл|вызвал|памілава|на волю|выпущен|выпустил';
const freedHint = (lx: Lexicon) => {
  const words = hintSource(wordsOf(lx, 'release'));
  return new RegExp(`${FREED_HINT_BASE}${words ? `|${words}` : ''}`, 'iu');
};

/** The rules of a set of word lists: each language's words join the English and Russian. */
const rules = perLexicon((lx) => ({
  gate: gate(lx),
  nounAfter: nounAfter(lx),
  holdBefore: holdBefore(lx),
  // Whole words only (startsWord): 'lists' in 'journalists' had made a freed count a tally.
  remain: new RegExp(`(?:${REMAIN_BASE}${orWords(lx, 'remainAfter')})`, 'giu'),
  tally: new RegExp(`(?:${TALLY_BASE}${orWords(lx, 'accordingTo')})`, 'giu'),
  attributions: attributions(lx),
  freedBefore: freedBefore(cueRules(lx).strongRelease),
  freedAfter: freedAfter(cueRules(lx).strongRelease),
  // The people counted, then at once a word that they are still held ('two other French
  // citizens still detained', '1,100 political prisoners remain').
  stillHeld: new RegExp(
    String.raw`^\s+(?:[\p{L}’'-]+\s+){1,4}?(?:${REMAIN_BASE}${orWords(lx, 'remainAfter')})`,
    'iu',
  ),
  freedHint: freedHint(lx),
}));

// Dutch and German put 'sit' second and its 'fast' or 'in custody' last: 'zitten sinds de coup
// duizenden mensen vast', 'sitzen dort 40 Journalisten in Haft'. The people are still held.
const SIT_BEFORE = /(?<![\p{L}])(?:zitten|zaten|sitzen|saßen)(?:\s+[^\s.;,:]+){0,4}?\s+$/iu;
const HELD_LAST =
  /^[^.;:]{0,50}?\s(?:vast|gevangen|opgesloten|in (?:de )?(?:gevangenis|cel)|achter de tralies|in Haft|hinter Gittern|im Gefängnis)(?![\p{L}])/iu;
// A tally of the whole world ('182 journalists are held worldwide', 'weltweit sitzen 182') is no
// one country's figure, whatever country the report is about (marked; remainingCounts leaves it
// out, and the count rules still know it for no count of the freed).
const WORLDWIDE =
  /(?<![\p{L}])(?:worldwide|around the world|across the world|globally|weltweit|dans le monde|à travers le monde|en (?:todo )?el mundo|a nivel mundial|nel mondo|in tutto il mondo|no mundo|em todo o mundo|в мире|по всему миру|у світі|в світі|na świecie|wereldwijd|dünya genelinde|dünyada|في العالم|در جهان)(?![\p{L}])|全球|世界各地/iu;

/** The figure stands inside a 'sit … fast' bracket. */
function sitsHeld(before: string, rest: string): boolean {
  return SIT_BEFORE.test(before) && HELD_LAST.test(rest);
}

// Where the figure's clause ends: a stop or semicolon (not one between digits), or 'but' and the
// like after a comma in the languages served ('52 freed, but 1,100 remain' speaks of two groups).
const CLAUSE_END =
  /(?<!\d)[.;]|[.;](?!\d)|[。；]|,\s*(?:but|while|and|pero|mientras|mais|alors que|aber|während|но|але|ale|ma|mentre|mas|enquanto|ancak|fakat|maar|terwijl|viszont|tačiau|ali|αλλά|όμως|nhưng|لكن|ولكن|اما)\s|，\s*(?:但|但是|而|不过|不過|然而)/iu;

// Remain and tally words as whole words, their edge checked in code (word-edge.ts).
// Chinese and Japanese write no spaces: a Han or kana letter before '仍有' is no part of its word.
const IN_WORD = classTest(/(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])\p{L}/u);
const startsWord = (re: RegExp, s: string) => testAfter(re, s, IN_WORD);

const ARABIC = /\p{sc=Arabic}/u;

export function findRemaining(s: string, lx: Lexicon = ALL_LANGUAGES): RemainingFound[] {
  const r = rules(lx);
  if (!r.gate.test(s)) return [];
  const out: RemainingFound[] = ARABIC.test(s) ? arabicDualOthers(s) : [];
  let attributedTo: string | null | undefined;
  for (const q of findQuantities(s, undefined, lx)) {
    const after = s.slice(q.end, q.end + 60);
    // 'two other French citizens still detained': a small figure only when it counts others
    // than the freed and says they are still held (below).
    const others =
      q.value >= 2 &&
      q.value < 20 &&
      (OTHERS.test(after) || OTHERS_BEFORE.test(s.slice(Math.max(0, q.start - 12), q.start)));
    if (q.value < 20 && !others) continue;
    const before = s.slice(Math.max(0, q.start - 80), q.start);
    const noun = r.nounAfter.exec(after) ?? POLITICAL.exec(after);
    // Who is counted named before the figure: 'the number of political prisoners stands at',
    // 'признают политзаключёнными' (remaining-total.ts).
    const named =
      numberOfBefore(before, r.freedHint) || recognisedAs(q.value, before, after, r.freedHint);
    const total =
      !noun &&
      (named ||
        totalBefore(before, r.freedHint, s.slice(q.end, q.end + 4)) !== null ||
        r.holdBefore?.test(before) === true);
    const political = POLITICAL.exec(after) ?? politicalNear(after);
    // '1,000 people were arrested for political reasons': the detained, not the still held.
    if (arrestedAfter(before, after)) continue;
    // '1,100 others are still in jail': the other-word stands for the noun, of many as of few.
    const othersHeld = !others && OTHERS.test(after) && r.stillHeld.test(after);
    // 'two other French citizens still held': the other-word stands for the noun.
    if (!noun && !total && !others && !othersHeld) continue;
    // A relative clause may stand between the people and 'remain' ('554 personas que
    // participaron en las protestas del 11 de julio ... aún permanecen encarceladas').
    const reach = RELATIVE.test(after) ? 240 : 140;
    // A stop between digits is a thousands mark ('1.100' in Italian, Spanish, Portuguese), not an end.
    const clause = s.slice(q.start, q.start + reach).split(CLAUSE_END)[0] ?? '';
    if (others && !startsWord(r.remain, clause)) continue;
    const said =
      startsWord(r.remain, clause) ||
      startsWord(r.remain, before) ||
      TALLY_BEFORE.test(before) ||
      (political !== null && RECORDS_BEFORE.test(before)) ||
      total ||
      named ||
      r.holdBefore?.test(before) === true ||
      sitsHeld(before, clause.slice(q.end - q.start)) ||
      // A count of political prisoners with its source in the sentence ('según Foro Penal'),
      // after an existential verb, or as the whole of a country's.
      (political !== null &&
        (startsWord(r.tally, s) ||
          EXIST_BEFORE.test(before) ||
          OWNER_BEFORE.test(before) ||
          IN_COUNTRY.test(after.slice(political[0].length)) ||
          IN_THE_COUNTRY.test(after.slice(political[0].length)) ||
          EXIST_AFTER.test(after.slice(political[0].length))));
    if (!said || addedToList(before, after)) continue;
    // 'Hundreds remain': a vague word is no figure of its own.
    if (q.vague) continue;
    const rest = s.slice(q.end, q.end + 80).replace(DEPRIVED, ' ');
    // 'the release of 1,100 political prisoners still held': still held, whatever comes before.
    const held = r.stillHeld.test(after);
    if (!held && r.freedHint.test(before) && r.freedBefore.test(before)) continue;
    if (r.freedHint.test(rest) && r.freedAfter.test(rest)) continue;
    if (attributedTo === undefined) attributedTo = attribution(s, r.attributions);
    out.push({
      value: q.value,
      qualifier: q.qualifier,
      attributedTo,
      ...(others ? { others: true } : {}),
      ...(WORLDWIDE.test(before.slice(-40)) || WORLDWIDE.test(after.slice(0, 50))
        ? { world: true }
        : {}),
      start: q.start,
      end: q.end + (noun ? noun[0].length : 0),
    });
  }
  return out;
}
