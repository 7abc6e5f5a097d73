// Arabic counts two by the dual ending, with no numeral: 'صحفيان آخران لا يزالان في السجن'
// (two other journalists, still in prison), 'بإطلاق سراح صحفيين آخرين ما زالا في سجن إيفين'. A dual noun and
// 'other' in the dual, then a word that they are still held, is a figure of two others.

/** A figure of two others still held, shaped as remaining.ts's RemainingFound. */
export interface DualFound {
  value: 2;
  qualifier: 'exact';
  attributedTo: null;
  others: true;
  start: number;
  end: number;
}

// Short vowels and other marks written over letters ('مواطنَين'): skipped when matching.
const MARKS = /[\u064B-\u065F\u0670]/gu;
// '-ان' is the dual alone; '-ين' is also the plural ('ثلاثة مواطنين آخرين'), so with it only a
// verb in the dual ('ما زالا', 'لا يزالان') says the two are still held.
const HELD = 'لا يزالان|ما زالا|لا يزالا|رهن|محتجز|معتقل|مسجون|في السجن';
const DUAL_VERB = 'لا يزالان|ما زالا|لا يزالا';
const dual = (ending: string, held: string) =>
  String.raw`(?<![\p{L}])(?:ال)?\p{L}{2,}${ending}(?:\s+(?:ال)?\p{L}{2,}${ending}){0,2}\s+(?:ال)?آخر${ending}(?![\p{L}])(?=[^.،,;]{0,12}?(?:${held}))`;
const DUAL_OTHERS = new RegExp(`${dual('ان', HELD)}|${dual('ين', DUAL_VERB)}`, 'gu');

/** Two others still held, counted by the dual; offsets relative to the sentence. */
export function arabicDualOthers(s: string): DualFound[] {
  if (!s.includes('آخر') && !/آ[\u064B-\u065F]*خ/u.test(s)) return [];
  // The text without its marks, and where each of its letters stands in the sentence.
  const at: number[] = [];
  let bare = '';
  for (let i = 0; i < s.length; i++) {
    if (MARKS.test(s[i]!)) {
      MARKS.lastIndex = 0;
      continue;
    }
    MARKS.lastIndex = 0;
    at.push(i);
    bare += s[i];
  }
  at.push(s.length);
  const out: DualFound[] = [];
  DUAL_OTHERS.lastIndex = 0;
  for (let m = DUAL_OTHERS.exec(bare); m; m = DUAL_OTHERS.exec(bare)) {
    out.push({
      value: 2,
      qualifier: 'exact',
      attributedTo: null,
      others: true,
      start: at[m.index]!,
      end: at[m.index + m[0].length - 1]! + 1,
    });
  }
  return out;
}
