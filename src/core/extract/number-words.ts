// The number words every report's rules read (English and Russian, in these tables) and their
// values, with the other languages' words from lexicons/*.json joined in; numbers.ts parses them.
import { valuesOf } from './lexicons/index.ts';

export const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  один: 1,
  одна: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  трёх: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  двоих: 2,
  троих: 3,
  четверых: 4,
  пятерых: 5,
  шестерых: 6,
  семерых: 7,
  восьмерых: 8,
  девятерых: 9,
  десятерых: 10,
  полсотни: 50,
  полусотни: 50,
  девятнадцать: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
};
export const HUNDREDS: Record<string, number> = {
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
};
export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  тысяча: 1000,
  тысячи: 1000,
  тысяч: 1000,
};
// Words that give a lower bound only.
export const VAGUE: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  десятки: 20,
  десятков: 20,
  сотни: 200,
  сотен: 200,
};

// English and Russian number words: every report's rules read them.
export const BASE_WORDS = [UNITS, TENS, HUNDREDS, SCALES, VAGUE].flatMap((t) => Object.keys(t));

// Other languages' number words (lexicons/*.json) join the tables; English and Russian win.
// A word's value is looked up in these tables whatever the report's language; which words may
// start a quantity is the report's rules' choice (numberRules).
for (const [w, v] of valuesOf('numbers'))
  if (!Object.hasOwn(UNITS, w) && !Object.hasOwn(TENS, w)) UNITS[w] = v;
for (const [w, v] of valuesOf('vague')) if (!Object.hasOwn(VAGUE, w)) VAGUE[w] = v;
