// Person names in Han script, which has neither capitals nor spaces. Two places where the press
// puts a name are read, each with a check that keeps common words out:
// - Japanese: a run of two to five Han letters right before the honorific さん or 氏 ('久保田徹氏');
//   the run must start after a letter of another script or punctuation ('ジャーナリストの久保田徹氏').
// - Chinese: after a noun that introduces a person ('記者', '作家', '律师'), a common surname
//   and one or two more letters; the third letter belongs to the name only when it is no
//   particle or verb that follows names ('成蕾被', '成蕾在') and the text never writes the first
//   two without it. The name must come back elsewhere in the report (a report names its
//   prisoner more than once, a word read by chance rarely recurs), or be three letters with a
//   particle or verb right after it.
import { candidateMention } from './candidate-mention.ts';
import { AFTER_NAME, SURNAMES } from './han-surnames.ts';
import type { PersonMention } from './people.ts';
import type { Sentence } from './text.ts';

export const HAN = /[\u4e00-\u9fff]/u;

const JAPANESE = /(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{2,5})(?:さん|氏)/gu;

const CHINESE_LEAD =
  /(?:人士|記者|记者|作家|律師|律师|牧師|牧师|學者|学者|商人|博主|主播|教授|導演|导演|被告人|被告|創辦人|创办人|首要分子|議員|议员|評論人|評論員|评论人|评论员|主持人|召集人|編輯|编辑|活動家|活动家)/gu;

// A prison term right after a name ('許志永有期徒刑14年') marks its end as a particle does.
// So does a day of the month ('常玮平8日出狱', rel45).
const TERM_AFTER = /^(?:有期|無期|无期|判|入獄|入狱|週|周|星期|\d{1,2}日)/u;

// A stop or a comma right after the name (not a list's "、": a list of names read by chance).
const PUNCT_AFTER = /^[，。；！？,;!?]/u;

function occurrences(text: string, s: string): number {
  let n = 0;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) n++;
  return n;
}

/** The text writes `run` with more Han letters before the honorific elsewhere. */
function longerForm(text: string, run: string): boolean {
  for (let i = text.indexOf(run); i >= 0; i = text.indexOf(run, i + 1)) {
    const rest = text.slice(i + run.length, i + run.length + 6);
    if (/^[\u4e00-\u9fff々]{1,3}(?:さん|氏)/u.test(rest)) return true;
  }
  return false;
}

/** A name of `sentence` at `start` (offset in the sentence), as a candidate. */
function mention(
  text: string,
  sentence: Sentence,
  start: number,
  name: string,
  why: string,
): PersonMention {
  const at = sentence.start + start;
  return candidateMention(text, sentence, at, at + name.length, why);
}

/** The Chinese name after a lead at `at` in `s`, or null. */
function chineseName(text: string, s: string, at: number): string | null {
  const two = s.slice(at, at + 2);
  if (!/^[\u4e00-\u9fff]{2}$/u.test(two) || !SURNAMES.has(two[0]!)) return null;
  const third = s[at + 2];
  const three = s.slice(at, at + 3);
  const withThird =
    third !== undefined &&
    HAN.test(third) &&
    !AFTER_NAME.has(third) &&
    occurrences(text, three) === occurrences(text, two);
  const name = withThird ? three : two;
  // Named once, a three-letter name needs a particle or verb right after it ('戴耀廷的量刑').
  // A name of two or three letters that a stop or comma closes ('记者成蕾。') is one too.
  const once =
    (name.length === 3 &&
      (AFTER_NAME.has(s[at + 3] ?? '') || TERM_AFTER.test(s.slice(at + 3, at + 6)))) ||
    PUNCT_AFTER.test(s.slice(at + name.length, at + name.length + 1));
  return occurrences(text, name) >= 2 || once ? name : null;
}

export function findHanPeople(text: string, sentence: Sentence): PersonMention[] {
  const s = sentence.text;
  const out: PersonMention[] = [];
  JAPANESE.lastIndex = 0;
  for (let m = JAPANESE.exec(s); m; m = JAPANESE.exec(s)) {
    // '久保田さん' after '久保田徹さん' is the same man by his surname: the full form is read.
    if (!longerForm(text, m[1]!))
      out.push(mention(text, sentence, m.index, m[1]!, 'Han name before an honorific'));
  }
  CHINESE_LEAD.lastIndex = 0;
  for (let m = CHINESE_LEAD.exec(s); m; m = CHINESE_LEAD.exec(s)) {
    const at = m.index + m[0].length;
    const name = chineseName(text, s, at);
    if (name && !out.some((p) => p.start === sentence.start + at))
      out.push(mention(text, sentence, at, name, 'named after a lead word'));
  }
  return out;
}
