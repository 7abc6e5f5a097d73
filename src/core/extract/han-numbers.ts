// Numbers written in Chinese numerals ('十四年', '兩個月', '四十五名'). They run into the words
// around them, so numbers.ts's word edges never find them; they are read here, only before a
// unit or a counter (years, months, days, people), which keeps '一些', '統一' and '三月' out.
import type { Quantity } from './quantity.ts';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SCALES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const MYRIADS: Readonly<Record<string, number>> = { 万: 10_000, 萬: 10_000 };

// A run opens with a digit or ten: a bare '千' or '百' is 'thousands' ('千多人', '上百人'), no figure.
// A man or woman counts too, with no counter ('拘捕一男子', '兩女子').
const RUN =
  /[一二两兩三四五六七八九十][零〇一二两兩三四五六七八九十百千万萬]*(?=[年个個名位人天多余餘]|[男女][子士])/gu;
// An ordinal ('第三'), a weekday ('星期三', '周三'), a word that merely contains a numeral, or
// 'some' ('數十人', '几十名', '上千人'): no figure.
const NOT_AFTER = /(?:第|星期|[周週礼禮]|[统統唯万萬]|[数數几幾上])$/u;
// '十多名', '十余人', and after digits '5800多名', '7000余人': more than the figure.
export const HAN_MORE_AFTER = /^[多余餘]/u;

/** The value of a run of Chinese numerals, or null when it is not a well-formed number. */
export function hanValue(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of run) {
    const d = DIGITS[c];
    if (d !== undefined) {
      if (d === 0) continue; // '一百零三': zero only holds a place
      if (digit !== null) return null; // '一二' is no number
      digit = d;
      continue;
    }
    const scale = SCALES[c];
    if (scale !== undefined) {
      section += (digit ?? 1) * scale;
      digit = null;
      continue;
    }
    total += (section + (digit ?? 0)) * MYRIADS[c]!;
    section = 0;
    digit = null;
  }
  const value = total + section + (digit ?? 0);
  return value > 0 ? value : null;
}

export function hanQuantities(s: string): Quantity[] {
  const out: Quantity[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(s); m; m = RUN.exec(s)) {
    if (NOT_AFTER.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
    const value = hanValue(m[0]);
    if (value === null) continue;
    let end = m.index + m[0].length;
    const more = HAN_MORE_AFTER.test(s.slice(end, end + 1));
    if (more) end += 1;
    out.push({
      value,
      qualifier: more ? 'more_than' : 'exact',
      start: m.index,
      end,
      numberStart: m.index,
      vague: false,
    });
  }
  return out;
}
