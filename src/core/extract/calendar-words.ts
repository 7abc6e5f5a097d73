// Month and weekday names and their numbers, and the words for 'yesterday': English and Russian
// built in, every language's from its word list (lexicons/*.json). Data for dates.ts.
import { ALL_LANGUAGES, calendarOf, wordsOf } from './lexicons/index.ts';

/**
 * Russian month names as dates use them: genitive ('11 сентября') and prepositional ('в
 * сентябре'). 'март' and 'август' take -а in the genitive ('марта'), the soft stems -я.
 */
function russianMonths(): Record<string, number> {
  const stems = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр'];
  stems.push('октябр', 'ноябр', 'декабр');
  const out: Record<string, number> = {};
  stems.forEach((stem, i) => {
    out[stem + (stem.endsWith('т') ? 'а' : 'я')] = i + 1;
    out[`${stem}е`] = i + 1;
  });
  return out;
}

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  ...russianMonths(),
};
export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  воскресенье: 0,
  нядзелю: 0,
  панядзелак: 1,
  аўторак: 2,
  сераду: 3,
  чацвер: 4,
  пятніцу: 5,
  суботу: 6,
  понедельник: 1,
  вторник: 2,
  среду: 3,
  четверг: 4,
  пятницу: 5,
  субботу: 6,
};

// English and Russian names: every report's rules read them.
export const BASE_MONTHS = Object.keys(MONTHS);
export const BASE_WEEKDAYS = Object.keys(WEEKDAYS);

// Every language's month and weekday names (lexicons/*.json); English and Russian win a clash.
// A word's value is looked up here whatever the report's language; which words the patterns
// look for is the report's rules' choice (dateRules).
for (const [w, n] of calendarOf('months')) if (!Object.hasOwn(MONTHS, w)) MONTHS[w] = n;
for (const [w, n] of calendarOf('weekdays')) if (!Object.hasOwn(WEEKDAYS, w)) WEEKDAYS[w] = n;
export const YESTERDAY = wordsOf(ALL_LANGUAGES, 'yesterday').map((w) => w.toLowerCase());
