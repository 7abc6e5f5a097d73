// Month and weekday names and their numbers, and the words for 'yesterday': English and Russian
// built in, every language's from its word list (lexicons/*.json). Data for dates.ts.
import { ALL_LANGUAGES, calendarOf, wordsOf } from './lexicons/index.ts';

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
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
  январе: 1,
  феврале: 2,
  марте: 3,
  апреле: 4,
  мае: 5,
  июне: 6,
  июле: 7,
  августе: 8,
  сентябре: 9,
  октябре: 10,
  ноябре: 11,
  декабре: 12,
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
