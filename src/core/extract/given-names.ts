// Given names that start a person's name: English, Belarusian, Russian, Ukrainian and Spanish,
// in Latin spellings (official, press, BGN and Belarusian-based) and in Cyrillic.
import { GIVEN_NAME_GROUPS } from '../names/given-names-data.ts';
import { ALL_LANGUAGES, wordsOf } from './lexicons/index.ts';

// A cue list only: unknown names are still found by surname shape (see people.ts).

const LATIN = `
ales aliaksandr aliaksei aliaksandra alexander aleksandr alexandr alexei aleksei alexey alyaksandr
andrei andrey andrej andrzej anastasia anastassia anastasiya anna antan anton artsiom artem artyom
dzianis denis dmitry dmitri dmitriy dzmitry zmitser zmicier eduard edward uladzimir vladimir
volodymyr vladimer vladmir valiantsin valentin viktar viktor victor vitali vital vitaly
siarhei sergei sergey serhiy sergiy syarhei mikalai nikolai nikolay mikola mykola nicolai
maria mariya maryia marya marija masha maksim maxim maksym ihar igor ihor larysa larisa larissa
ryhor grigory grigori hryhoriy pavel pavlo paval palina polina katsiaryna katerina ekaterina
yekaterina kateryna iryna irina yuliya yulia julia aliaksandr volha olga olha natallia natalia
nataliya natalya marina maryna sviatlana svetlana svyatlana tatsiana tatiana tatyana yauhen
yevgeny evgeny yevhen eugene yury yuri yuriy juri andrus ihnat ivan ivan yan jan yana raman roman
kiryl kirill mikhail mikhas mikhail mikita nikita leanid leonid aleh oleg oleh aliena alena
elena olena yelena veranika veronika valeria valeryia valery valeri valeriy vasil vasily
vasili stanislau stanislav piotr petr pyotr pavel eduard ihar anatol anatoly ales hanna
darya daria dasha kseniya ksenia siarhiej uladzislau vladislav vitold vitali zhanna yauheni
ruslan rustam arkadz arkady lizaveta elizaveta yelizaveta bogdan bahdan kastus ryhor mikola
ilya illia ilia daniil danila uladzimir heorhi georgy georgi heorhiy yahor egor yegor
evan paul alsu vladimir ilya oleg lilia kevin sergei rico emmanuel felix juan jose maria carlos
luis jorge rolando felix medardo cristiana arturo hugo tamara berta jaime jose miguel roberto
ana rosa ramon dora cristiana tamara violeta medardo jose felix josé luis javier ernesto jose daniel dagoberto siamak emad morad shargi
tahbaz namazi john keith donald joe marco antony kaja robert david michael james william richard
thomas mark steven stephen christopher brian george edward kamala mike hillary nancy lindsey
jake joseph jessica sarah laura elizabeth emily alice andrea bruno franz
`;

const CYRILLIC = `
алесь александр аляксандр алексей андрей анастасия анна антон артем артём денис дмитрий змитер
эдуард владимир уладзімір валентин виктор віктар виталий сергей сяргей николай мікалай микола
мария марыя максим игорь ігар лариса ларыса григорий рыгор павел полина екатерина кацярына ирина
юлия ольга вольга наталья наталля марина светлана святлана татьяна евгений яўген юрий іван иван
роман кирилл михаил никита леонид олег елена алена вероника валерия василий станислав петр пётр
дарья ксения жанна руслан елизавета богдан илья даниил георгий егор эван пол алсу кевин вадим джон кит марко дональд ігар уладзімір мікалай сяргей марыя віктар максім ларыса рыгор зміцер аляксандр святлана алена
`;

function words(block: string): string[] {
  return block.split(/\s+/).filter(Boolean);
}

/** Russian case forms of a Cyrillic given name ('Сергей' -> 'Сергея', 'Мария' -> 'Марию'). */
function cyrillicForms(name: string): string[] {
  if (name.endsWith('ия'))
    return [name, `${name.slice(0, -1)}и`, `${name.slice(0, -1)}ю`, `${name.slice(0, -1)}ей`];
  if (name.endsWith('а') || name.endsWith('я')) {
    const stem = name.slice(0, -1);
    return [
      name,
      `${stem}ы`,
      `${stem}и`,
      `${stem}у`,
      `${stem}ю`,
      `${stem}е`,
      `${stem}ой`,
      `${stem}ей`,
    ];
  }
  if (name.endsWith('й') || name.endsWith('ь')) {
    const stem = name.slice(0, -1);
    return [name, `${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
  }
  return [name, `${name}а`, `${name}у`, `${name}ом`, `${name}е`];
}

// A listed spelling in Latin or Cyrillic letters, hyphens and apostrophes allowed.
const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}'’-]+$/u;

/**
 * The name engine's given-name table (Slavic, English, Arabic, Persian, Turkic, Georgian,
 * European names, their variants and pet forms; names/given-names-data.ts): the names a report
 * is most likely to hold that the lists here lack ('Soulaimane', 'Loujain', 'Morteza'). Not the
 * words of three letters or fewer, which are as often ordinary capitalised words ('Ben', 'Don',
 * 'Pat', 'Aga') as names.
 */
function engineGivenNames(): string[] {
  return GIVEN_NAME_GROUPS.flatMap((g) => [...g.names, ...(g.diminutives ?? [])])
    .filter((n) => n.length > 3 && LATIN_OR_CYRILLIC.test(n))
    .map((n) => n.toLowerCase());
}

export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...words(LATIN),
  ...engineGivenNames(),
  // Other languages' press names (lexicons/*.json), folded like the lookups below.
  ...wordsOf(ALL_LANGUAGES, 'givenNames').flatMap((n) => {
    const lower = n.toLowerCase();
    return [lower, lower.normalize('NFD').replace(/\p{M}/gu, '')];
  }),
  ...words(CYRILLIC).flatMap(cyrillicForms),
]);

const NON_ASCII = /[\u0080-\uffff]/;

// Answers kept: the name rules ask for the same few thousand words seven times each (a
// report's tokens, then its people's keys); normalize() and the replace were a fiftieth of
// extraction on the cached real reports. Cleared when full, so memory stays bounded.
const STRIPPED = new Map<string, string>();
const STRIPPED_MAX = 20_000;

/** The text without its combining marks ('Statkevič' -> 'Statkevic'); ASCII has none. */
export function stripMarks(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  let plain = STRIPPED.get(text);
  if (plain === undefined) {
    plain = text.normalize('NFD').replace(/\p{M}/gu, '');
    if (STRIPPED.size >= STRIPPED_MAX) STRIPPED.clear();
    STRIPPED.set(text, plain);
  }
  return plain;
}

export function isGivenName(token: string): boolean {
  const lower = token.toLowerCase();
  if (GIVEN_NAMES.has(lower)) return true;
  const plain = stripMarks(lower);
  return (
    (plain !== lower && GIVEN_NAMES.has(plain)) ||
    (plain.includes('y') && Y_AS_I.has(plain.replace(/y/gu, 'i'))) ||
    lithuanianForm(lower)
  );
}

// Belarusian and Russian names are romanised with y or i for one letter ('Katsyaryna',
// 'Katsiaryna'; 'Valyantsin', 'Valiantsin'): the Latin names with y read as i.
const Y_AS_I: ReadonlySet<string> = new Set(words(LATIN).map((n) => n.replace(/y/gu, 'i')));

// Lithuanian gives a foreign given name its own endings and cases: 'Valentinas', 'Dmitrijus',
// 'Alesis', 'Alesiui', 'Sergejų'. The stem before them is the name the other lists know.
const LITHUANIAN_ENDINGS = [
  'ijus',
  'ejus',
  'iaus',
  'jaus',
  'ius',
  'iui',
  'jui',
  'as',
  'is',
  'us',
  'ui',
  'ą',
  'į',
  'ų',
];
// The last letters those endings have: most words have none of them and are let go at once.
const LITHUANIAN_LAST = new Set(['s', 'i', 'ą', 'į', 'ų']);

function lithuanianForm(lower: string): boolean {
  if (lower.length < 5 || !LITHUANIAN_LAST.has(lower.at(-1)!)) return false;
  const ending = LITHUANIAN_ENDINGS.find((e) => lower.endsWith(e));
  if (!ending || lower.length - ending.length < 3) return false;
  const stem = lower.slice(0, -ending.length);
  // 'Dmitrijus' -> 'dmitri', 'Sergejus' -> 'sergei': the j belongs to the ending.
  const soft = ending.startsWith('ij') ? `${stem}i` : ending.startsWith('ej') ? `${stem}ei` : stem;
  return GIVEN_NAMES.has(soft) || GIVEN_NAMES.has(stem);
}
